// Numbers as a committee member reads them: "3 h 20 min", "1 week", "7 days 18 h 30 min",
// "59.7 GiB", "260 MB/s". Advice rounds in the safe direction: "back up at
// least every X" rounds X down, "needs Y MB/s" rounds Y up.

export type Rounding = "nearest" | "down" | "up";

const roundWith = (x: number, mode: Rounding): number => {
  const eps = 1e-9 * Math.max(1, Math.abs(x)); // float noise must not tip a round number over
  if (mode === "down") return Math.floor(x + eps);
  if (mode === "up") return Math.ceil(x - eps);
  return Math.round(x);
};

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

const WEEK = 10080;

/**
 * Minutes as "45 min", "3 h 20 min", "1 day", "1 day 20 min", "1 week", "7 days 18 h 30 min";
 * null or Infinity as "unbounded". Exact to the minute at every length (to the second below one),
 * so a value over its target never reads as the target itself ("1 day 20 min", not "1 day"), and
 * a value and its distance to a target agree ("1 day 9 h 30 min" less 15 min reads
 * "1 day 9 h 15 min"). A part of a minute rounds up unless asked otherwise: a restore of 120.4 min
 * reads "2 h 1 min", never "2 h" beside an RTO of 2 h it misses, and no computed time reads shorter
 * than it is. Targets are whole minutes, so they read as typed; a time to spare rounds down
 * (pass "down"), so a value and its margin still agree. Whole weeks read as weeks, as the outage lengths and targets are typed
 * ("1w"); any other length counts days. The app shows every duration in these words, through
 * lib/durations.ts (docs/decisions/0033).
 */
export function formatDuration(minutes: number | null, mode: Rounding = "up"): string {
  if (minutes === null || !Number.isFinite(minutes)) return "unbounded";
  if (minutes < 0) return `-${formatDuration(-minutes, mode === "up" ? "down" : mode === "down" ? "up" : mode)}`;
  if (minutes === 0) return "0 min";
  if (minutes < 1) return `${Math.max(1, roundWith(minutes * 60, mode))} s`;
  const whole = roundWith(minutes, mode);
  if (whole % WEEK === 0) return plural(whole / WEEK, "week");
  const d = Math.floor(whole / 1440);
  const h = Math.floor((whole % 1440) / 60);
  const m = whole % 60;
  const parts = [d > 0 ? plural(d, "day") : "", h > 0 ? `${h} h` : "", m > 0 || whole < 60 ? `${m} min` : ""];
  return parts.filter(Boolean).join(" ");
}

/** MiB as "512 MiB" or "59.7 GiB". */
export function formatMiB(mib: number): string {
  if (Math.abs(mib) < 1024) return `${Math.round(mib)} MiB`;
  return `${(mib / 1024).toFixed(1).replace(/\.0$/, "")} GiB`;
}

export function formatRate(mbps: number, mode: Rounding = "nearest"): string {
  return `${roundWith(mbps, mode)} MB/s`;
}

export function formatGB(gb: number): string {
  return `${Number.isInteger(gb) ? gb : gb.toFixed(1)} GB`;
}
