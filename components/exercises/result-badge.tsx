import { EXERCISE_RESULT_LABELS, type EXERCISE_RESULTS } from "@/lib/exercises/schemas";

const RESULT_STYLES = {
  passed: "bg-green-100 text-green-900",
  passed_with_findings: "bg-amber-100 text-amber-900",
  failed: "bg-red-100 text-red-900",
} as const;

/**
 * A test's result as recorded; with its flag ("Passed, but 1 measured restore missed its target")
 * in its place when its restores missed targets, so a green "Passed" never stands over a miss.
 */
export function ResultBadge({ result, flag }: { result: (typeof EXERCISE_RESULTS)[number]; flag: string | null }) {
  if (flag) return <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-950">{flag}</span>;
  return <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${RESULT_STYLES[result]}`}>{EXERCISE_RESULT_LABELS[result]}</span>;
}
