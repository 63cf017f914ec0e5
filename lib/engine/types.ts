// The assessment: the engine's output, as recovery-model.md "Output" fixes it.
// All durations are minutes; times in `rto` are minutes after the disaster.

export type AgeStatus = "compliant" | "exceeded" | "severe" | "critical" | "no-evidence" | "no-target";
export type TargetStatus = "met" | "breached" | "no-target" | "not-affected";

export interface SystemAge {
  id: string;
  currentAge: { minutes: number | null; status: AgeStatus };
}

export interface RpoResult {
  /** Supremum over the window of the age of the newest usable point; null when unbounded. */
  worstCaseMinutes: number | null;
  /** Age of the newest usable point at the disaster instant (scenarios with `at`). */
  atDisasterMinutes: number | null;
  target: number | null;
  status: TargetStatus;
  /** The location the system restores from: its surviving path with the smallest worst case. */
  location: string | null;
}

export interface RtoResult {
  /** Ready time minus the disaster instant; null when unbounded (no path, unplaced, or blocked). */
  achievableMinutes: number | null;
  target: number | null;
  status: TargetStatus;
  restoreStart: number | null;
  transferEnd: number | null;
  ready: number | null;
  /** The recovery host in this scenario (where it runs when not affected). */
  host: string | null;
  source: "estimate" | "test" | null;
}

export interface ScenarioSystem {
  id: string;
  affected: boolean;
  rpo: RpoResult;
  rto: RtoResult;
}

export interface HostLoad {
  id: string;
  demandMiB: number;
  availableMiB: number;
  unplaced: string[];
}

export interface GroupResult {
  id: string;
  skewMinutes: number | null;
  consistent: boolean | null;
  rpoAtDisasterMinutes: number | null;
}

export interface ProcessResult {
  id: string;
  rtoMinutes: number | null;
  mtdOk: boolean | null;
  slackMinutes: number | null;
}

export interface ScenarioResult {
  id: string;
  systems: ScenarioSystem[];
  hosts: HostLoad[];
  consistencyGroups: GroupResult[];
  processes: ProcessResult[];
}

export type FindingCode =
  | "RPO_BREACHED"
  | "RTO_BREACHED"
  | "NO_RECOVERY_PATH"
  | "UNPLACED"
  | "MTD_EXCEEDED"
  | "GROUP_INCONSISTENT"
  | "AGE_EXCEEDED"
  | "NO_EVIDENCE"
  | "STALE_TEST"
  | "NO_TARGET";

export interface Finding {
  severity: "error" | "warning";
  code: FindingCode;
  scenario?: string;
  system?: string;
  process?: string;
  group?: string;
  host?: string;
  /** What is wrong and what would fix it, in words a committee member understands. */
  message: string;
}

export interface Assessment {
  version: 1;
  assessedAt: string;
  systems: SystemAge[];
  scenarios: ScenarioResult[];
  findings: Finding[];
}
