// A schedule is either a cron rule in a time zone or a fixed period from an
// anchor. Both reduce to "the sorted fire instants within [lo, hi]".
import { parseCron, cronFires, firesCloserThan, type CronSpec } from "./cron";
import { formatInstant, parseInstant } from "./instant";
import { isValidTimeZone, offsetAt } from "./tz";

export type Schedule = { cron: string; timezone: string } | { everyMinutes: number; anchor: string };

/** A schedule with its cron parsed and its anchor converted, ready to expand. */
export type CompiledSchedule =
  | { kind: "cron"; spec: CronSpec; zone: string }
  | { kind: "every"; every: number; anchor: number };

export function compileSchedule(schedule: Schedule): CompiledSchedule {
  if ("cron" in schedule) {
    const parsed = parseCron(schedule.cron);
    if (!parsed.ok) throw new Error(`cron "${schedule.cron}": ${parsed.error}`);
    if (!isValidTimeZone(schedule.timezone)) throw new Error(`unknown time zone "${schedule.timezone}"`);
    return { kind: "cron", spec: parsed.spec, zone: schedule.timezone };
  }
  const anchor = parseInstant(schedule.anchor);
  if (anchor === null) throw new Error(`anchor "${schedule.anchor}" is not an instant with an offset`);
  if (!(schedule.everyMinutes > 0)) throw new Error("everyMinutes must be > 0");
  return { kind: "every", every: schedule.everyMinutes, anchor };
}

/**
 * The shortest interval a schedule may have. More often than every 5 minutes is continuous
 * protection, which the model holds as a replica (its worst case is its lag); and the RPO sweep
 * visits every point a schedule makes, so one field must not be able to ask for hundreds of
 * thousands a year (docs/decisions/0041).
 */
export const MIN_INTERVAL_MINUTES = 5;

/**
 * The longest backup window or copy lag (a week). Each schedule is expanded from that far before
 * the window (a point must have landed by its start), so a window of a century would ask for a
 * century of points, and of the time zone's clock changes (docs/decisions/0041).
 */
export const MAX_DELAY_MINUTES = 10080;

/**
 * The longest a ransomware scenario may look back, from the attack to the last instant known
 * clean: every schedule is expanded that much further back, for every instant of the window.
 */
export const MAX_LOOKBACK_DAYS = 366;

const clock = (minuteOfDay: number) => `${String(Math.floor(minuteOfDay / 60)).padStart(2, "0")}:${String(minuteOfDay % 60).padStart(2, "0")}`;

/**
 * Why a schedule runs too often to be assessed, or null: an interval under MIN_INTERVAL_MINUTES,
 * or a cron rule that fires twice within it somewhere in the day (read in local time). A cron rule
 * that does not parse is left to its own message.
 */
export function tooFrequent(schedule: { cron: string } | { everyMinutes: number }): string | null {
  const why = "model continuous protection as a replica";
  if ("everyMinutes" in schedule) {
    return schedule.everyMinutes < MIN_INTERVAL_MINUTES ? `runs more often than every ${MIN_INTERVAL_MINUTES} minutes (every ${Number(schedule.everyMinutes.toPrecision(6))} min); ${why}` : null;
  }
  const parsed = parseCron(schedule.cron);
  const pair = parsed.ok ? firesCloserThan(parsed.spec, MIN_INTERVAL_MINUTES) : null;
  return pair ? `runs more often than every ${MIN_INTERVAL_MINUTES} minutes (at ${clock(pair.from)} and ${clock(pair.to)}); ${why}` : null;
}

/** Sorted, distinct fire instants (epoch minutes) within [lo, hi]. */
export function firesBetween(s: CompiledSchedule, lo: number, hi: number): Float64Array {
  if (s.kind === "cron") return cronFires(s.spec, s.zone, lo, hi);
  // anchor + k * every for every integer k, before the anchor too: closed form.
  const first = Math.ceil((lo - s.anchor) / s.every);
  const last = Math.floor((hi - s.anchor) / s.every);
  const out = new Float64Array(Math.max(0, last - first + 1));
  for (let k = first; k <= last; k++) out[k - first] = s.anchor + k * s.every;
  return out;
}

/** Largest gap between consecutive fires (0 with fewer than two fires). */
export function largestGap(fires: Float64Array): number {
  let gap = 0;
  for (let i = 1; i < fires.length; i++) gap = Math.max(gap, fires[i] - fires[i - 1]);
  return gap;
}

const NEXT_RUNS_HORIZON_DAYS = 10 * 366;

/**
 * The next `count` fire instants strictly after `after`, as ISO-8601 strings at
 * the schedule's own offset at each instant (so "23:00-04:00" shows the local
 * time and still names the instant). Throws on an invalid schedule. A rule that
 * fires less than `count` times in ten years returns what it finds.
 */
export function nextRuns(options: { schedule: Schedule; after: string | Date; count: number }): string[] {
  const s = compileSchedule(options.schedule);
  const after =
    typeof options.after === "string" ? parseInstant(options.after) : options.after.getTime() / 60_000;
  if (after === null || Number.isNaN(after)) throw new Error(`"${String(options.after)}" is not an instant with an offset`);
  const count = Math.max(0, Math.floor(options.count));
  const found: number[] = [];
  let from = after;
  let span = 8 * 1440;
  while (found.length < count && from - after < NEXT_RUNS_HORIZON_DAYS * 1440) {
    for (const f of firesBetween(s, from, from + span)) {
      if (f > after && (found.length === 0 || f > found[found.length - 1])) found.push(f);
      if (found.length === count) break;
    }
    from += span;
    span *= 2;
  }
  return found.map((f) => formatInstant(f, s.kind === "cron" ? offsetAt(s.zone, f) : 0));
}
