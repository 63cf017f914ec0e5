import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import { planScope } from "@/lib/plans/scope";

/**
 * Loads the plan through the plan scope inside a write's transaction, refusing another
 * organisation's plan (NOT_FOUND) and an archived one (CONFLICT). Used by the BIA, systems,
 * priorities and written-plan use cases.
 */
export async function editablePlan(tx: Tx, actor: Pick<Actor, "orgId">, planId: string) {
  const plan = await tx.plan.findFirst({ where: planScope(actor, planId), select: { id: true, status: true } });
  if (!plan) throw notFound("The plan");
  if (plan.status === "archived") throw new AppError("CONFLICT", "An archived plan cannot be edited.");
  return plan;
}

export const staleEdit = (what: string) =>
  new AppError("CONFLICT", `Someone else changed ${what} while you were editing. Reload to see their change.`);
