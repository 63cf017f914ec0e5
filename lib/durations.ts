import { z } from "zod";
import { readPlainNumber } from "@/lib/numbers";
import { formatDuration as words } from "@/lib/engine/words";

/**
 * One way to type a duration, in every field that takes one (docs/decisions/0024). A number with
 * a unit ("90min", "4h", "1.5h", "1d", "2w", "1 year") is converted to the field's unit. A field whose label
 * names its unit ("Lag (minutes)", a register's "Contractual recovery time" in hours) also takes a
 * bare number in that unit, as it always has; a field that names none (the BIA's targets) needs
 * the unit, since "4" could be minutes, hours or days. Pure, and safe to import from client
 * components.
 */

/** The units a field can be stored in. */
export type DurationUnit = "minutes" | "hours" | "days";

const MINUTES_IN: Record<DurationUnit, number> = { minutes: 1, hours: 60, days: 1440 };

/** The units that may be typed after a number, and their length in minutes. */
const UNITS: [RegExp, number][] = [
  [/^(m|min|mins|minute|minutes)$/, 1],
  [/^(h|hr|hrs|hour|hours)$/, 60],
  [/^(d|day|days)$/, 1440],
  [/^(w|wk|wks|week|weeks)$/, 10080],
  // A year is 365 days, as "a year" is everywhere in the app (the BIA's longest target).
  [/^(y|yr|yrs|year|years)$/, 525_600],
];

/** A plain decimal (as lib/numbers.ts reads one, sign included) followed by a unit word. */
const WITH_UNIT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*([a-z]+)$/;

export const DURATION_HINT = "For example 90min, 4h, 1d or 2w.";

/** The hint under a field stored in `unit`, saying the other units are accepted too. */
export function durationHint(unit: DurationUnit): string {
  return { minutes: "Minutes, or 4h, 1d.", hours: "Hours, or 90min, 2d.", days: "Days, or 48h, 2w." }[unit];
}

/**
 * Minutes, rounded to hundredths, of text with a unit ("1.5h" → 90); null when the text has none
 * or an unknown one. Hundredths of a minute, so that floating point cannot make 1.1 h longer
 * than 66 min.
 */
function minutesWithUnit(text: string): number | null {
  const match = WITH_UNIT.exec(text);
  if (!match) return null;
  const unit = UNITS.find(([pattern]) => pattern.test(match[2]));
  if (!unit) return null;
  const n = readPlainNumber(match[1]);
  if (n === null) return null;
  const minutes = Math.round(n * unit[1] * 100) / 100;
  return Number.isFinite(minutes) ? minutes : null;
}

/**
 * What `text` says in `unit` (minutes when no unit is named): null for a blank entry, undefined
 * for text that is not a duration. A bare number is taken as it is when the field names a unit,
 * and refused when it does not. The sign is read, so that "-1h" can be told its range.
 */
export function readDurationText(text: string, unit?: DurationUnit): number | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === "") return null;
  if (unit) {
    const bare = readPlainNumber(value);
    if (bare !== null) return bare;
  }
  const minutes = minutesWithUnit(value);
  if (minutes === null) return undefined;
  return unit ? minutes / MINUTES_IN[unit] : minutes;
}

/**
 * Minutes, null for an empty entry, or undefined when the text is not a positive-or-zero
 * duration with its unit: the reading of a field that names no unit (the BIA's targets, the
 * outage lengths of the impact grid). A bare number is refused.
 */
export function parseDuration(text: string): number | null | undefined {
  const minutes = readDurationText(text);
  return minutes !== null && minutes !== undefined && minutes < 0 ? undefined : minutes;
}

/**
 * Minutes as every screen, the PDF and the exports people read write them (docs/decisions/0033):
 * "30 min", "4 h", "1 h 30 min", "1 day 1 h", "1 week", exact to the minute; an em dash when not
 * set. The words are the recovery engine's own, so a target reads the same on the BIA page, in a
 * finding and in the report.
 */
export function formatDuration(minutes: number | null | undefined): string {
  return minutes === null || minutes === undefined ? "—" : words(minutes);
}

/**
 * The margin as the value beside it reads: a value shows rounded up to the minute (the engine's
 * words) and targets are whole minutes, so the margin is target − ⌈value⌉ = ⌊margin⌋ (48.5 min
 * reads "49 min", its margin to 2 h "1 h 11 min"; 120.4 min reads "2 h 1 min", breached by 1 min,
 * not "2 h: breached by 24 s"). Float noise must not tip a whole margin down a minute.
 */
export function shownMargin(margin: number): number {
  return Math.floor(margin + 1e-9 * Math.max(1, Math.abs(margin)));
}

/**
 * A margin (or an MTD's slack) as "+3 h" (to spare) or "−1 day 9 h 15 min" (over the target); an
 * unbounded breach as "no recovery"; "—" when there is none. Rounded as the value beside it is
 * (shownMargin).
 */
export function formatMargin(margin: number | null | undefined): string {
  if (margin === null || margin === undefined) return "—";
  if (margin === -Infinity) return "no recovery";
  const shown = shownMargin(margin);
  return shown >= 0 ? `+${words(shown)}` : `−${words(-shown)}`;
}

/** The short form the input fields show back ("4h", "1d"), so a saved value reads as typed. */
export function durationInput(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return "";
  if (minutes > 0 && minutes % 10080 === 0) return `${minutes / 10080}w`;
  if (minutes > 0 && minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes > 0 && minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}min`;
}

/**
 * A duration field's unit and bounds, in that unit. No `unit`: the label names none, a unit must
 * be typed and the value is minutes. `above`: more than `min`, not `min` itself. `int`: a whole
 * number of the unit (after conversion: "36h" in days is 1.5 and refused).
 */
export type DurationRule = { unit?: DurationUnit; min?: number; max?: number; above?: boolean; int?: boolean };

/** A target or limit of the BIA (RTO, RPO, MTD, WRT, a tier's longest RTO): typed with its unit, more than 0 and at most a year. */
export const TARGET_RULE: DurationRule = { above: true, max: 525_600 };

export type DurationRead = { ok: true; value: number | null } | { ok: false; problem: string };

const number = (n: number) => n.toLocaleString("en-GB", { maximumFractionDigits: 6 });

/** "3 minutes", "1 hour", "1.5 days". */
function amount(n: number, unit: DurationUnit): string {
  return `${number(n)} ${n === 1 ? unit.slice(0, -1) : unit}`;
}

/**
 * A limit in words, in the largest unit that holds it whole, with the field's own unit after it
 * when that is another: "1 week (10,080 minutes)", "365 days (525,600 minutes)", "7 days".
 */
export function durationLimit(n: number, unit: DurationUnit = "minutes"): string {
  const own = amount(n, unit);
  const minutes = n * MINUTES_IN[unit];
  if (n <= 0) return own;
  const larger: [number, string][] = [
    [10080, "week"],
    [1440, "day"],
    [60, "hour"],
  ];
  for (const [size, word] of larger) {
    if (size <= MINUTES_IN[unit]) break;
    if (minutes % size === 0) return `${number(minutes / size)} ${minutes === size ? word : `${word}s`} (${own})`;
  }
  return own;
}

const EXAMPLES: Record<DurationUnit, string> = { minutes: "90min, 4h or 1d", hours: "90min, 4h or 2d", days: "48h or 2w" };

/** What to type in a field of `unit` (none: a unit must be typed), in words to follow its label. */
export function whatToType(unit?: DurationUnit): string {
  return unit ? `enter ${unit}, or a duration like ${EXAMPLES[unit]}.` : "write a duration like 90min, 4h, 1d or 2w.";
}

/**
 * Reads one field's value: text as typed (see readDurationText) or a number already in the
 * field's unit (a use case called with numbers). Blank is null; the caller decides whether it
 * may be. A refusal is the problem, in words to follow the field's label ("enter at most …").
 */
export function readDuration(value: string | number | null | undefined, rule: DurationRule = {}): DurationRead {
  const { unit, min = 0, max = 1e12, above = false, int = false } = rule;
  const unitOrMinutes = unit ?? "minutes";
  let n: number | null | undefined;
  if (value === null || value === undefined) n = null;
  else if (typeof value === "number") n = unit && Number.isFinite(value) ? value : undefined;
  else n = readDurationText(value, unit);
  if (n === null) return { ok: true, value: null };
  if (n === undefined) return { ok: false, problem: whatToType(unit) };
  if (above ? n <= min : n < min) {
    return { ok: false, problem: above ? `enter more than ${durationLimit(min, unitOrMinutes)}.` : min === 0 ? `enter 0 ${unitOrMinutes} or more.` : `enter at least ${durationLimit(min, unitOrMinutes)}.` };
  }
  if (n > max) return { ok: false, problem: `enter at most ${durationLimit(max, unitOrMinutes)}.` };
  if (int && !Number.isInteger(n)) {
    const typed = typeof value === "string" ? value.trim() : "";
    const converted = typed !== "" && readPlainNumber(typed) === null;
    return {
      ok: false,
      problem: converted ? `${typed} is ${amount(n, unitOrMinutes)}: enter a whole number of ${unitOrMinutes}.` : `enter a whole number of ${unitOrMinutes}.`,
    };
  }
  return { ok: true, value: n };
}

/** Any value at all: one that is not text, a number or blank (a hand-made request) is refused with the field's words too. */
const input = z.unknown().optional();

const readAny = (value: unknown, rule: DurationRule): DurationRead =>
  value === null || value === undefined || typeof value === "string" || typeof value === "number" ? readDuration(value, rule) : { ok: false, problem: whatToType(rule.unit) };

/** A form field holding an optional duration: the value in the rule's unit (minutes without one), or null when blank. */
export function optionalDurationField(label: string, rule: DurationRule = {}) {
  return input.transform((value, ctx) => {
    const read = readAny(value, rule);
    if (read.ok) return read.value;
    ctx.addIssue({ code: "custom", message: `${label}: ${read.problem}` });
    return z.NEVER;
  });
}

/** A form field that must hold a duration: the value in the rule's unit (minutes without one). */
export function durationField(label: string, rule: DurationRule = {}) {
  return input.transform((value, ctx) => {
    const read = readAny(value, rule);
    if (read.ok && read.value !== null) return read.value;
    ctx.addIssue({ code: "custom", message: `${label}: ${read.ok ? whatToType(rule.unit) : read.problem}` });
    return z.NEVER;
  });
}
