import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

/** What a test can be scoped to: this plan's functions, systems and scenarios; the org's people. */
export async function getExerciseOptions({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  const inPlan = { orgId: actor.orgId, planId };
  const select = { id: true, name: true } as const;
  const [functions, systems, scenarios, people] = await Promise.all([
    db.businessFunction.findMany({ where: inPlan, select, orderBy: { name: "asc" } }),
    db.system.findMany({ where: inPlan, select, orderBy: { name: "asc" } }),
    db.scenario.findMany({ where: inPlan, select, orderBy: { name: "asc" } }),
    db.person.findMany({ where: { orgId: actor.orgId }, select, orderBy: { name: "asc" } }),
  ]);
  return { functions, systems, scenarios, people };
}

export type ExerciseOptions = Awaited<ReturnType<typeof getExerciseOptions>>;
