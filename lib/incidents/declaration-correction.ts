/**
 * Correcting an incident's declaration (docs/decisions/0062): the rules its times keep, what
 * changed in words, and the audit snapshot of a declaration. Pure: the use case
 * (correct-declaration.ts) reads and writes the rows.
 */
import { formatDay, formatInstant } from "@/lib/days";
import { dueEarlyList, type DueEarly } from "@/lib/findings/due-early";
import { timeProblem } from "@/lib/incidents/incident-time";

/** What a declaration says, as the incident keeps it. */
export type Declaration = {
  title: string;
  scenarioName: string;
  declaredAt: Date;
  startedAt: Date | null;
  cleanBefore: Date | null;
  declaredByName: string;
};

/**
 * Why a declaration's times cannot be taken, by field (empty: they can). Declared: not in the
 * future, and, once there is a log, not after its first typed entry nor after the stand-down
 * (the log would then start before the incident). Disruption began: not in the future, not after
 * the stand-down, not after the declaration. Last time known clean: not after the disruption
 * began (or the declaration). The database holds the last two as CHECK constraints too.
 */
export function declarationTimeProblems({
  declaredAt,
  startedAt,
  cleanBefore,
  now,
  stoodDownAt = null,
  firstEntryAt = null,
}: {
  declaredAt: Date;
  startedAt: Date | null;
  cleanBefore: Date | null;
  now: Date;
  stoodDownAt?: Date | null;
  firstEntryAt?: Date | null;
}): Record<string, string> {
  const problems: Record<string, string> = {};
  const declared = timeProblem({ at: declaredAt, now, what: "time it was declared" });
  if (declared) problems.declaredAt = declared;
  else if (stoodDownAt && declaredAt > stoodDownAt) problems.declaredAt = `The time it was declared cannot be after the stand-down (${formatInstant(stoodDownAt)}).`;
  else if (firstEntryAt && declaredAt > firstEntryAt) problems.declaredAt = `The time it was declared cannot be after the log's first entry (${formatInstant(firstEntryAt)}).`;
  if (startedAt) {
    const began = timeProblem({ at: startedAt, now, what: "time the disruption began" });
    if (began) problems.startedAt = began;
    else if (stoodDownAt && startedAt > stoodDownAt) problems.startedAt = `The disruption cannot have begun after the stand-down (${formatInstant(stoodDownAt)}).`;
    else if (startedAt > declaredAt) problems.startedAt = "The disruption cannot have begun after the declaration: leave this blank if it began then.";
  }
  if (cleanBefore && cleanBefore > (startedAt ?? declaredAt)) {
    problems.cleanBefore = `The last time known clean cannot be after ${startedAt ? "the disruption began" : "the declaration"}.`;
  }
  return problems;
}

/**
 * A time of the correction form as the declaration keeps it: the form shows a stored time to the
 * minute (timeFieldValue), so a time typed back as shown is the stored one, seconds and all (a
 * declaration made "now" has them), not a correction of a few seconds.
 */
export function asStored(typed: Date | null, stored: Date | null): Date | null {
  if (!typed || !stored) return typed;
  return typed.getTime() === Math.floor(stored.getTime() / 60_000) * 60_000 ? stored : typed;
}

/** A declaration as the audit log keeps it (the keys of `incident.declared`'s row): names, and instants in ISO 8601. */
export function declarationSnapshot(d: Declaration) {
  return {
    title: d.title,
    scenario: d.scenarioName,
    declaredAt: d.declaredAt.toISOString(),
    startedAt: d.startedAt?.toISOString() ?? null,
    cleanBefore: d.cleanBefore?.toISOString() ?? null,
    declaredBy: d.declaredByName,
  };
}

export type DeclarationSnapshot = ReturnType<typeof declarationSnapshot>;

/** The fields a correction changed, before and after, as the audit row keeps them. */
export function changedSnapshots(before: Declaration, after: Declaration): { before: Partial<DeclarationSnapshot>; after: Partial<DeclarationSnapshot> } {
  const was = declarationSnapshot(before);
  const now = declarationSnapshot(after);
  const keys = (Object.keys(was) as (keyof DeclarationSnapshot)[]).filter((key) => was[key] !== now[key]);
  return { before: Object.fromEntries(keys.map((key) => [key, was[key]])), after: Object.fromEntries(keys.map((key) => [key, now[key]])) };
}

export type DeclarationChange = { field: keyof Declaration; label: string; from: string; to: string };

const LABELS: Record<keyof Declaration, string> = {
  title: "what happened",
  scenarioName: "scenario",
  declaredAt: "declared at",
  startedAt: "disruption began",
  cleanBefore: "last time known clean",
  declaredByName: "declared by",
};

/** What a blank time means, in the words the declaration form's hints use. */
const BLANK_TIME: Partial<Record<keyof Declaration, string>> = { startedAt: "at the declaration", cleanBefore: "the scenario's own" };

const sameDay = (a: Date, b: Date) => a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10);

/**
 * Each field a correction changed, in the declaration form's order, its old and new value in
 * words: times in UTC (the new one by its clock time alone when on the same day: "4 Dec 2026,
 * 09:10 UTC → 08:40 UTC"), a blank time by what it means, the title and scenario quoted.
 */
export function declarationChanges(before: Declaration, after: Declaration): DeclarationChange[] {
  const changes: DeclarationChange[] = [];
  for (const field of Object.keys(LABELS) as (keyof Declaration)[]) {
    const from = before[field];
    const to = after[field];
    if (from instanceof Date || to instanceof Date || from === null || to === null) {
      const was = from as Date | null;
      const now = to as Date | null;
      if (was?.getTime() === now?.getTime()) continue;
      const blank = BLANK_TIME[field] ?? "—";
      const toText = now ? (was && sameDay(was, now) ? `${now.toISOString().slice(11, 16)} UTC` : formatInstant(now)) : blank;
      changes.push({ field, label: LABELS[field], from: was ? formatInstant(was) : blank, to: toText });
    } else if (from !== to) {
      const text = (value: string) => (field === "declaredByName" ? value : value ? `“${value}”` : "none");
      changes.push({ field, label: LABELS[field], from: text(from), to: text(to) });
    }
  }
  return changes;
}

/**
 * The log entry a correction adds, so the log itself says what was corrected, by whom and why:
 * "Declaration corrected by Priya Shah: disruption began 4 Dec 2026, 09:10 UTC → 08:40 UTC
 * (reason: CCTV shows the water at 08:40)".
 */
export function correctionEntryText({ by, changes, reason }: { by: string; changes: DeclarationChange[]; reason: string }): string {
  const what = changes.map((c) => `${c.label} ${c.from} → ${c.to}`).join("; ");
  return `Declaration corrected by ${by}: ${what} (reason: ${reason})`;
}

/**
 * The declared-at field's refusal when the corrected declaration falls on a later day than some
 * of the incident's open corrective actions are due (`actions`, earliest due first; null: none
 * are). A corrective action is due no earlier than the day its incident was declared
 * (docs/decisions/0058), so the correction waits until their due dates move: the refusal names
 * them, when each is due, and the day to move them to.
 */
export function actionsDueEarlyProblem(declaredOn: Date, actions: DueEarly[]): string | null {
  if (actions.length === 0) return null;
  const one = actions.length === 1;
  return (
    `Declared on ${formatDay(declaredOn)}, the incident would have ${one ? "a corrective action" : `${actions.length} corrective actions`} due before it: ${dueEarlyList(actions)}. ` +
    `Move ${one ? "its due date" : "their due dates"} to ${formatDay(declaredOn)} or later first, then correct the declaration.`
  );
}
