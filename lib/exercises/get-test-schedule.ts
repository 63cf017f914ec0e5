import "server-only";
import { authorize, type Actor } from "@/lib/auth/context";
import { loadSchedule } from "@/lib/exercises/load-schedules";

/** The test schedule of a plan the caller has loaded through the plan scope. */
export async function getTestSchedule({ actor, plan, now }: { actor: Actor; plan: { id: string; testCadenceDays: number }; now: Date }) {
  authorize(actor, "plan:read");
  return loadSchedule({ orgId: actor.orgId, planId: plan.id, cadenceDays: plan.testCadenceDays }, now);
}
