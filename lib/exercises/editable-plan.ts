import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import { planScope } from "@/lib/plans/scope";

/**
 * The plan a change to its tests belongs to, inside the caller's transaction: another
 * organisation's plan is not found, and an archived plan is read-only.
 */
export async function loadEditablePlan(tx: Tx, actor: Actor, planId: string) {
  const plan = await tx.plan.findFirst({ where: planScope(actor, planId) });
  if (!plan) throw notFound("The plan");
  if (plan.status === "archived") throw new AppError("CONFLICT", "An archived plan cannot be edited.");
  return plan;
}
