// Public API of the recovery-planning engine. Pure: no file system, no clock.
import { parse as parseYaml } from "yaml";
import { assess, type AssessOptions } from "./assess";
import { parseModel, type ParseResult } from "./schema";
import type { Assessment } from "./types";
import type { ModelIssue } from "./issues";

export { assess, type AssessOptions } from "./assess";
export type { ModelNames } from "./compile";
export { parseModel } from "./schema";
export type {
  RecoveryModel,
  RecoveryModelInput,
  ParseResult,
  Location,
  Host,
  System,
  BackupPolicy,
  Copy,
  Replica,
  RestorePoint,
  RestoreTest,
  ConsistencyGroup,
  Process,
  Scenario,
  ScenarioKind,
} from "./schema";
export type * from "./types";
export type { ModelIssue } from "./issues";
export { formatIssue } from "./issues";
export { formatAssessment, countBreaches } from "./format";
export { nextRuns, tooFrequent, MIN_INTERVAL_MINUTES, MAX_DELAY_MINUTES, MAX_LOOKBACK_DAYS, type Schedule } from "./schedule";
export { formatDuration } from "./words";
export { aloneTransferMinutes } from "./rto";

/**
 * Parses model text: JSON, or YAML (a superset, so JSON also parses as YAML).
 * The file name only chooses the parser for better syntax messages.
 */
export function parseModelText(text: string, fileName?: string): ParseResult {
  const json = fileName ? /\.json$/i.test(fileName) : /^\s*[{[]/.test(text);
  let data: unknown;
  try {
    data = json ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, issues: [{ path: "", message: `not valid ${json ? "JSON" : "YAML"}: ${reason}` }] };
  }
  return parseModel(data);
}

/** Validates then assesses; the issues when the model is invalid. */
export function assessModel(input: unknown, options?: AssessOptions): { ok: true; assessment: Assessment } | { ok: false; issues: ModelIssue[] } {
  const parsed = parseModel(input);
  return parsed.ok ? { ok: true, assessment: assess(parsed.model, options) } : parsed;
}
