import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

/**
 * A plan's findings that are not closed, most severe and soonest due first, each with the test or
 * the incident it came from.
 */
export async function listOpenFindings({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  const rows = await db.finding.findMany({
    where: { orgId: actor.orgId, planId, status: { not: "closed" } },
    select: {
      id: true,
      description: true,
      severity: true,
      status: true,
      dueOn: true,
      version: true,
      owner: { select: { name: true } },
      exercise: { select: { id: true, title: true } },
      incident: { select: { id: true, title: true } },
    },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
  });
  const rank = { critical: 0, high: 1, medium: 2, low: 3 } as const;
  return rows.sort((a, b) => rank[a.severity] - rank[b.severity]);
}
