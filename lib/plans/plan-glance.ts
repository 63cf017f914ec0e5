import type { StoredOutcome } from "@/lib/recovery/stored-outcomes";
import { outcomeWords } from "@/lib/recovery/recovery-outcome";
import type { Schedule } from "@/lib/exercises/schedule";
import { formatDay, formatInstant } from "@/lib/days";
import { count } from "@/lib/count";

/**
 * What the plan list says of each plan for an executive at a glance (pure): whether its business
 * could recover, as last assessed, and the tests and findings that are overdue. An assessment of
 * an earlier content revision is still said, as out of date: the plan has changed since.
 */
export function recoveryGlance(stored: StoredOutcome | undefined, contentRevision: number): string {
  if (!stored) return "Recovery: not assessed yet. Opening the plan assesses it.";
  // Counted before systems without a target were told apart from those that miss theirs.
  if (!stored.outcome) return "Recovery: not assessed since Continuity was updated. Opening the plan assesses it again.";
  const asOf = `As of ${formatInstant(stored.assessedAt)}`;
  const when = contentRevision > stored.contentRevision ? `${asOf}; the plan has changed since. Opening the plan assesses it again.` : `${asOf}.`;
  return `Recovery: ${outcomeWords(stored.outcome)} ${when}`;
}

export function overdueGlance({ schedule, overdueFindings }: { schedule: Pick<Schedule, "status" | "nextDueOn">; overdueFindings: number }): string[] {
  return [
    schedule.status === "never" ? "Never tested." : null,
    schedule.status === "overdue" && schedule.nextDueOn ? `Test overdue since ${formatDay(schedule.nextDueOn)}.` : null,
    overdueFindings > 0 ? `${count(overdueFindings, "finding")} overdue.` : null,
  ].filter((line): line is string => line !== null);
}
