import "server-only";
import { can } from "@/lib/auth/permissions";
import { getSetup } from "@/lib/recovery/setup/get-setup";
import { loadPlan } from "../../load-plan";

/** The plan, the actor, whether they may edit, and the setup lists: what every setup page needs. */
export async function loadSetup(planId: string) {
  const { actor, plan } = await loadPlan(planId);
  const setup = await getSetup({ actor, planId: plan.id });
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  return { actor, plan, setup, canEdit, now: new Date().toISOString() };
}
