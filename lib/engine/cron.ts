// Classic five-field cron, expanded in an IANA time zone with the contract's
// clock-change rules:
// - a rule with specific hours fires once in a repeated local hour (first pass)
//   and, when its local time is skipped, at the first valid instant after the gap;
// - a rule whose hour field is `*` fires at every real instant whose local time
//   matches: both passes of a repeated hour, none in a skipped one.
import { civilFromDays, daysInMonth } from "./instant";
import { resolveLocal, zoneTable, type ZoneTable } from "./tz";

export interface CronSpec {
  readonly minutes: readonly number[];
  readonly hours: readonly number[];
  readonly daysOfMonth: readonly boolean[]; // index 1..31
  readonly months: readonly boolean[]; // index 1..12
  readonly daysOfWeek: readonly boolean[]; // index 0..6, Sunday = 0
  /** Both day fields restricted: a day matching either fires (classic cron). */
  readonly eitherDay: boolean;
  /** The hour field selects every hour (`*`): fire in both passes, skip gaps. */
  readonly everyHour: boolean;
}

type FieldResult = { ok: true; values: Set<number> } | { ok: false; error: string };

interface FieldDef {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
}

const MONTH_NAMES = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAY_NAMES = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
const FIELDS: readonly FieldDef[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day-of-month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: MONTH_NAMES },
  { name: "day-of-week", min: 0, max: 7, names: DAY_NAMES },
];

function parseValue(text: string, def: FieldDef): number | string {
  const named = def.names?.indexOf(text.toUpperCase()) ?? -1;
  if (named >= 0) return named + (def.name === "month" ? 1 : 0);
  if (!/^\d+$/.test(text)) return `${def.name} field: "${text}" is not a number`;
  const n = Number(text);
  if (n < def.min || n > def.max) return `${def.name} field: ${n} is out of range ${def.min}–${def.max}`;
  return n;
}

function parseField(text: string, def: FieldDef): FieldResult {
  const values = new Set<number>();
  for (const item of text.split(",")) {
    const [range, stepText, extra] = item.split("/");
    if (extra !== undefined || range === "") return { ok: false, error: `${def.name} field: "${item}" is not valid` };
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) === 0)
        return { ok: false, error: `${def.name} field: step "${stepText}" must be a whole number above 0` };
      step = Number(stepText);
    }
    let lo: number;
    let hi: number;
    if (range === "*") {
      lo = def.min;
      hi = def.max;
    } else {
      const [a, b, more] = range.split("-");
      if (more !== undefined) return { ok: false, error: `${def.name} field: "${range}" is not a valid range` };
      const first = parseValue(a, def);
      if (typeof first === "string") return { ok: false, error: first };
      lo = first;
      // "5/15" means from 5 to the end in steps of 15, as most crons read it.
      hi = b === undefined ? (stepText !== undefined ? def.max : first) : 0;
      if (b !== undefined) {
        const second = parseValue(b, def);
        if (typeof second === "string") return { ok: false, error: second };
        hi = second;
        if (hi < lo) return { ok: false, error: `${def.name} field: range ${range} runs backwards` };
      }
    }
    for (let v = lo; v <= hi; v += step) values.add(def.name === "day-of-week" && v === 7 ? 0 : v);
  }
  return { ok: true, values };
}

function flags(values: Set<number>, size: number): boolean[] {
  const out = new Array<boolean>(size).fill(false);
  for (const v of values) out[v] = true;
  return out;
}

/** Parses a five-field cron expression; the error names the field at fault. */
export function parseCron(expr: string): { ok: true; spec: CronSpec } | { ok: false; error: string } {
  const parts = expr.trim().split(/\s+/);
  if (parts.length !== 5 || parts[0] === "")
    return { ok: false, error: `needs 5 fields (minute hour day-of-month month day-of-week), got ${parts[0] === "" ? 0 : parts.length}` };
  const sets: Set<number>[] = [];
  for (let i = 0; i < 5; i++) {
    const r = parseField(parts[i], FIELDS[i]);
    if (!r.ok) return r;
    sets.push(r.values);
  }
  const [mins, hrs, doms, months, dows] = sets;
  // "Restricted" means the field leaves some day out ("1-31" restricts nothing).
  const domRestricted = doms.size < 31;
  const dowRestricted = dows.size < 7;
  const spec: CronSpec = {
    minutes: [...mins].sort((a, b) => a - b),
    hours: [...hrs].sort((a, b) => a - b),
    daysOfMonth: flags(doms, 32),
    months: flags(months, 13),
    daysOfWeek: flags(dows, 7),
    eitherDay: domRestricted && dowRestricted,
    everyHour: hrs.size === 24,
  };
  if (domRestricted && !dowRestricted && !firesInSomeMonth(spec)) {
    return { ok: false, error: "never fires: no selected month has any of the selected days" };
  }
  return { ok: true, spec };
}

function firesInSomeMonth(spec: CronSpec): boolean {
  for (let m = 1; m <= 12; m++) {
    if (!spec.months[m]) continue;
    for (let d = 1; d <= daysInMonth(2024, m); d++) if (spec.daysOfMonth[d]) return true; // 2024: Feb has 29
  }
  return false;
}

/**
 * Two wall-clock times of day (minutes after midnight) at which the rule fires less than `gap`
 * minutes apart, the closest such pair, or null; across midnight only when it fires on two days
 * running. Clock changes are left out: they move a fire at most twice a year.
 */
export function firesCloserThan(spec: CronSpec, gap: number): { from: number; to: number } | null {
  const times = spec.hours.flatMap((h) => spec.minutes.map((m) => h * 60 + m)); // ascending
  let closest: { from: number; to: number } | null = null;
  let shortest = gap;
  for (let i = 1; i < times.length; i++) {
    if (times[i] - times[i - 1] < shortest) {
      shortest = times[i] - times[i - 1];
      closest = { from: times[i - 1], to: times[i] };
    }
  }
  const overnight = 1440 - times[times.length - 1] + times[0];
  if (overnight < shortest && firesOnDaysRunning(spec)) closest = { from: times[times.length - 1], to: times[0] };
  return closest;
}

// 28 years hold every pairing of weekday and leap year (1970-1997 has seven leap years).
const CYCLE_DAYS = 28 * 366;

function firesOnDaysRunning(spec: CronSpec): boolean {
  for (let d = 0; d < CYCLE_DAYS; d++) if (dayMatches(spec, d) && dayMatches(spec, d + 1)) return true;
  return false;
}

function dayMatches(spec: CronSpec, days: number): boolean {
  const { month, day } = civilFromDays(days);
  if (!spec.months[month]) return false;
  const dow = (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  const dom = spec.daysOfMonth[day];
  const dw = spec.daysOfWeek[dow];
  return spec.eitherDay ? dom || dw : dom && dw;
}

/** Sorted, distinct fire instants (epoch minutes) of `spec` in `zone` within [lo, hi]. */
export function cronFires(spec: CronSpec, zone: string, lo: number, hi: number): Float64Array {
  const table: ZoneTable = zoneTable(zone, lo, hi);
  const firstDay = Math.floor((lo + table.minOffset) / 1440) - 1;
  const lastDay = Math.floor((hi + table.maxOffset) / 1440) + 1;
  let buf = new Float64Array(1024);
  let n = 0;
  const out = new Float64Array(2);
  const push = (u: number) => {
    if (u < lo || u > hi) return;
    if (n === buf.length) {
      const grown = new Float64Array(buf.length * 2);
      grown.set(buf);
      buf = grown;
    }
    buf[n++] = u;
  };
  for (let d = firstDay; d <= lastDay; d++) {
    if (!dayMatches(spec, d)) continue;
    for (const h of spec.hours) {
      for (const m of spec.minutes) {
        const count = resolveLocal(table, d * 1440 + h * 60 + m, out);
        if (count === 1) push(out[0]);
        else if (count === 2) {
          push(out[0]);
          if (spec.everyHour) push(out[1]);
        } else if (count === -1 && !spec.everyHour) push(out[0]);
      }
    }
  }
  // Clock changes can reorder or merge fires (a skipped time lands on the transition).
  const fires = buf.subarray(0, n).sort();
  let k = 0;
  for (let i = 0; i < n; i++) if (k === 0 || fires[i] !== fires[k - 1]) fires[k++] = fires[i];
  return fires.slice(0, k);
}
