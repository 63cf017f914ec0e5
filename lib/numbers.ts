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

/** Digits grouped in threes by commas, as an English Windows locale writes a number: "59,605", "1,234,567.5". */
const COMMA_GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/** What to tell someone whose number is neither plain digits nor grouped in threes by commas. */
export const GROUPED_DIGITS = "write it as plain digits or with commas between thousands, e.g. 59605 or 59,605";

/**
 * readPlainNumber, with commas between thousands allowed too: "59,605" and "1,234,567" read, but
 * not "5,9605" (not grouped in threes) nor "60,5" (a decimal comma, which would read as 605).
 */
export function readGroupedNumber(text: string): number | null {
  const trimmed = text.trim();
  return readPlainNumber(COMMA_GROUPED.test(trimmed) ? trimmed.replaceAll(",", "") : trimmed);
}
