/**
 * Phone numbers written in a plan's free text ("call the IT on-call number 07700 900101"), found so
 * that the emergency sheet can make them tappable. Conservative: a number wrongly linked is dialled
 * at 3 a.m., a number missed is still there to read, so whatever could be something else is left
 * as text: dates, times, versions, amounts and reference codes. Pure; safe in client components.
 */
import { telHref } from "@/lib/people/phone";

/** A piece of the text: a number found in it has the tel: link it dials. */
export type TextPart = { text: string; href: string | null };

// A number starts as only a number does, "+", "0" or "(0" (a UK number nationally; abroad with
// its country code), after a space or punctuation that does not join it to something else: a
// letter or digit (INC0012345678), a decimal point or a separator (10.0.0.1, 1,000, CHG-0117…),
// "#", ":" (10:00) or a currency sign (£0.50). It runs on over digits, spaces, ( ) . and -, ends
// on a digit, and may carry an extension.
const RUN =
  /(?<![\p{L}\p{N}_.,\-/#+:\p{Sc}])(?:\+[ \u00a0]?\d|\(0|0)[\d \u00a0().-]*\d(?:[ \u00a0]*(?:;[ \u00a0]*ext=|extension|ext\.?|x)[ \u00a0]*\d{1,6})?/giu;

// Nothing that continues a word, a percentage, a decimal, a date or a time right after it.
const JOINED_AFTER = /^(?:[\p{L}\p{N}_%]|[.,\-/:]\p{N})/u;

// "0117 496 0101 24 hours a day": a last group of one or two digits followed by a word is not
// part of the number.
const TRAILING_WORD_DIGITS = /[ \u00a0]+\(?\d{1,2}$/;
const WORD_AFTER = /^[ \u00a0]+\p{L}/u;

// 01/12/2026, 01.12.2026, 01-12-26, with a time after it ("01-12-2026 10").
const DATE = /^\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})(?:[ \u00a0]+\d{1,4})?$/;

// What a reference code or a version is introduced by: "policy 0012345678", "ref: 0117…",
// "account no. 0449 2071 559", "version 0.10.12345".
const REFERENCE_BEFORE =
  /\b(?:ref|reference|policy|account|acct|a\/c|ticket|case|incident|invoice|order|po|serial|contract|customer|id|pin|code|mpan|mprn|vat|registration|reg|sort|version|v|build|release)\.?[ \u00a0]*(?:no\.?|number|num|#)?[ \u00a0]*[:#]?[ \u00a0]*$/iu;

// The UK's own emergency and advice lines, linked only when the text says to call them: "Room
// 101", "step 112" are not calls.
const SHORT_CODE = /(?<=\b(?:call|ring|dial|phone|telephone)[ \u00a0]+)(?:999|112|911|101|105|111)(?![\p{L}\p{N}_%]|[.,\-/:]\p{N})/giu;

/**
 * The tel: link of a number found in text, when it is plausibly a phone number as dialled: an
 * international one of 8 to 15 digits after "+" or "00" (E.164), a national one of 9 to 11 digits
 * starting with the trunk 0.
 */
function dialled(candidate: string): string | null {
  if (DATE.test(candidate) || /^0[.]/.test(candidate)) return null;
  const href = telHref(candidate);
  const match = href ? /^tel:(\+|00)?(\d+)/.exec(href) : null;
  if (!href || !match) return null;
  const [, prefix, digits] = match;
  if (prefix) return /^[1-9]\d{7,14}$/.test(digits) ? href : null;
  return /^0[1-9]\d{7,9}$/.test(digits) ? href : null;
}

/** A run of number characters as the number it is, or null: trimmed of what it picked up around it. */
function numberIn(text: string, start: number, run: string): { start: number; text: string; href: string } | null {
  let found = run;
  let at = start;
  // An opening bracket closed after the number ("(0117 496 0101)") is the sentence's, not the number's.
  if (found.startsWith("(") && !found.includes(")")) {
    found = found.slice(1);
    at += 1;
  }
  if (WORD_AFTER.test(text.slice(start + run.length))) found = found.replace(TRAILING_WORD_DIGITS, "");
  const after = text.slice(at + found.length);
  if (JOINED_AFTER.test(after) || REFERENCE_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return null;
  const href = dialled(found);
  return href ? { start: at, text: found, href } : null;
}

/** The text in pieces, each number found in it as a piece of its own with its tel: link, in order. */
export function phoneParts(text: string): TextPart[] {
  const numbers = [
    ...[...text.matchAll(RUN)].flatMap((match) => numberIn(text, match.index, match[0]) ?? []),
    ...[...text.matchAll(SHORT_CODE)].map((match) => ({ start: match.index, text: match[0], href: `tel:${match[0]}` })),
  ].sort((a, b) => a.start - b.start);
  const parts: TextPart[] = [];
  let from = 0;
  for (const number of numbers) {
    if (number.start > from) parts.push({ text: text.slice(from, number.start), href: null });
    parts.push({ text: number.text, href: number.href });
    from = number.start + number.text.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), href: null });
  return parts;
}
