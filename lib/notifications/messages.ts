/** Ends a free-text comment as one sentence: a full stop only when it has no closing punctuation yet. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** What the submitter of a version is told when it is decided. */
export function decisionMessage({ number, planName, outcome, by, comment }: { number: number; planName: string; outcome: "approved" | "rejected"; by: string; comment: string | undefined }): string {
  const head = `Version ${number} of “${planName}” was ${outcome}`;
  if (outcome === "approved") return `${head}.`;
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
