import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { getPlan } from "@/lib/plans/get-plan";

/**
 * The signed-in member and the plan of the current page, once per request (the layout and the
 * page both ask). Another organisation's plan, or none, renders the 404 page.
 */
export const loadPlan = cache(async (planId: string) => {
  const actor = await requireActor();
  try {
    return { actor, plan: await getPlan({ actor, planId }) };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});
