import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { listPersonChoices } from "@/lib/people/list-person-choices";

/** What the declaration form offers: the plan's scenarios and the People register. */
export async function listDeclareChoices({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "incident:record");
  const [scenarios, people] = await Promise.all([
    db.scenario.findMany({ where: { orgId: actor.orgId, planId }, orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } }),
    listPersonChoices({ actor }),
  ]);
  return { scenarios, people };
}
