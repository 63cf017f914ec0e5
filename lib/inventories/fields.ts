/**
 * The typed fields of the inventory registers, and how a value of each type is read from text
 * (a form control or a CSV cell) and written back. Safe to import from client components.
 */
import { formatDay, formatDayText, latestToday } from "@/lib/days";
import { durationHint, readDuration, type DurationUnit } from "@/lib/durations";
import { readGroupedNumber, readPlainNumber, type DecimalMark } from "@/lib/numbers";
import { readMoney } from "@/lib/money";
import { readDay } from "@/lib/read-day";
import { EXTENSION_HINT, phoneProblem, type PhoneAlso } from "@/lib/people/phone-field";
export const FIELD_TYPES = [
  "text",
  "longtext",
  "phone",
  "email",
  "date",
  "number",
  "integer",
  "select",
  "boolean",
  "person",
  "version",
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export type FieldDef = {
  /** The key in the item's `data` (and the form control's name). */
  key: string;
  /** Shown on the form, as the table header and as the CSV column header. */
  label: string;
  type: FieldType;
  required?: boolean;
  /** The choices of a select field, stored as written. */
  options?: readonly string[];
  /**
   * Shown after a number (e.g. "hours", "GB", "£"). A number or integer field in minutes, hours
   * or days is a duration: it also takes "90min", "4h", "2d", "2w" (see durationUnitOf).
   */
  unit?: string;
  help?: string;
  /** Person fields: the fields that must name someone else (a backup is not the post holder). */
  otherThan?: readonly string[];
  /** Date fields: the date field this one cannot come before (acknowledged on or after issued). */
  notBefore?: string;
  /** Date fields: a day that has happened (a copy issued, a restore tested), so not in the future. */
  past?: boolean;
  /**
   * Phone fields: a service's number, which may be a short code ("999", "101"); never someone's own.
   * Every other phone field takes an internal extension ("4021") instead (docs/decisions/0093).
   */
  shortCode?: boolean;
};

/** What a register's phone field takes besides a number: a short code or an internal extension, never both. */
function phoneAlso(field: FieldDef): PhoneAlso {
  return field.shortCode ? "shortCode" : "extension";
}

/**
 * A stored value: text, dates as YYYY-MM-DD, numbers, yes/no, a Person's id, a version of the
 * plan by its number, or nothing.
 */
export type FieldValue = string | number | boolean | null;
export type ItemData = Record<string, FieldValue>;

export type CellResult = { ok: true; value: FieldValue } | { ok: false; message: string };

const TEXT_MAX = 200;
const LONGTEXT_MAX = 2000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VERSION = /^(?:v|version)?\s*(\d{1,9})$/i;
const TRUE_WORDS = ["yes", "y", "true", "1", "on"];
const FALSE_WORDS = ["no", "n", "false", "0", "off"];

const DURATION_UNITS: readonly string[] = ["minutes", "hours", "days"] satisfies DurationUnit[];

/**
 * The unit of a field that holds a duration (a number or integer field in minutes, hours or
 * days), else null. Such a field takes a bare number in its unit, as any number field does, or
 * a number with any unit, converted (docs/decisions/0024).
 */
export function durationUnitOf(field: FieldDef): DurationUnit | null {
  return (field.type === "number" || field.type === "integer") && field.unit && DURATION_UNITS.includes(field.unit) ? (field.unit as DurationUnit) : null;
}

/** The hint under a field's control: its help, then its unit ("In GB.", or for a duration "Hours, or 90min, 2d."). */
export function fieldHint(field: FieldDef): string | undefined {
  const unit = durationUnitOf(field);
  const unitHint = unit ? durationHint(unit) : field.unit && field.type !== "boolean" ? `In ${field.unit}.` : null;
  const phoneHint = field.type === "phone" && phoneAlso(field) === "extension" ? EXTENSION_HINT : null;
  return [field.help, unitHint, phoneHint].filter(Boolean).join(" ") || undefined;
}

/**
 * Text as people compare names and keys: letter case, spaces at either end and runs of spaces
 * make no difference ("Tom  Reed" is "tom reed").
 */
export function comparableText(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function isIsoDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** What a required field left blank needs, by its type: what to enter or choose. */
function requiredMessage(field: FieldDef): string {
  switch (field.type) {
    case "person":
      return "Choose a person from the People register.";
    case "version":
      return "Choose one of the plan's versions.";
    case "select":
      return `Choose one of ${field.options?.join(", ")}.`;
    case "date":
      return "Enter a date.";
    case "boolean":
      return "Choose yes or no.";
    case "number":
    case "integer":
      return "Enter a number.";
    case "phone":
      return "Enter a phone number.";
    case "email":
      return "Enter an e-mail address.";
    default:
      return "Fill this in.";
  }
}

/**
 * A field's message as its form shows it: after the field's label ("Holder: choose a person from
 * the People register."), as every form's messages are. An import report names the column itself.
 */
export function fieldMessage(field: Pick<FieldDef, "label">, message: string): string {
  return `${field.label}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

/**
 * How a cell of a file is written, beyond what a form sends: the file's decimal mark, and the
 * unit its column's header names for bare numbers ("Lead time (weeks)"), when that is not the
 * field's own unit.
 */
export type CellContext = { decimal?: DecimalMark; unitWord?: string };

/**
 * A duration as people and spreadsheets write it, read by the shared duration reader
 * (lib/durations.ts, decision 24): "4h", "2 weeks", "1 year", a bare number in the field's unit
 * (or the column's, `unitWord`), its number grouped or with the file's decimal mark as a number
 * field takes them ("1,000 hours").
 */
function readDurationCell(field: FieldDef, text: string, unit: DurationUnit, { decimal = ".", unitWord }: CellContext): CellResult {
  const parts = /^(.*?\d)\s*([a-z]*)$/i.exec(text);
  let typed = text;
  if (parts) {
    const [, number, word] = parts;
    const read = readGroupedNumber(number, { decimal });
    if (!read.ok && read.why === "ambiguous") return { ok: false, message: `${text} is not a number as written: ${NUMBER_STYLE[decimal]}.` };
    const bareInColumnUnit = word === "" && unitWord !== undefined;
    if (read.ok && (readPlainNumber(number) === null || bareInColumnUnit)) typed = `${read.value}${word ? ` ${word}` : bareInColumnUnit ? ` ${unitWord}` : ""}`;
  }
  const integer = field.type === "integer";
  const read = readDuration(typed, { unit, int: integer, max: integer ? Number.MAX_SAFE_INTEGER : 1e12 });
  return read.ok ? { ok: true, value: read.value } : { ok: false, message: capitalised(read.problem) };
}

/**
 * Reads one field's value from text. Messages are sentences that make sense under the field on
 * the form and after "Row N, column “Label”:" in an import report. `context`: how a file's cell is
 * written (an import); a form's text is read as the app writes it.
 */
export function parseCell(field: FieldDef, raw: unknown, context: CellContext = {}): CellResult {
  const text = typeof raw === "string" ? raw.trim() : "";
  if (field.type === "boolean") {
    const word = text.toLowerCase();
    // Blank is not known, which is not "no": a disk nobody checked is not an unencrypted one.
    if (word === "") return field.required ? { ok: false, message: requiredMessage(field) } : { ok: true, value: null };
    if (FALSE_WORDS.includes(word)) return { ok: true, value: false };
    if (TRUE_WORDS.includes(word)) return { ok: true, value: true };
    return { ok: false, message: "Enter yes or no." };
  }
  if (text === "") {
    return field.required ? { ok: false, message: requiredMessage(field) } : { ok: true, value: null };
  }
  const unit = durationUnitOf(field);
  if (unit) return readDurationCell(field, text, unit, context);
  switch (field.type) {
    case "text":
    case "person":
      return text.length > TEXT_MAX ? { ok: false, message: `Keep it under ${TEXT_MAX} characters.` } : { ok: true, value: text };
    case "longtext":
      return text.length > LONGTEXT_MAX
        ? { ok: false, message: `Keep it under ${LONGTEXT_MAX.toLocaleString("en-GB")} characters.` }
        : { ok: true, value: text };
    case "phone": {
      const problem = phoneProblem(text, { also: phoneAlso(field) });
      return problem ? { ok: false, message: problem } : { ok: true, value: text };
    }
    case "email":
      return EMAIL.test(text) && text.length <= TEXT_MAX
        ? { ok: true, value: text }
        : { ok: false, message: "Enter an e-mail address like name@example.com." };
    case "date": {
      const day = readDay(text);
      if (!day.ok) return { ok: false, message: day.problem };
      if (field.past && day.iso > latestToday().toISOString().slice(0, 10)) return { ok: false, message: "Enter a date that is not in the future." };
      return { ok: true, value: day.iso };
    }
    case "number":
    case "integer":
      return readNumberCell(field, text, context.decimal ?? ".");
    case "version": {
      // The number, as the form's select sends it or as written in a file ("3", "v3", "Version 3").
      const number = Number(VERSION.exec(text)?.[1] ?? NaN);
      return number >= 1 ? { ok: true, value: number } : { ok: false, message: "Give the number of one of the plan's versions, like 3." };
    }
    case "select": {
      const option = field.options?.find((o) => o.toLowerCase() === text.toLowerCase());
      return option ? { ok: true, value: option } : { ok: false, message: `Choose one of: ${field.options?.join(", ")}.` };
    }
  }
}

/** How to write a number with `decimal` as the decimal mark. */
const NUMBER_STYLE: Record<DecimalMark, string> = {
  ".": "write decimals with a point (7.5) and put commas or spaces only between thousands (2,500)",
  ",": "in this file, whose values are separated by semicolons, write decimals with a comma (7,5) and put points or spaces only between thousands (2.500)",
};

/** The field's own unit after a number ("16 GB" in a field of GB), as the register's table writes it. */
function withoutUnit(field: FieldDef, text: string): string {
  const unit = field.unit?.toLowerCase();
  return unit && text.toLowerCase().endsWith(unit) && /\d\s*$/.test(text.slice(0, -unit.length)) ? text.slice(0, -unit.length).trim() : text;
}

/**
 * A number or amount as the register's pages and spreadsheets write it (lib/numbers.ts,
 * lib/money.ts): "750000", "750,000", "£750,000", "1 000 000", "16 GB" in a field of GB. Text
 * that could be read two ways ("1,5") is refused with how to write it, never guessed.
 */
function readNumberCell(field: FieldDef, text: string, decimal: DecimalMark): CellResult {
  const money = field.unit === "£";
  const read = money ? readMoney(text, { decimal }) : readGroupedNumber(withoutUnit(field, text), { decimal });
  const integer = field.type === "integer";
  const what = money ? "an amount" : integer ? "a whole number" : "a number";
  if (!read.ok) {
    if (read.why === "other currency") return { ok: false, message: "Enter the amount in pounds (£): the register holds amounts in pounds only." };
    if (read.why === "ambiguous") return { ok: false, message: `${text} is not ${what} as written: ${NUMBER_STYLE[decimal]}.` };
    if (integer) return { ok: false, message: "Enter a whole number of 0 or more." };
    return { ok: false, message: money ? "Enter an amount of 0 or more in pounds, like 750000, 750,000 or £750,000." : "Enter a number of 0 or more, like 1500 or 7.5." };
  }
  if (read.value < 0 || (integer && !Number.isSafeInteger(read.value))) return { ok: false, message: `Enter ${what} of 0 or more.` };
  return { ok: true, value: read.value };
}

/** A stored value as text: what the form shows and what the CSV export writes. */
export function formatCell(field: FieldDef, value: FieldValue | undefined, personName?: (id: string) => string): string {
  if (value === null || value === undefined) return "";
  if (field.type === "boolean") return value ? "yes" : "no";
  if (field.type === "person") return personName ? personName(String(value)) : String(value);
  return String(value);
}

/**
 * How the list writes a number or amount in a field with a unit ("£750,000", "1,234.568 TB"),
 * shared with the list's search, which rebuilds the same text in Postgres (item-search.ts):
 * groups of thousands between commas, at most SHOWN_DECIMALS decimals (rounded, trailing zeros
 * dropped), and the field's affixes.
 */
export const SHOWN_DECIMALS = 3;
/** A number as stored in JSON or typed before the field was a number: only this is shown as one. */
export const SHOWN_NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;

/** What the list writes around a field's number: £ before an amount, the unit after any other. */
export function numberAffixes(field: FieldDef): { before: string; after: string } {
  return field.unit === "£" ? { before: "£", after: "" } : { before: "", after: field.unit ? ` ${field.unit}` : "" };
}

/** Before a version's number as the list shows it ("Version 3"), and as its search reads it. */
export const VERSION_PREFIX = "Version ";

/** A stored value for reading in a table: units and Yes/No. */
export function displayCell(field: FieldDef, value: FieldValue | undefined, personName: (id: string) => string): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field.type === "boolean") return value ? "Yes" : "No";
  if (field.type === "person") return personName(String(value));
  // Text kept from before the field held a version's number is shown as it was typed.
  if (field.type === "version") return typeof value === "number" ? `${VERSION_PREFIX}${value}` : String(value);
  // Stored as YYYY-MM-DD, shown as every other day in the app ("22 Sept 2026").
  if (field.type === "date" && isIsoDate(String(value))) return formatDay(new Date(`${String(value)}T00:00:00Z`));
  // Text kept in a number field (not a number) is shown as typed, never as "£NaN".
  if ((field.type === "number" || field.type === "integer") && field.unit && (typeof value === "number" || SHOWN_NUMBER.test(String(value)))) {
    const { before, after } = numberAffixes(field);
    return `${before}${Number(value).toLocaleString("en-GB", { maximumFractionDigits: SHOWN_DECIMALS })}${after}`;
  }
  return String(value);
}

/** A first letter in lower case, for a label inside a sentence ("the post holder"). */
function inSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * The rules between an item's fields, checked once each field has been read: a person named in
 * two roles that must differ, a date before the one it follows. Each issue is keyed by the field
 * it is shown under.
 */
export function crossFieldIssues(fields: readonly FieldDef[], data: ItemData): { key: string; message: string }[] {
  const issues: { key: string; message: string }[] = [];
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const field of fields) {
    const value = data[field.key];
    if (value === null || value === undefined || value === "") continue;
    const same = (field.otherThan ?? []).find((key) => data[key] === value);
    if (same) issues.push({ key: field.key, message: `Choose someone other than the ${inSentence(byKey.get(same)?.label ?? same)}.` });
    const earlier = field.notBefore ? data[field.notBefore] : null;
    if (typeof earlier === "string" && typeof value === "string" && value < earlier) {
      issues.push({ key: field.key, message: `Enter a date on or after the ${inSentence(byKey.get(field.notBefore!)?.label ?? field.notBefore!)} date (${formatDayText(earlier)}).` });
    }
  }
  return issues;
}
