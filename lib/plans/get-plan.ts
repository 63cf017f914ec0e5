import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { planScope } from "@/lib/plans/scope";

/** A plan of the actor's organisation; another organisation's plan is simply not found (404). */
export async function getPlan({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  const plan = await db.plan.findFirst({ where: planScope(actor, planId) });
  if (!plan) throw notFound("The plan");
  return plan;
}
