import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

/**
 * An incident's corrective actions: the plan's findings that came from it (docs/decisions/0058),
 * open ones first, each in the order recorded, with its owner's name.
 */
export async function listCorrectiveActions({ actor, planId, incidentId }: { actor: Actor; planId: string; incidentId: string }) {
  authorize(actor, "plan:read");
  return db.finding.findMany({
    where: { orgId: actor.orgId, planId, incidentId },
    include: { owner: { select: { name: true } } },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
}
