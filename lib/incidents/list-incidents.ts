import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { getPlan } from "@/lib/plans/get-plan";

/**
 * A plan's incidents: the active ones first, then the past ones, each newest first, with its log's
 * length and how many of its corrective actions are still open.
 */
export async function listIncidents({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  await getPlan({ actor, planId });
  const incidents = await db.incident.findMany({
    where: { orgId: actor.orgId, planId },
    orderBy: [{ status: "asc" }, { declaredAt: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      scenarioName: true,
      status: true,
      declaredAt: true,
      declaredByName: true,
      stoodDownAt: true,
      _count: { select: { entries: true, findings: { where: { status: { not: "closed" } } } } },
    },
  });
  return incidents.map(({ _count, ...incident }) => ({ ...incident, entryCount: _count.entries, openActionCount: _count.findings }));
}

/** The plan's active incidents, for the banner on its overview. */
export async function listActiveIncidents({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  return db.incident.findMany({
    where: { orgId: actor.orgId, planId, status: "active" },
    orderBy: { declaredAt: "desc" },
    select: { id: true, title: true, declaredAt: true },
  });
}
