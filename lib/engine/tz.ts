// Time-zone offsets from the built-in Intl data, turned into a small table of
// constant-offset segments. Intl is slow (microseconds per call), so it is asked
// only while building the table: a sample every 6 hours, then a bisection to the
// minute where the offset changes. Cron expansion then maps local wall times to
// instants with plain arithmetic, so a year of hourly fires costs no Intl calls.

const SAMPLE_MINUTES = 360; // no zone changes its offset twice within 6 hours
// Extra coverage on each side of a request: policies ask for slightly different
// ranges (their lead-in before the window varies), and each miss rebuilds.
const MARGIN_MINUTES = 60 * 1440;
// A request this close to a table's range widens that table; one further off (a
// disaster instant centuries away) gets a table of its own, so that it costs the
// sampling of its own range, not of every year in between.
const NEAR_MINUTES = 366 * 1440;
const TABLES_PER_ZONE = 8;

export interface ZoneTable {
  /** Segment i holds from starts[i] (epoch minutes; starts[0] is -Infinity) up to starts[i + 1]. */
  readonly starts: number[];
  /** Local time minus UTC, in minutes, during segment i. */
  readonly offsets: number[];
  readonly minOffset: number;
  readonly maxOffset: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
type Cached = { lo: number; hi: number; table: ZoneTable };
const tables = new Map<string, Cached[]>();
const UTC_TABLE: ZoneTable = { starts: [-Infinity], offsets: [0], minOffset: 0, maxOffset: 0 };

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when Intl knows the zone (an IANA name such as "Europe/Paris", or "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  if (zone === "UTC") return true;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** Offset (local minus UTC, minutes) of a zone at an instant given in epoch minutes. */
export function offsetAt(zone: string, epochMinutes: number): number {
  if (zone === "UTC") return 0;
  const ms = Math.floor(epochMinutes) * 60_000;
  const parts: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((local - ms) / 1000) / 60;
}

function build(zone: string, lo: number, hi: number): ZoneTable {
  const starts: number[] = [-Infinity];
  const offsets: number[] = [];
  let t = Math.floor(lo / SAMPLE_MINUTES) * SAMPLE_MINUTES;
  let prev = offsetAt(zone, t);
  offsets.push(prev);
  for (t += SAMPLE_MINUTES; t <= hi + SAMPLE_MINUTES; t += SAMPLE_MINUTES) {
    const cur = offsetAt(zone, t);
    if (cur === prev) continue;
    // First minute in (t - SAMPLE, t] that already has the new offset.
    let a = t - SAMPLE_MINUTES;
    let b = t;
    while (b - a > 1) {
      const mid = Math.floor((a + b) / 2);
      if (offsetAt(zone, mid) === prev) a = mid;
      else b = mid;
    }
    starts.push(b);
    offsets.push(cur);
    prev = cur;
  }
  return { starts, offsets, minOffset: Math.min(...offsets), maxOffset: Math.max(...offsets) };
}

/** Offset table of `zone` valid at least over [lo, hi] (epoch minutes); cached per zone and range. */
export function zoneTable(zone: string, lo: number, hi: number): ZoneTable {
  if (zone === "UTC") return UTC_TABLE;
  const cached = tables.get(zone) ?? [];
  const covering = cached.find((c) => c.lo <= lo && c.hi >= hi);
  if (covering) return covering.table;
  const near = cached.find((c) => c.lo - NEAR_MINUTES <= hi && lo <= c.hi + NEAR_MINUTES);
  const from = Math.min(lo, near?.lo ?? lo) - MARGIN_MINUTES;
  const to = Math.max(hi, near?.hi ?? hi) + MARGIN_MINUTES;
  const built = { lo: from, hi: to, table: build(zone, from, to) };
  tables.set(zone, [built, ...cached.filter((c) => c !== near)].slice(0, TABLES_PER_ZONE));
  return built.table;
}

/** Index of the segment holding instant `u`. */
export function segmentOf(table: ZoneTable, u: number): number {
  const { starts } = table;
  let a = 0;
  let b = starts.length - 1;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if (starts[mid] <= u) a = mid;
    else b = mid - 1;
  }
  return a;
}

/**
 * Maps a local wall time (minutes since 1970-01-01T00:00 local) to instants.
 * Writes them to `out` in ascending order and returns how many (1, or 2 in a
 * repeated hour). When the wall time is skipped by a clock change it returns
 * -1 and writes the first valid instant after the gap (the transition) to out[0].
 */
export function resolveLocal(table: ZoneTable, local: number, out: Float64Array): number {
  const { starts, offsets } = table;
  const n = starts.length;
  if (n === 1) {
    out[0] = local - offsets[0];
    return 1;
  }
  const k = segmentOf(table, local - offsets[segmentOf(table, local)]);
  const first = Math.max(0, k - 2);
  const last = Math.min(n - 1, k + 2);
  let count = 0;
  for (let i = first; i <= last; i++) {
    const u = local - offsets[i];
    if (u >= starts[i] && (i + 1 >= n || u < starts[i + 1])) out[count++] = u;
  }
  if (count > 0) return count;
  for (let i = Math.max(1, first); i <= last; i++) {
    if (local - offsets[i - 1] >= starts[i] && local - offsets[i] < starts[i]) {
      out[0] = starts[i];
      return -1;
    }
  }
  return 0; // unreachable for tables with at most one change per 6 hours
}
