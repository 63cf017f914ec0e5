import { EXERCISE_RESULT_LABELS, EXERCISE_TYPE_LABELS } from "@/lib/exercises/schemas";

export const typeLabel = (type: keyof typeof EXERCISE_TYPE_LABELS) => EXERCISE_TYPE_LABELS[type];
export const resultLabel = (result: keyof typeof EXERCISE_RESULT_LABELS) => EXERCISE_RESULT_LABELS[result];

export const RESULT_STYLES = {
  passed: "bg-green-100 text-green-900",
  passed_with_findings: "bg-amber-100 text-amber-900",
  failed: "bg-red-100 text-red-900",
} as const;
