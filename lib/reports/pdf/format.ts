import { formatDuration } from "@/lib/durations";
import { formatDayText, formatInstant } from "@/lib/days";
import { formatMoney } from "@/lib/money";

export const NONE = "None recorded.";

/**
 * Every duration in the report, a target or a measured or computed time, in the words the pages
 * use ("30 min", "4 h", "1 day 1 h", "1 week"); "—" when not set.
 */
export function duration(minutes: number | null | undefined): string {
  return formatDuration(minutes);
}

/** An amount as the pages show it, with its currency ("£1,800"); "—" when not given. */
export function money(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? "—" : formatMoney(amount);
}

/** A day as the web pages show it ("22 Sept 2026"), from a day ("2026-09-22") or an instant (its UTC day). */
export function date(iso: string | null | undefined): string {
  return iso ? formatDayText(iso) : "—";
}

export function dateTime(iso: string | null | undefined): string {
  return iso ? formatInstant(new Date(iso)) : "—";
}

/**
 * A phone number that never breaks across lines ("0117 496 0102", not "0117 496 / 0102"): a
 * reader dialling from the page, or a phone detecting numbers in it, needs it whole.
 */
export function phone(number: string): string {
  return number.replace(/ /g, "\u00A0");
}

/** met / BREACHED / no target / not affected: the words the readiness tables use. */
export function status(value: string): string {
  if (value === "breached") return "BREACHED";
  return value.replace(/-/g, " ");
}
