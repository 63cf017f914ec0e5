import "server-only";
import type { Actor } from "@/lib/auth/context";
import { loadSystemTargets } from "@/lib/priorities/load-system-targets";
import type { EffectiveTargets } from "@/lib/priorities/effective-targets";
import { checkMeasurement, type Measured, type MeasurementCheck } from "@/lib/exercises/target-check";

/** Holds measured restores against their systems' targets, given a plan's targets by system id. */
export function checkerOf(targets: ReadonlyMap<string, EffectiveTargets>) {
  return (m: Measured & { systemId: string }): MeasurementCheck => {
    const t = targets.get(m.systemId);
    return checkMeasurement(m, { rtoMinutes: t?.rto?.minutes ?? null, rpoMinutes: t?.rpo?.minutes ?? null });
  };
}

/**
 * Holds a plan's measured restores against their systems' targets as they are today, the targets
 * the system and recovery pages show (read once for the whole plan; the caller has authorised).
 */
export async function measurementChecker({ actor, planId }: { actor: Pick<Actor, "orgId">; planId: string }) {
  return checkerOf(await loadSystemTargets({ actor, planId }));
}
