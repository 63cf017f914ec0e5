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
