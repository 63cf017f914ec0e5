/**
 * A calendar day as people and spreadsheets write one, read into YYYY-MM-DD: the app's own
 * "2028-04-30" (also 2028/04/30), the app's display form "30 Apr 2028" (any month name or its
 * first three letters, "Sept", any case, "30-Apr-2028" as Excel writes it), and a UK
 * spreadsheet's "30/04/2028" or "3/4/2028" when it can be read only one way: the day is over 12,
 * or the day and the month are the same number. "03/04/2026" could be 3 April or 4 March, so it
 * is refused saying both and how to write the one meant, never guessed. A day the calendar does
 * not have ("30 February") is refused by name. Pure, and safe to import from client components.
 */

export type DayRead = { ok: true; iso: string } | { ok: false; problem: string };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export const DAY_EXAMPLE = "Enter a date like 2028-04-30 or 30 Apr 2028.";

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})\/(\d{1,2})\/(\d{1,4})$/;
const NAMED = /^(\d{1,2})[\s-]+([a-z]+)\.?,?[\s-]+(\d{4})$/i;

const pad = (n: number) => String(n).padStart(2, "0");
const isoOf = (year: number, month: number, day: number) => `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
/** "3 Apr 2026": the short form the suggestions write. */
const shortOf = (year: number, month: number, day: number) => `${day} ${MONTHS[month - 1].slice(0, 3)} ${year}`;

/** The month a name or its first three letters ("sept" too) names, 1 to 12, or null. */
function monthNamed(name: string): number | null {
  const word = name.toLowerCase();
  const index = MONTHS.findIndex((month) => {
    const full = month.toLowerCase();
    return word === full || word === full.slice(0, 3) || (full === "september" && word === "sept");
  });
  return index === -1 ? null : index + 1;
}

function exists(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The day, or why it is not one: "There is no 30 February 2027." when the month has fewer days. */
function dayOf(year: number, month: number, day: number): DayRead {
  if (exists(year, month, day)) return { ok: true, iso: isoOf(year, month, day) };
  if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { ok: false, problem: `There is no ${day} ${MONTHS[month - 1]} ${year}.` };
  return { ok: false, problem: DAY_EXAMPLE };
}

/** A day written day/month/year, read only when it cannot be month/day/year. */
function numericDay(text: string, first: number, second: number, yearText: string): DayRead {
  if (yearText.length !== 4) return { ok: false, problem: `Write the year of ${text} in full, with four digits.` };
  const year = Number(yearText);
  // Month/day order, as a US spreadsheet writes it: said so, with the day it would be.
  if (second > 12 && first >= 1 && first <= 12) {
    const meant = exists(year, first, second) ? `: if it means ${second} ${MONTHS[first - 1]} ${year}, write it as ${isoOf(year, first, second)} or ${shortOf(year, first, second)}` : "";
    return { ok: false, problem: `${text} has no month ${second}${meant}.` };
  }
  if (first > 12 || first === second || first < 1 || second < 1 || second > 12) return dayOf(year, second, first);
  return {
    ok: false,
    problem: `${text} could be ${first} ${MONTHS[second - 1]} or ${second} ${MONTHS[first - 1]} ${year}: write it as ${isoOf(year, second, first)} or ${shortOf(year, second, first)}.`,
  };
}

export function readDay(input: string): DayRead {
  const text = input.trim();
  const iso = ISO.exec(text);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(text);
  if (numeric) return numericDay(text, Number(numeric[1]), Number(numeric[2]), numeric[3]);
  const named = NAMED.exec(text);
  const month = named ? monthNamed(named[2]) : null;
  if (named && month) return dayOf(Number(named[3]), month, Number(named[1]));
  return { ok: false, problem: DAY_EXAMPLE };
}
