// Instants travel through the engine as epoch minutes (a float: seconds and
// milliseconds become fractions). Doubles hold 2025-era epoch minutes to about
// 4e-9 min, far below anything the output shows.

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

const MINUTE_MS = 60_000;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Parses an ISO-8601 instant that carries an explicit offset or `Z`.
 * Returns epoch minutes, or null when the text is not such an instant (an
 * instant without an offset is ambiguous, so it is rejected, as are impossible
 * dates such as 2025-02-30, which `Date.parse` would silently roll over).
 */
export function parseInstant(text: string): number | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const fraction = m[7] === undefined ? 0 : Number(m[7]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offset = 0;
  if (m[8] === undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return null;
    offset = (m[9] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) + fraction * 1000;
  return ms / MINUTE_MS - offset;
}

/** Formats epoch minutes as ISO-8601, in UTC (`Z`) or at a fixed offset in minutes. */
export function formatInstant(epochMinutes: number, offsetMinutes = 0): string {
  const ms = Math.round((epochMinutes + offsetMinutes) * MINUTE_MS);
  let text = new Date(ms).toISOString(); // "YYYY-MM-DDTHH:MM:SS.sssZ" of the local wall time
  if (text.endsWith(".000Z")) text = text.slice(0, -5) + "Z";
  if (offsetMinutes === 0) return text;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(Math.round(offsetMinutes));
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${text.slice(0, -1)}${sign}${hh}:${mm}`;
}

/** Civil date of a day number (days since 1970-01-01), proleptic Gregorian. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  // Howard Hinnant's algorithm: exact for every day, no Date objects in the hot loop.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
