import { formatInstant } from "@/lib/days";
import { durationWords } from "@/lib/incidents/incident-time";
import { decisionWords } from "@/lib/versions/status-words";

/** Ends a free-text comment as one sentence: a full stop only when it has no closing punctuation yet. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * What the submitter of a version is told when it is decided: who rejected it and why, or that it
 * was approved with the notes its approvers left with their approvals (`notes`, in the order they
 * approved), which may be conditions the committee has to act on.
 */
export function decisionMessage({
  number,
  planName,
  outcome,
  by,
  comment,
  notes = [],
}: {
  number: number;
  planName: string;
  outcome: "approved" | "rejected";
  by: string;
  comment: string | undefined;
  notes?: { by: string; comment: string }[];
}): string {
  const head = `Version ${number} of “${planName}” was ${decisionWords(outcome, { inSentence: true })}`;
  if (outcome === "approved") return [`${head}.`, ...notes.filter((n) => n.comment.trim()).map((n) => `${n.by} noted: ${asSentence(n.comment)}`)].join(" ");
  return comment?.trim() ? `${head} by ${by}: ${asSentence(comment)}` : `${head} by ${by}.`;
}

/** What the submitter of a version is told when one of its approvers can no longer approve it. */
export function lostApproverMessage({ number, planName, approver, standing }: { number: number; planName: string; approver: string; standing: string }): string {
  return `${approver} is ${standing} and can no longer approve version ${number} of “${planName}”: withdraw it and submit again with other approvers.`;
}

/** What the submitter of a version is told when archiving the plan withdrew it. */
export function archivedWithdrawalMessage({ number, planName }: { number: number; planName: string }): string {
  return `Version ${number} of “${planName}” was withdrawn from approval: the plan was archived.`;
}

/**
 * What every other member is told when an incident is declared under a plan (decision 58): the
 * plan, what happened, its scenario, when and by whom, as the incident's page says them.
 */
export function incidentDeclaredMessage({ planName, title, scenarioName, declaredAt, declaredBy }: { planName: string; title: string; scenarioName: string; declaredAt: Date; declaredBy: string }): string {
  const scenario = scenarioName ? ` (scenario ${scenarioName})` : "";
  return `Incident declared under “${planName}”: ${title}${scenario}. Declared ${formatInstant(declaredAt)} by ${declaredBy}.`;
}

/** What every other member is told when the incident is stood down: which, and how long it lasted. */
export function incidentStoodDownMessage({ planName, title, declaredAt, stoodDownAt }: { planName: string; title: string; declaredAt: Date; stoodDownAt: Date }): string {
  return `Incident stood down under “${planName}”: ${title}, after ${durationWords(declaredAt.getTime(), stoodDownAt.getTime())}.`;
}
