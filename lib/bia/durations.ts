import { z } from "zod";

/**
 * Durations are entered in a friendly form ("4h", "1d", "90min", "2 weeks") and stored in
 * minutes. A bare number is refused: "4" could mean minutes, hours or days.
 */
const UNITS: [RegExp, number][] = [
  [/^(m|min|mins|minute|minutes)$/, 1],
  [/^(h|hr|hrs|hour|hours)$/, 60],
  [/^(d|day|days)$/, 1440],
  [/^(w|wk|wks|week|weeks)$/, 10080],
];

export const DURATION_HINT = "For example 90min, 4h, 1d or 2w.";

/** Minutes, null for an empty entry, or undefined when the text is not a duration. */
export function parseDuration(text: string): number | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === "") return null;
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/.exec(value);
  if (!match) return undefined;
  const unit = UNITS.find(([pattern]) => pattern.test(match[2]));
  if (!unit) return undefined;
  return Math.round(Number(match[1]) * unit[1] * 100) / 100;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "4 h", "1 day", "2 weeks", "1 h 30 min"; an em dash when not set. */
export function formatDuration(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return "—";
  if (minutes > 0 && minutes % 10080 === 0) return plural(minutes / 10080, "week");
  if (minutes > 0 && minutes % 1440 === 0) return plural(minutes / 1440, "day");
  if (minutes >= 60 && minutes % 60 === 0) return `${minutes / 60} h`;
  if (minutes > 60) return `${Math.floor(minutes / 60)} h ${Math.round(minutes % 60)} min`;
  return `${minutes} min`;
}

/** The short form the input fields show back ("4h", "1d"), so a saved value reads as typed. */
export function durationInput(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return "";
  if (minutes > 0 && minutes % 10080 === 0) return `${minutes / 10080}w`;
  if (minutes > 0 && minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes > 0 && minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}min`;
}

/** A form field holding an optional duration: minutes or null. */
export function durationField(label: string) {
  return z
    .string()
    .optional()
    .transform((text, ctx) => {
      const minutes = parseDuration(text ?? "");
      if (minutes === undefined) {
        ctx.addIssue({ code: "custom", message: `${label}: write a duration like 90min, 4h, 1d or 2w.` });
        return z.NEVER;
      }
      if (minutes !== null && (minutes <= 0 || minutes > 525600)) {
        ctx.addIssue({ code: "custom", message: `${label} must be more than 0 and at most a year.` });
        return z.NEVER;
      }
      return minutes;
    });
}
