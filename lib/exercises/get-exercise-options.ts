import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

/**
 * What a test can be scoped to: this plan's functions, systems and scenarios; the org's people;
 * and the backup locations a measured restore can come from.
 */
export async function getExerciseOptions({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  const inPlan = { orgId: actor.orgId, planId };
  const select = { id: true, name: true } as const;
  const [functions, systems, scenarios, people, locations] = await Promise.all([
    db.businessFunction.findMany({ where: inPlan, select, orderBy: { name: "asc" } }),
    db.system.findMany({ where: inPlan, select, orderBy: { name: "asc" } }),
    db.scenario.findMany({ where: inPlan, select, orderBy: { name: "asc" } }),
    db.person.findMany({ where: { orgId: actor.orgId }, select, orderBy: { name: "asc" } }),
    db.backupLocation.findMany({ where: inPlan, select: { key: true, name: true }, orderBy: { key: "asc" } }),
  ]);
  return { functions, systems, scenarios, people, locations };
}

export type ExerciseOptions = Awaited<ReturnType<typeof getExerciseOptions>>;
