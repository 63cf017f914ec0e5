import { formatDuration } from "@/lib/durations";

export type TargetFlag = { code: "rto_not_below_mtd" | "rto_wrt_exceed_mtd"; message: string };

/**
 * The soundness checks on a function's targets (NIST SP 800-34: the RTO must be shorter than the
 * MTD, and the systems' RTO plus the work recovery time must fit in it). RTO ≥ MTD is the
 * stronger finding and replaces the RTO + WRT one. RPO is not part of the MTD.
 */
export function checkTargets({
  mtdMinutes,
  rtoMinutes,
  wrtMinutes,
}: {
  mtdMinutes: number | null;
  rtoMinutes: number | null;
  wrtMinutes: number | null;
}): TargetFlag[] {
  if (mtdMinutes === null || rtoMinutes === null) return [];
  if (rtoMinutes >= mtdMinutes) {
    return [
      {
        code: "rto_not_below_mtd",
        message: `The RTO (${formatDuration(rtoMinutes)}) is not shorter than the MTD (${formatDuration(mtdMinutes)}).`,
      },
    ];
  }
  const wrt = wrtMinutes ?? 0;
  if (rtoMinutes + wrt > mtdMinutes) {
    return [
      {
        code: "rto_wrt_exceed_mtd",
        message: `RTO + WRT (${formatDuration(rtoMinutes + wrt)}) exceeds the MTD (${formatDuration(mtdMinutes)}).`,
      },
    ];
  }
  return [];
}

const TARGET_NAMES = [
  ["mtdMinutes", "MTD"],
  ["rtoMinutes", "RTO"],
  ["rpoMinutes", "RPO"],
  ["wrtMinutes", "WRT"],
] as const;

type Targets = Record<(typeof TARGET_NAMES)[number][0], number | null>;

/**
 * What a function's list row says beside its flags: every target not yet set ("RPO not set"), or
 * "Targets not set" when none is. "OK" is only for a function with all four set and no flag, so a
 * missing RPO or WRT never reads as a passed check.
 */
export function targetGaps(targets: Targets): string[] {
  const missing = TARGET_NAMES.filter(([field]) => targets[field] === null).map(([, name]) => `${name} not set`);
  return missing.length === TARGET_NAMES.length ? ["Targets not set"] : missing;
}
