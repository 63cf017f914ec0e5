import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";

export async function getThreat({ actor, planId, threatId }: { actor: Actor; planId: string; threatId: string }) {
  authorize(actor, "plan:read");
  const threat = await db.threat.findFirst({
    where: { id: threatId, planId, orgId: actor.orgId },
    include: { owner: { select: { id: true, name: true } }, scenarios: { select: { id: true, name: true }, orderBy: { name: "asc" } } },
  });
  if (!threat) throw notFound("The threat");
  return threat;
}
