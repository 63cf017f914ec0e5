import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

/** The plan's threats, the organisation's sites and the plan's hosts (by key) a scenario can link to. */
export async function listScenarioChoices({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  const [threats, sites, hosts] = await db.$transaction([
    db.threat.findMany({ where: { orgId: actor.orgId, planId }, orderBy: { title: "asc" }, select: { id: true, title: true } }),
    db.site.findMany({ where: { orgId: actor.orgId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.host.findMany({ where: { orgId: actor.orgId, planId }, orderBy: { key: "asc" }, select: { key: true, name: true } }),
  ]);
  return { threats, sites, hosts };
}
