/** Capacity per scenario and host: RAM needed vs available, and what does not fit. Pure. */
import type { Assessment } from "@/lib/engine";

export type CapacityRow = {
  scenario: string;
  host: string;
  demandMiB: number;
  availableMiB: number;
  /** demand / available in percent; null for a lost host (nothing available). */
  usedPercent: number | null;
  unplaced: string[];
  over: boolean;
};

export function capacityRows(assessment: Assessment): CapacityRow[] {
  return assessment.scenarios.flatMap((scenario) =>
    scenario.hosts
      .filter((h) => h.demandMiB > 0 || h.unplaced.length > 0)
      .map((h) => ({
        scenario: scenario.id,
        host: h.id,
        demandMiB: h.demandMiB,
        availableMiB: h.availableMiB,
        usedPercent: h.availableMiB > 0 ? Math.round((h.demandMiB / h.availableMiB) * 100) : null,
        unplaced: h.unplaced,
        over: h.demandMiB > h.availableMiB || h.unplaced.length > 0,
      })),
  );
}
