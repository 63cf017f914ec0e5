import { EXERCISE_RESULT_LABELS, EXERCISE_TYPE_LABELS } from "@/lib/exercises/schemas";

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** A calendar day as people read it ("22 Sep 2026"); days are stored as midnight UTC. */
export function formatDay(date: Date): string {
  return DAY.format(date);
}

/** A calendar day for a date input's value (YYYY-MM-DD). */
export function dayValue(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

export const typeLabel = (type: keyof typeof EXERCISE_TYPE_LABELS) => EXERCISE_TYPE_LABELS[type];
export const resultLabel = (result: keyof typeof EXERCISE_RESULT_LABELS) => EXERCISE_RESULT_LABELS[result];

export const RESULT_STYLES = {
  passed: "bg-green-100 text-green-900",
  passed_with_findings: "bg-amber-100 text-amber-900",
  failed: "bg-red-100 text-red-900",
} as const;
