import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

export async function listPlans({ actor, status }: { actor: Actor; status: "active" | "archived" }) {
  authorize(actor, "plan:read");
  return db.plan.findMany({
    where: { orgId: actor.orgId, status },
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, description: true, status: true, updatedAt: true, archivedAt: true, contentRevision: true, reviewCadenceDays: true,
    },
  });
}
