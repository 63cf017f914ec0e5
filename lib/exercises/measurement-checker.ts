import "server-only";
import type { Actor } from "@/lib/auth/context";
import { loadSystemTargets } from "@/lib/priorities/load-system-targets";
import type { EffectiveTargets } from "@/lib/priorities/effective-targets";
import { judgeMeasurement, type Measured, type RecordedTargets, type SystemTargets, type Verdict } from "@/lib/exercises/target-check";

/** A system's effective targets as the checks take them: minutes, null for none. */
export function targetMinutes(targets: EffectiveTargets | undefined): SystemTargets {
  return { rtoMinutes: targets?.rto?.minutes ?? null, rpoMinutes: targets?.rpo?.minutes ?? null };
}

/**
 * Judges measured restores against the targets recorded with them and against their systems'
 * targets today, given a plan's targets by system id (decision 45).
 */
export function judgeOf(targets: ReadonlyMap<string, EffectiveTargets>) {
  return (m: Measured & RecordedTargets & { systemId: string }): Verdict => judgeMeasurement(m, targetMinutes(targets.get(m.systemId)));
}

/**
 * Judges a plan's measured restores, today's targets being the ones the system and recovery pages
 * show (read once for the whole plan; the caller has authorised).
 */
export async function measurementJudge({ actor, planId }: { actor: Pick<Actor, "orgId">; planId: string }) {
  return judgeOf(await loadSystemTargets({ actor, planId }));
}
