import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

/** A plan's disaster scenarios (a handful per plan: the organisation's disaster levels). */
export async function listScenarios({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  return db.scenario.findMany({
    where: { orgId: actor.orgId, planId },
    orderBy: [{ name: "asc" }],
    include: {
      lostSites: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      threats: { select: { id: true, title: true }, orderBy: { title: "asc" } },
    },
  });
}
