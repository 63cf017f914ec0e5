/**
 * A time axis in whole, familiar steps (15 min, 1 h, 6 h, 1 day…) for a chart of `span` minutes:
 * readers compare bars with ticks, so "2 h" and "4 h" read at a glance where "1 h 20 min" and
 * "2 h 39 min" (a span cut in equal quarters) do not. Pure.
 */
const STEPS_MINUTES = [1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 480, 720, 1440, 2880, 4320, 10080, 20160, 43200];

export type TimeAxis = { end: number; ticks: number[] };

export function timeAxis({ span, maxTicks = 8 }: { span: number; maxTicks?: number }): TimeAxis {
  const length = Math.max(span, 1);
  const intervals = Math.max(maxTicks - 1, 1);
  const largest = STEPS_MINUTES[STEPS_MINUTES.length - 1];
  const step = STEPS_MINUTES.find((s) => length / s <= intervals) ?? Math.ceil(length / intervals / largest) * largest;
  const end = Math.ceil(length / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= end; t += step) ticks.push(t);
  return { end, ticks };
}
