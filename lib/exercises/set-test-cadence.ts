import "server-only";
import { authorize, type Actor } from "@/lib/auth/context";
import { parseInput } from "@/lib/validation";
import { setTestCadenceSchema, TEST_CADENCE_LABEL } from "@/lib/exercises/schemas";
import { setPlanCadence } from "@/lib/plans/set-plan-cadence";

/** Sets how often a plan must be tested (lib/plans/set-plan-cadence.ts says how). */
export async function setTestCadence({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, testCadenceDays, version } = parseInput(setTestCadenceSchema, input);
  const saved = await setPlanCadence(actor, {
    planId,
    field: "testCadenceDays",
    days: testCadenceDays,
    version,
    label: TEST_CADENCE_LABEL,
    action: "plan.test_cadence_changed",
  });
  return { testCadenceDays: saved.days, version: saved.version, changed: saved.changed };
}
