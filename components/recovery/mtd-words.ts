/**
 * A function's MTD check and recovery time in the screen's words, for the readiness dashboard's
 * MTD table and the what-if's changes: a check the systems left out of the assessment leave open
 * is never shown as passed (lib/recovery/dashboard/mtd-gaps.ts).
 */
import { formatDuration } from "@/lib/engine";
import { mtdReading, type FunctionGaps } from "@/lib/recovery/dashboard/mtd-gaps";

type Check = { rtoMinutes: number | null; mtdOk: boolean | null };

/** "within MTD", "MTD exceeded", "no MTD set", "not known: PBX not assessed (no host)"… */
export function mtdCheckWords(r: Check, gaps: FunctionGaps): string {
  const { state, words } = mtdReading(r, gaps);
  if (state === "exceeded") return "MTD exceeded";
  if (state === "no-mtd") return "no MTD set";
  if (state === "met") return words ? `within MTD ${words}` : "within MTD";
  return words!;
}

/** "never", "3 h", "at least 3 h" when systems not assessed may take longer, "not known" or "—" (nothing of ours to restore). */
export function backAfterWords(r: Check, gaps: FunctionGaps): string {
  const { state, time } = mtdReading(r, gaps);
  if (r.rtoMinutes === null) return "never";
  if (time === "none") return state === "provider" ? "—" : "not known";
  return time === "at least" ? `at least ${formatDuration(r.rtoMinutes)}` : formatDuration(r.rtoMinutes);
}

/** One side of a what-if change: "8 h: within MTD", "never: MTD exceeded". */
export function mtdChangeWords(check: Check, gaps: FunctionGaps): string {
  return `${backAfterWords(check, gaps)}: ${mtdCheckWords(check, gaps)}`;
}

/** Whether the slack is shown: not while the check is left open. */
export function slackShown(r: Check, gaps: FunctionGaps): boolean {
  return mtdReading(r, gaps).slack;
}
