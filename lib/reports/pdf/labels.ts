/**
 * The words the web pages use for the codes a snapshot stores (a scenario's kind, a committee
 * role, a finding's code), so the signed report reads as the app does. A code with no word yet
 * (a snapshot older than a new value, say) is shown as stored.
 */
import { SCENARIO_KIND_LABELS, THREAT_CATEGORY_LABELS } from "@/lib/risks/schemas";
import { COMMITTEE_ROLE_LABELS } from "@/lib/committee/schemas";
import { EXERCISE_RESULT_LABELS, EXERCISE_TYPE_LABELS } from "@/lib/exercises/schemas";
import { SEVERITY_LABELS, STATUS_LABELS } from "@/lib/findings/schemas";
import { AGE_BANDS } from "@/lib/recovery/dashboard/ages";

const word = (labels: Record<string, string>) => (code: string) => labels[code] ?? code;

export const scenarioKind = word(SCENARIO_KIND_LABELS);
export const committeeRole = word(COMMITTEE_ROLE_LABELS);
export const threatCategory = word(THREAT_CATEGORY_LABELS);
export const exerciseType = word(EXERCISE_TYPE_LABELS);
export const exerciseResult = word(EXERCISE_RESULT_LABELS);
export const findingSeverity = word(SEVERITY_LABELS);
export const findingStatus = word(STATUS_LABELS);
export const ageStatus = word(Object.fromEntries(AGE_BANDS.map((b) => [b.status, b.label])));

/** The engine's finding codes (docs: the recovery model's contract) in a few words each. */
export const findingCode = word({
  RPO_BREACHED: "RPO breached",
  RTO_BREACHED: "RTO breached",
  NO_RECOVERY_PATH: "No copy to restore from",
  UNPLACED: "No host to restore to",
  MTD_EXCEEDED: "MTD exceeded",
  GROUP_INCONSISTENT: "Consistency group out of step",
  AGE_EXCEEDED: "Restore point too old",
  NO_EVIDENCE: "No restore point recorded",
  STALE_TEST: "Restore test out of date",
  NO_TARGET: "No target set",
});
