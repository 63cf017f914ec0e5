import "server-only";
import { cache } from "react";
import { requireActor } from "@/lib/auth/context";
import { getPlan } from "@/lib/plans/get-plan";
import { orNotFound } from "@/lib/http/or-not-found";

/**
 * The signed-in member and the plan of the current page, once per request (the layout and the
 * page both ask). Another organisation's plan, or none, renders the 404 page.
 */
export const loadPlan = cache(async (planId: string) => {
  const actor = await requireActor();
  return { actor, plan: await orNotFound(getPlan({ actor, planId })) };
});
