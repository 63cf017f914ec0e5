/**
 * Numbers as people type them into forms and CSV cells: plain decimal digits only. `Number()`
 * alone also reads "1e3" as 1000, "0x400" as 1024, "Infinity", "0b11" and "" (as 0), so a typo
 * would be saved as a number nobody wrote. One reading for every form and import that takes one.
 */

/** An optional sign, then digits with an optional decimal point: "60", "1.5", ".5", "2.", "-3". */
const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * What to tell someone whose number is not plain digits (after the field's label or the cell),
 * with an example that suits the field: a whole number of MiB is not "1.5".
 */
export const plainDigits = (example = "60 or 1.5") => `write it as plain digits, e.g. ${example}`;

/** The same for a field that takes fractions. */
export const PLAIN_DIGITS = plainDigits();

/**
 * The number `text` writes in plain decimal digits, surrounding spaces aside; null for anything
 * else (blank, exponents, hex, "Infinity", thousands separators, a number too large to hold).
 * Bounds (at least 0, a whole number…) are the caller's: a sign is read so that "-5" can be told
 * "at least 0" rather than that it is not a number.
 */
export function readPlainNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!PLAIN_DECIMAL.test(trimmed)) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

/**
 * A whole number with its thousands grouped in threes by commas ("59,605", "1,234,567": an English
 * Windows locale) or by points ("59.605", "1.234.567": German or Dutch), one or the other.
 */
const GROUPED_WHOLE = /^[+-]?\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+)$/;
const PLAIN_WHOLE = /^[+-]?\d+$/;

/** What to tell someone whose cell is not a whole number written one of the ways readGroupedWhole reads. */
export const GROUPED_WHOLE_DIGITS = "write it as digits, with commas or points between thousands if any, e.g. 59605, 59,605 or 59.605";

/**
 * A whole number as a spreadsheet writes it in any locale: plain digits, or grouped in threes by
 * commas or by points. Null for anything else, so a column of whole numbers never reads "59.605"
 * as 59.605 (a thousand times too small) nor "60,5" as 605: a decimal part in either locale
 * ("59.6", "60,5", "1,234.5", "1.234,5") and other groupings ("5,9605", "1,23,456") are refused.
 * A sign is read, as readPlainNumber reads one, for the caller's bounds to name.
 */
export function readGroupedWhole(text: string): number | null {
  const trimmed = text.trim();
  const digits = GROUPED_WHOLE.test(trimmed) ? trimmed.replace(/[,.]/g, "") : PLAIN_WHOLE.test(trimmed) ? trimmed : null;
  if (digits === null) return null;
  const n = Number(digits);
  return Number.isFinite(n) ? n : null;
}

/** The decimal mark of a file or form: a point, or a comma (a file Excel saved with semicolons, as in much of Europe). */
export type DecimalMark = "." | ",";

/** What a number as people write it reads as, or why it cannot be read. */
export type NumberRead = { ok: true; value: number } | { ok: false; why: "not a number" | "ambiguous" };

/** Spaces a spreadsheet or a locale may put between thousands: a space, a no-break space, a narrow no-break space. */
const SPACES = [" ", "\u00a0", "\u202f"];
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The whole part's digits, plain or grouped in threes by one of `separators` throughout ("1,250,000", "1 250 000"), else null. */
function wholeDigits(text: string, separators: readonly string[]): string | null {
  if (/^\d+$/.test(text)) return text;
  const separator = separators.find((s) => new RegExp(`^\\d{1,3}(?:${escaped(s)}\\d{3})+$`).test(text));
  return separator === undefined ? null : text.split(separator).join("");
}

/**
 * A number as people, the app's pages and spreadsheets write it: plain digits ("2500", "7.68"),
 * or with the whole part grouped in threes ("2,500", "1,250,000.50", "1 000 000"), a sign read
 * for the caller's bounds. `decimal` is the decimal mark; the other mark, or a space, groups
 * thousands: with a decimal comma "7,5" is 7.5 and "2.500" is 2500, and a lone point that cannot
 * group ("7.5") is still a decimal point. "ambiguous" when the text is digits and marks that fit
 * neither ("1,5" or "1,50" with a decimal point: a decimal comma, or a thousands comma mistyped?),
 * so the caller can say how to write it rather than guess; "not a number" for anything else
 * (exponents, hex, "Infinity", words).
 */
export function readGroupedNumber(text: string, { decimal = "." }: { decimal?: DecimalMark } = {}): NumberRead {
  const trimmed = text.trim();
  const sign = /^[+-]/.test(trimmed) ? trimmed[0] : "";
  const body = trimmed.slice(sign.length);
  const looksNumeric = /\d/.test(body) && /^[\d.,\s\u00a0\u202f]+$/.test(body);
  const groups = [decimal === "." ? "," : ".", ...SPACES];
  const parts = body.split(decimal);
  let digits: string | null = null;
  if (parts.length <= 2) {
    const [whole, fraction = ""] = parts;
    const wholePart = whole === "" ? "" : wholeDigits(whole, groups);
    const fractionOk = /^\d*$/.test(fraction) && (parts.length === 1 || whole !== "" || fraction !== "");
    if (wholePart !== null && fractionOk && (wholePart !== "" || fraction !== "")) digits = `${wholePart || "0"}.${fraction || "0"}`;
  }
  // A decimal comma's file may still hold a decimal point that cannot be a thousands separator ("7.5").
  if (digits === null && decimal === "," && !body.includes(",")) {
    const plain = readPlainNumber(body);
    if (plain !== null) return { ok: true, value: sign === "-" ? -plain : plain };
  }
  if (digits === null) return { ok: false, why: looksNumeric ? "ambiguous" : "not a number" };
  const value = Number(`${sign}${digits}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, why: "not a number" };
}
