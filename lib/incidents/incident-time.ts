/**
 * The rules for the times a response team types, and how the pages say durations. Pure. Clocks
 * differ by a little (a phone's, the server's), so a time a few minutes ahead is still "now"; more
 * than that was mistyped.
 */
export const CLOCK_SKEW_MINUTES = 5;

const MINUTE = 60_000;

/** Why a typed time cannot be taken, or null: never later than now, never before `notBefore`. */
export function timeProblem({ at, now, notBefore, what }: { at: Date; now: Date; notBefore?: { at: Date; what: string }; what: string }): string | null {
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MINUTES * MINUTE) return `The ${what} cannot be in the future.`;
  if (notBefore && at.getTime() < notBefore.at.getTime()) return `The ${what} cannot be before ${notBefore.what}.`;
  return null;
}

/** A duration in words, to the minute: "45 minutes", "3 hours 5 minutes", "2 days 4 hours". */
export function durationWords(fromMs: number, toMs: number): string {
  const minutes = Math.max(0, Math.floor((toMs - fromMs) / MINUTE));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (days > 0) return hours > 0 ? `${unit(days, "day")} ${unit(hours, "hour")}` : unit(days, "day");
  if (hours > 0) return rest > 0 ? `${unit(hours, "hour")} ${unit(rest, "minute")}` : unit(hours, "hour");
  return unit(rest, "minute");
}

/** How long an incident ran, or has run so far, as a fact's name and value: "Active for" 3 hours 5 minutes, "Lasted" 2 days 4 hours. */
export function incidentDuration({ declaredAt, stoodDownAt, now }: { declaredAt: Date; stoodDownAt: Date | null; now: Date }): { name: string; words: string } {
  return { name: stoodDownAt ? "Lasted" : "Active for", words: durationWords(declaredAt.getTime(), (stoodDownAt ?? now).getTime()) };
}

/** How a time field is typed, in the words every incident form's hint uses. */
export const TYPED_TIME_FORMAT = "In UTC, like 2026-03-14 02:00, or with its offset";

/** What an incident form's time field means when it is left as filled in, or cleared. */
export const UNTOUCHED_TIME_IS_NOW = "Left as filled in, or blank: the time you press the button below.";

/** What a log form's time field takes, under it: the field is filled with now, and blank is now too. */
export const TYPED_TIME_HINT = `${TYPED_TIME_FORMAT}. ${UNTOUCHED_TIME_IS_NOW}`;

/** The hidden field an incident form sends with the time its time field was filled with. */
export const FILLED_NOW_FIELD = "filledNow";

/**
 * A time field left as the form filled it means "now" when the form is sent, not when the page was
 * opened: a responder may leave the page open for an hour between calls, and the log must not say
 * the call was made when the page was loaded. A time typed over the filled one is kept as typed.
 * Takes the form's values and returns them with that field blank (which the use cases read as now)
 * when it is untouched, without the hidden field.
 */
export function untouchedTimeIsNow(input: unknown, field: string): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const sent = input as Record<string, unknown>;
  const values = Object.fromEntries(Object.entries(sent).filter(([name]) => name !== FILLED_NOW_FIELD));
  return leftAsFilled(sent, field) ? { ...values, [field]: "" } : values;
}

/** Whether a form's values have its time `field` as the form filled it: the same as its FILLED_NOW_FIELD. */
export function leftAsFilled(values: Record<string, unknown>, field: string): boolean {
  const filled = values[FILLED_NOW_FIELD];
  const typed = values[field];
  return typeof filled === "string" && filled.trim() !== "" && typeof typed === "string" && typed.trim() === filled.trim();
}

/** A time as a form field shows it and takes it back: UTC, to the minute ("2026-12-04 09:30"). */
export function timeFieldValue(date: Date): string {
  return date.toISOString().slice(0, 16).replace("T", " ");
}
