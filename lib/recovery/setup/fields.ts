import { z } from "zod";
import { blankable, versionField } from "@/lib/validation";
import { nextRuns, tooFrequent } from "@/lib/engine";
import { optionalDurationField, whatToType } from "@/lib/durations";
import { plainDigits, readPlainNumber } from "@/lib/numbers";
import { KEY_PATTERN, MAX_KEY_LENGTH } from "@/lib/slug";

/**
 * Field builders shared by the setup and import schemas. Form values arrive as strings; every
 * message starts with the field's label so it reads on its own (in a list of import errors too).
 * Durations are not numbers here: they use lib/durations.ts (durationField), which also takes
 * "4h" or "1d" in a field of minutes.
 */
/** `example`: a number that suits the field, for the message on text that is not plain digits (a whole-number field's default is "60"). */
type NumberOptions = { min?: number; max?: number; int?: boolean; above?: boolean; example?: string };

/** A number typed as text must be plain digits ("1e2", "0x10" and "Infinity" are refused, see lib/numbers.ts); one sent as a number, finite. */
function checkNumber(label: string, value: string | number, options: NumberOptions, ctx: z.RefinementCtx): number | null {
  const { min = 0, max = 1e12, int = false, above = false, example = int ? "60" : undefined } = options;
  const fail = (message: string) => {
    ctx.addIssue({ code: "custom", message: `${label}: ${message}` });
    return null;
  };
  const n = typeof value === "number" ? value : readPlainNumber(value);
  if (n === null) return fail(`${plainDigits(example)}.`);
  if (!Number.isFinite(n)) return fail("enter a number.");
  if (int && !Number.isInteger(n)) return fail("enter a whole number.");
  if (above ? n <= min : n < min) return fail(`enter a number ${above ? "above" : "of at least"} ${min}.`);
  if (n > max) return fail(`enter a number of at most ${max}.`);
  return n;
}

export function numberField(label: string, options: NumberOptions = {}) {
  return z.union([z.string(), z.number()]).transform((value, ctx) => {
    if (typeof value === "string" && value.trim() === "") {
      ctx.addIssue({ code: "custom", message: `${label}: enter a number.` });
      return z.NEVER;
    }
    return checkNumber(label, value, options, ctx) ?? z.NEVER;
  });
}

/** A number that may be left blank (null). */
export function optionalNumberField(label: string, options: NumberOptions = {}) {
  return z
    .union([z.string(), z.number(), z.null()])
    .optional()
    .transform((value, ctx) => {
      if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return null;
      return checkNumber(label, value, options, ctx) ?? z.NEVER;
    });
}

const KEY_REQUIRED = "Key: give a short id, e.g. nas or cloud-dr.";

export const keyField = z
  .string()
  .trim()
  .min(1, KEY_REQUIRED)
  .max(MAX_KEY_LENGTH, `Key: keep it under ${MAX_KEY_LENGTH} characters.`)
  .regex(KEY_PATTERN, "Key: use lower-case letters, digits and hyphens, starting with a letter or digit.");

/**
 * A key that may be left blank (undefined): a new record's key is then made from its name
 * (lib/recovery/new-key.ts). An edit still needs one: see requireKeyOnEdit.
 */
export const blankableKeyField = blankable(keyField);

/**
 * An edit keeps a key: changing it renames the record in the recovery model (and what names it by
 * key follows), so a blank one is refused rather than made afresh from the name.
 */
export function requireKeyOnEdit(value: { key?: string }, id: string | null, ctx: z.RefinementCtx): void {
  if (id && value.key === undefined) ctx.addIssue({ code: "custom", path: ["key"], message: KEY_REQUIRED });
}

export function textField(label: string, max = 200) {
  return z.string().trim().min(1, `${label}: required.`).max(max, `${label}: keep it under ${max} characters.`);
}

export function optionalText(label: string, max = 2000) {
  return z.string().trim().max(max, `${label}: keep it under ${max} characters.`).default("");
}

/** "" (none chosen) → null. */
export const optionalId = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : null));

export const requiredId = (label: string) => z.string({ error: `${label}: choose one.` }).trim().min(1, `${label}: choose one.`);

/** Checkbox lists arrive as an array (FormData.getAll) or a comma-separated string. */
export const idList = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : v.split(","))).map((s) => s.trim()).filter(Boolean))
  .transform((ids) => [...new Set(ids)]);

export const version = versionField();

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** A schedule as the forms send it: a cron rule in a time zone, or every N minutes from an anchor. */
export const scheduleFields = {
  scheduleKind: z.enum(["cron", "interval"], { error: "Schedule: choose a cron rule or an interval." }).default("cron"),
  cron: z.string().trim().default(""),
  timezone: z.string().trim().default("UTC"),
  everyMinutes: optionalDurationField("Every (minutes)", { unit: "minutes", above: true }),
  anchor: z.string().trim().default(""),
};

type ScheduleInput = { scheduleKind: "cron" | "interval"; cron: string; timezone: string; everyMinutes: number | null; anchor: string };

type ScheduleColumns = { cron: string | null; timezone: string; everyMinutes: number | null; anchor: Date | null };

/** Adds field errors for an unusable schedule: the engine decides, by its cron parser and its limit on how often a schedule may run. */
export function checkSchedule(value: ScheduleInput, ctx: z.RefinementCtx): void {
  if (value.scheduleKind === "cron") {
    if (!isValidTimeZone(value.timezone)) {
      ctx.addIssue({ code: "custom", path: ["timezone"], message: "Time zone: use an IANA name such as Europe/London." });
      return;
    }
    if (!value.cron) {
      ctx.addIssue({ code: "custom", path: ["cron"], message: "Cron: enter five fields (minute hour day-of-month month day-of-week)." });
      return;
    }
    try {
      nextRuns({ schedule: { cron: value.cron, timezone: value.timezone }, after: new Date(0), count: 1 });
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["cron"], message: `Cron: ${(error as Error).message.replace(/^cron "[^"]*": /, "")}.` });
      return;
    }
    const problem = tooFrequent({ cron: value.cron });
    if (problem) ctx.addIssue({ code: "custom", path: ["cron"], message: `Cron: ${problem}.` });
    return;
  }
  if (value.everyMinutes === null) {
    ctx.addIssue({ code: "custom", path: ["everyMinutes"], message: `Every (minutes): ${whatToType("minutes")}` });
  } else {
    const problem = tooFrequent({ everyMinutes: value.everyMinutes });
    if (problem) ctx.addIssue({ code: "custom", path: ["everyMinutes"], message: `Every (minutes): ${problem}.` });
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value.anchor) || Number.isNaN(Date.parse(value.anchor))) {
    ctx.addIssue({ code: "custom", path: ["anchor"], message: "Anchor: an instant with its offset, e.g. 2026-01-01T00:00:00Z." });
  }
}

export function scheduleColumns(value: ScheduleInput): ScheduleColumns {
  return value.scheduleKind === "cron"
    ? { cron: value.cron, timezone: value.timezone, everyMinutes: null, anchor: null }
    : { cron: null, timezone: "UTC", everyMinutes: value.everyMinutes, anchor: new Date(value.anchor) };
}
