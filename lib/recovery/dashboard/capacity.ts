/** Capacity per scenario and host: RAM needed vs available, and what does not fit. Pure. */
import type { Assessment } from "@/lib/engine";

export type CapacityRow = {
  scenario: string;
  host: string;
  demandMiB: number;
  availableMiB: number;
  /**
   * demand / available in percent; null for a lost host (nothing available). Above 100 exactly when
   * the host cannot take its systems: rounded to the nearest, a host a few MiB short read "100%".
   */
  usedPercent: number | null;
  unplaced: string[];
  over: boolean;
};

/** Up when over (100.2% reads 101%), down when not (99.9% reads 99%), so the share never hides which it is. */
function usedPercent(demand: number, available: number): number {
  const share = (demand / available) * 100;
  return demand > available ? Math.max(101, Math.ceil(share)) : Math.min(100, Math.floor(share));
}

export function capacityRows(assessment: Assessment): CapacityRow[] {
  return assessment.scenarios.flatMap((scenario) =>
    scenario.hosts
      .filter((h) => h.demandMiB > 0 || h.unplaced.length > 0)
      .map((h) => ({
        scenario: scenario.id,
        host: h.id,
        demandMiB: h.demandMiB,
        availableMiB: h.availableMiB,
        usedPercent: h.availableMiB > 0 ? usedPercent(h.demandMiB, h.availableMiB) : null,
        unplaced: h.unplaced,
        over: h.demandMiB > h.availableMiB || h.unplaced.length > 0,
      })),
  );
}
