/**
 * Whether a copy adds a path to its policy's points (recovery-model.md, "Copy paths"). Pure:
 * shared by the copy form's use case and the what-if draft, which refuse the same copies.
 */
export type CopyPath = { to: string; mode: string; cron: string | null; timezone: string; everyMinutes: number | null; anchor: Date | null };

/** Whether two copies make the same path: same location, mode and schedule (their lags aside). */
function samePath(a: CopyPath, b: CopyPath): boolean {
  if (a.to !== b.to || a.mode !== b.mode) return false;
  if (a.mode === "immediate") return true;
  const cron = (c: string | null) => c?.trim().split(/\s+/).join(" ") ?? null;
  return a.cron !== null
    ? cron(a.cron) === cron(b.cron) && a.timezone === b.timezone
    : b.cron === null && a.everyMinutes === b.everyMinutes && a.anchor?.getTime() === b.anchor?.getTime();
}

const MODE_WORDS: Record<string, string> = { immediate: "an immediate copy", scheduled: "a scheduled copy", rotation: "a rotated-media copy" };

/** Why a copy adds no path: to the policy's own target, or repeating a copy it has; in words without the field's label. */
export type CopyPathProblem = { kind: "target" | "repeat"; message: string };

/**
 * Why a copy adds no path, or null when it adds one. One
 * to the policy's own target adds none: it lands there points that are already there, only later
 * (and in a ransomware scenario would seem to lock them there longer). One that repeats another
 * copy's location, mode and schedule adds nothing either. Copies to one location that differ in
 * mode or schedule do add landings (say weekday and weekend copy times, which one cron rule cannot
 * express): the location holds what lands by any of them, so they are allowed.
 */
export function copyPathProblem(copy: CopyPath, target: { id: string; name: string }, existing: CopyPath[], toName: string): CopyPathProblem | null {
  if (copy.to === target.id) return { kind: "target", message: `a copy goes to another location than the policy's target (${target.name})` };
  if (existing.some((other) => samePath(copy, other))) {
    const schedule = copy.mode === "immediate" ? "" : " on the same schedule";
    return { kind: "repeat", message: `this policy already has ${MODE_WORDS[copy.mode] ?? "a copy"} to ${toName}${schedule}; a second one adds nothing` };
  }
  return null;
}
