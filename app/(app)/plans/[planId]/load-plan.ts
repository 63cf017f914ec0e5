import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { getPlan } from "@/lib/plans/get-plan";
import { orNull } from "@/lib/http/or-not-found";

/**
 * The signed-in member and the plan of the current page, once per request, or no plan when there
 * is none or it is another organisation's: for the layout's title, which must not fail.
 */
export const findPlan = cache(async (planId: string) => {
  const actor = await requireActor();
  return { actor, plan: await orNull(getPlan({ actor, planId })) };
});

/**
 * The signed-in member and the plan of the current page (the layout and the page both ask).
 * Another organisation's plan, or none, renders the 404 page.
 */
export const loadPlan = cache(async (planId: string) => {
  const { actor, plan } = await findPlan(planId);
  if (!plan) notFound();
  return { actor, plan };
});
