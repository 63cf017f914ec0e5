import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { AppError, invalid, notFound } from "@/lib/errors";
import { planScope } from "@/lib/plans/scope";

/**
 * Loads the plan a stage edit belongs to, inside the edit's transaction: another organisation's
 * plan is not found, an archived one is read-only.
 */
export async function loadEditablePlan(tx: Tx, actor: Pick<Actor, "orgId">, planId: string) {
  const plan = await tx.plan.findFirst({ where: planScope(actor, planId) });
  if (!plan) throw notFound("The plan");
  if (plan.status === "archived") throw new AppError("CONFLICT", "An archived plan cannot be edited.");
  return plan;
}

/** People ids from the client must name people of the actor's organisation's register. */
export async function assertPeopleInOrg(tx: Tx, orgId: string, fields: Record<string, string | null>): Promise<void> {
  for (const [field, personId] of Object.entries(fields)) {
    if (!personId) continue;
    const found = await tx.person.count({ where: { id: personId, orgId } });
    if (!found) throw invalid(field, "Choose a person from the organisation's register.");
  }
}
