/** A day in milliseconds: days here are UTC calendar days, which have no daylight-saving change. */
export const DAY_MS = 86_400_000;

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** A calendar day as people read it ("22 Sep 2026"); days are stored as midnight UTC. */
export function formatDay(date: Date): string {
  return DAY.format(date);
}

/** The months as formatDay writes them, January first ("Jan" … "Sept" … "Dec"): for a search that matches a day as it is shown. */
export const SHORT_MONTHS: readonly string[] = Array.from(
  { length: 12 },
  (_, month) => DAY.formatToParts(new Date(Date.UTC(2000, month, 1))).find((part) => part.type === "month")!.value,
);

/** A day kept as text ("2026-09-22", or its midnight instant in a snapshot) as people read it. */
export function formatDayText(iso: string): string {
  return formatDay(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** A calendar day for a date input's value (YYYY-MM-DD). */
export function dayValue(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** An instant as the app shows it, always in UTC to the minute: "10 Jun 2026, 03:00 UTC". */
export function formatInstant(date: Date): string {
  return `${formatDay(date)}, ${date.toISOString().slice(11, 16)} UTC`;
}

/**
 * Today where it is latest (UTC+14), as midnight UTC: a day after it is in the future for
 * everyone, so nobody's today is refused as a future day.
 */
export function latestToday(now: Date = new Date()): Date {
  return utcDay(new Date(now.getTime() + 14 * 3_600_000));
}

/** The UTC calendar day of an instant, as its midnight: how @db.Date columns store a day. */
export function utcDay(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}
