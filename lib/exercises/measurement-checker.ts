import "server-only";
import type { Actor } from "@/lib/auth/context";
import { loadSystemTargets } from "@/lib/priorities/load-system-targets";
import { checkMeasurement, type Measured, type MeasurementCheck } from "@/lib/exercises/target-check";

/**
 * Holds a plan's measured restores against their systems' targets as they are today, the targets
 * the system and recovery pages show (read once for the whole plan; the caller has authorised).
 */
export async function measurementChecker({ actor, planId }: { actor: Pick<Actor, "orgId">; planId: string }) {
  const targets = await loadSystemTargets({ actor, planId });
  return (m: Measured & { systemId: string }): MeasurementCheck => {
    const t = targets.get(m.systemId);
    return checkMeasurement(m, { rtoMinutes: t?.rto?.minutes ?? null, rpoMinutes: t?.rpo?.minutes ?? null });
  };
}
