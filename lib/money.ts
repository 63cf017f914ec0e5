import { readGroupedNumber, type DecimalMark, type NumberRead } from "@/lib/numbers";

const POUNDS = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

/**
 * An amount of the organisation's money as the pages and the PDF show it ("£1,800"). Amounts are
 * pounds sterling throughout (the BIA's cost per hour, the registers' "£" fields): the app has no
 * currency setting, so this is the one place one would be read.
 */
export function formatMoney(amount: number): string {
  return POUNDS.format(amount);
}

/** A sign of another currency: an amount in it is not an amount in pounds. */
const OTHER_CURRENCY = /^[+-]?\s*([$€¥]|(USD|EUR)\b)|([$€¥]|\b(USD|EUR))\s*$/i;

/**
 * An amount as the pages write it ("£750,000") or a spreadsheet does ("750000", "2,500",
 * "1 000 000", "£1,250.50"; with a decimal comma, "1.250,50"): an optional £ (or GBP) before the
 * number, then a number as readGroupedNumber reads one. The BIA's cost per hour and the
 * registers' £ fields read amounts with it. "other currency" for an amount in dollars or euros:
 * there is no rate to convert it by.
 */
export function readMoney(text: string, options: { decimal?: DecimalMark } = {}): NumberRead | { ok: false; why: "other currency" } {
  if (OTHER_CURRENCY.test(text.trim())) return { ok: false, why: "other currency" };
  const amount = text.trim().replace(/^([+-]?)\s*(£|GBP(?![a-z]))\s*/i, "$1").replace(/\s*GBP$/i, "");
  return readGroupedNumber(amount, options);
}
