import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { sortByName } from "@/lib/by-name";

/** The plans a new plan can start from: the organisation's active plans, by name (sortByName). */
export async function listCopySources({ actor }: { actor: Actor }): Promise<{ id: string; name: string }[]> {
  authorize(actor, "plan:create");
  const plans = await db.plan.findMany({ where: { orgId: actor.orgId, status: "active" }, orderBy: { id: "asc" }, select: { id: true, name: true } });
  return sortByName(plans, (plan) => plan.name);
}
