import { formatDuration } from "@/lib/bia/durations";

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
