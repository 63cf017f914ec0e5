import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import { planScope } from "@/lib/plans/scope";

/**
 * Loads the plan an edit belongs to, inside the edit's transaction, for every stage's use cases:
 * another organisation's plan is not found (404), an archived plan is read-only (409).
 */
export async function loadEditablePlan(tx: Pick<Tx, "plan">, actor: Pick<Actor, "orgId">, planId: string) {
  const plan = await tx.plan.findFirst({ where: planScope(actor, planId) });
  if (!plan) throw notFound("The plan");
  if (plan.status === "archived") throw new AppError("CONFLICT", "An archived plan cannot be edited.");
  return plan;
}
