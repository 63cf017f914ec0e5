import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";

export async function getScenario({ actor, planId, scenarioId }: { actor: Actor; planId: string; scenarioId: string }) {
  authorize(actor, "plan:read");
  const scenario = await db.scenario.findFirst({
    where: { id: scenarioId, planId, orgId: actor.orgId },
    include: { lostSites: { select: { id: true, name: true } }, threats: { select: { id: true, title: true } } },
  });
  if (!scenario) throw notFound("The scenario");
  return scenario;
}
