// The bounds a shared server puts on a model before assessing it (decision 41). The contract
// allows any interval above 0, any window, lag and look-back; the engine's work grows with the
// points a schedule makes in the window and with how far before it schedules are expanded, and
// the app runs the engine on a request's thread, where one member's every-minute what-if stalled
// every other request. parseModel applies these when asked ({ bounded: true }); the app's forms
// refuse the same values at their fields.
import { parseInstant } from "./instant";
import type { ModelIssue } from "./issues";
import { MAX_DELAY_MINUTES, MAX_LOOKBACK_DAYS, tooFrequent } from "./schedule";

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v : []).filter(isRec);

function scheduleIssue(path: string, schedule: unknown): ModelIssue | null {
  if (!isRec(schedule)) return null;
  const { cron, everyMinutes } = schedule;
  const problem = typeof cron === "string" ? tooFrequent({ cron }) : typeof everyMinutes === "number" && everyMinutes > 0 ? tooFrequent({ everyMinutes }) : null;
  return problem ? { path: `${path}.${typeof cron === "string" ? "cron" : "everyMinutes"}`, message: problem } : null;
}

function delayIssue(path: string, minutes: unknown): ModelIssue | null {
  return typeof minutes === "number" && minutes > MAX_DELAY_MINUTES ? { path, message: `must be ≤ ${MAX_DELAY_MINUTES}` } : null;
}

/**
 * What a model holds beyond the server's bounds, each at its field path; empty when within them.
 * Read from the raw input, as checks.ts reads references, so a model with other problems still
 * gets these in the same round.
 */
export function boundIssues(input: unknown): ModelIssue[] {
  if (!isRec(input)) return [];
  const issues: (ModelIssue | null)[] = [];
  list(input.backupPolicies).forEach((policy, i) => {
    issues.push(scheduleIssue(`backupPolicies[${i}].schedule`, policy.schedule), delayIssue(`backupPolicies[${i}].windowMinutes`, policy.windowMinutes));
    list(policy.copies).forEach((copy, j) => {
      const path = `backupPolicies[${i}].copies[${j}]`;
      issues.push(scheduleIssue(`${path}.schedule`, copy.schedule), delayIssue(`${path}.lagMinutes`, copy.lagMinutes));
    });
  });
  list(input.scenarios).forEach((scenario, k) => {
    const at = typeof scenario.at === "string" ? parseInstant(scenario.at) : null;
    const clean = typeof scenario.cleanBefore === "string" ? parseInstant(scenario.cleanBefore) : null;
    if (at !== null && clean !== null && at - clean > MAX_LOOKBACK_DAYS * 1440)
      issues.push({ path: `scenarios[${k}].cleanBefore`, message: `must be at most ${MAX_LOOKBACK_DAYS} days before at (the attack)` });
  });
  return issues.filter((issue): issue is ModelIssue => issue !== null);
}
