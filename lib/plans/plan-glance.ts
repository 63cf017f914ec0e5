import type { LastOutcome } from "@/lib/recovery/assess-recovery";
import { outcomeWords } from "@/lib/recovery/recovery-outcome";
import type { Schedule } from "@/lib/exercises/schedule";
import { formatDay, formatInstant } from "@/lib/days";
import { count } from "@/lib/count";

/**
 * What the plan list says of each plan for an executive at a glance (pure): whether its business
 * could recover, as last assessed, and the tests and findings that are overdue.
 */
export function recoveryGlance(last: LastOutcome | undefined, contentRevision: number): string {
  if (!last) return "Recovery: not assessed recently. Opening the plan assesses it.";
  const changed = last.contentRevision !== null && contentRevision > last.contentRevision ? "; the plan has changed since" : "";
  return `Recovery: ${outcomeWords(last.outcome)} As of ${formatInstant(last.assessedAt)}${changed}.`;
}

export function overdueGlance({ schedule, overdueFindings }: { schedule: Pick<Schedule, "status" | "nextDueOn">; overdueFindings: number }): string[] {
  return [
    schedule.status === "never" ? "Never tested." : null,
    schedule.status === "overdue" && schedule.nextDueOn ? `Test overdue since ${formatDay(schedule.nextDueOn)}.` : null,
    overdueFindings > 0 ? `${count(overdueFindings, "finding")} overdue.` : null,
  ].filter((line): line is string => line !== null);
}
