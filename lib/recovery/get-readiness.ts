import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { assessPlan } from "@/lib/recovery/assess-plan";
import { buildDashboard } from "@/lib/recovery/dashboard";
import type { Assessment } from "@/lib/engine";

// A reused assessment (lib/recovery/assess-recovery.ts) keeps its view model: both are only read.
const dashboards = new WeakMap<Assessment, ReturnType<typeof buildDashboard>>();

function dashboardOf(assessment: Assessment) {
  let dashboard = dashboards.get(assessment);
  if (!dashboard) dashboards.set(assessment, (dashboard = buildDashboard(assessment)));
  return dashboard;
}

/**
 * The readiness dashboard of a plan: one engine run on the model built from the database, the
 * dashboard's view model, and the names and ids the model does not carry (scenarios by key,
 * systems by name).
 */
export async function getReadiness({ actor, planId, now = new Date() }: { actor: Actor; planId: string; now?: Date }) {
  const result = await assessPlan({ actor, planId, now });
  const systems = await db.system.findMany({ where: { orgId: actor.orgId, planId }, select: { id: true, name: true } });
  const systemIds = Object.fromEntries(systems.map((s) => [s.name, s.id]));
  const scenarios = await db.scenario.findMany({
    where: { orgId: actor.orgId, planId },
    orderBy: { key: "asc" },
    select: { key: true, name: true, kind: true, at: true },
  });
  if (!result.ok) return { ...result, scenarios, systemIds };
  return { ...result, scenarios, systemIds, dashboard: dashboardOf(result.assessment) };
}
