/**
 * Schedule presets: the common cases as a few choices, each written as a cron rule read in the
 * plan's time zone. Pure, shared by the schedule picker and its tests.
 */
import { formatDuration } from "@/lib/durations";

export type Preset =
  | { kind: "nightly"; time: string }
  | { kind: "hours"; hours: number }
  | { kind: "weekly"; day: number; time: string }
  | { kind: "custom"; cron: string }
  | { kind: "interval"; everyMinutes: string; anchor: string };

export const HOUR_STEPS = [1, 2, 3, 4, 6, 8, 12] as const;
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** "23:05" as hours and minutes; null for a time left blank or half typed, which must not become midnight. */
export function hhmm(time: string): { h: number; m: number } | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match) return null;
  const [h, m] = [Number(match[1]), Number(match[2])];
  return h < 24 && m < 60 ? { h, m } : null;
}

/** The preset's cron rule; "" (no rule, which a save refuses) when its time of day is unreadable. */
export function presetCron(preset: Preset): string | null {
  switch (preset.kind) {
    case "nightly": {
      const time = hhmm(preset.time);
      return time ? `${time.m} ${time.h} * * *` : "";
    }
    case "hours":
      return preset.hours === 1 ? "0 * * * *" : `0 */${preset.hours} * * *`;
    case "weekly": {
      const time = hhmm(preset.time);
      return time ? `${time.m} ${time.h} * * ${preset.day}` : "";
    }
    case "custom":
      return preset.cron;
    case "interval":
      return null;
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Recognises a stored schedule as a preset, so editing opens on the choice that made it. */
export function presetOf(schedule: { cron: string | null; everyMinutes: number | null; anchor: string | null }): Preset {
  if (!schedule.cron) return { kind: "interval", everyMinutes: schedule.everyMinutes ? String(schedule.everyMinutes) : "", anchor: schedule.anchor ?? "" };
  const fields = schedule.cron.trim().split(/\s+/);
  const [m, h, dom, mon, dow] = fields;
  const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : NaN);
  if (fields.length === 5 && dom === "*" && mon === "*") {
    const time = `${pad(num(h))}:${pad(num(m))}`;
    if (dow === "*" && num(m) < 60 && num(h) < 24) return { kind: "nightly", time };
    if (num(dow) <= 6 && num(m) < 60 && num(h) < 24) return { kind: "weekly", day: num(dow), time };
    const step = /^\*\/(\d+)$/.exec(h);
    if (m === "0" && dow === "*" && (h === "*" || (step && (HOUR_STEPS as readonly number[]).includes(Number(step[1]))))) {
      return { kind: "hours", hours: h === "*" ? 1 : Number(step![1]) };
    }
  }
  return { kind: "custom", cron: schedule.cron };
}

/** "2026-11-25T23:00:00+00:00" → "Wed 25 Nov 2026, 23:00 (UTC+00:00)", without the runtime's locale data. */
export function formatRun(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}).*?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, mo, d, h, mi, off] = match;
  const weekday = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay();
  const month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(mo) - 1];
  return `${WEEKDAYS[weekday].slice(0, 3)} ${Number(d)} ${month} ${y}, ${h}:${mi} (UTC${off === "Z" ? "+00:00" : off})`;
}

/**
 * A schedule in words ("daily at 23:00 (Europe/London)", "Fridays at 17:00 (UTC)", every few hours
 * or an interval as durations read everywhere: "every 4 h (UTC)", "every 1 h 30 min"), with the
 * cron rule itself only when it is none of the presets.
 */
export function describeSchedule(schedule: { cron: string | null; timezone: string; everyMinutes: number | null; anchor: string | null }): string {
  const preset = presetOf(schedule);
  const zone = ` (${schedule.timezone})`;
  switch (preset.kind) {
    case "nightly":
      return `daily at ${preset.time}${zone}`;
    case "weekly":
      return `${WEEKDAYS[preset.day]}s at ${preset.time}${zone}`;
    case "hours":
      return `every ${formatDuration(preset.hours * 60)}${zone}`;
    case "custom":
      return `cron ${preset.cron}${zone}`;
    case "interval":
      return `every ${schedule.everyMinutes ? formatDuration(schedule.everyMinutes) : "?"}`;
  }
}
