import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

/** The plans a new plan can start from: the organisation's active plans, by name as a reader orders names (the column's collation, decision 88). */
export async function listCopySources({ actor }: { actor: Actor }): Promise<{ id: string; name: string }[]> {
  authorize(actor, "plan:create");
  return db.plan.findMany({ where: { orgId: actor.orgId, status: "active" }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
