import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { assessPlan } from "@/lib/recovery/assess-plan";
import { buildDashboard, matrixPage } from "@/lib/recovery/dashboard";
import type { MatrixSort } from "@/lib/recovery/dashboard/matrix";
import type { Assessment } from "@/lib/engine";
import type { LeftOut } from "@/lib/recovery/dashboard/mtd-gaps";
import { inheritedRtoOf } from "@/lib/recovery/inherited-rto";
import { hostNames } from "@/lib/recovery/model-names";

// A reused assessment (lib/recovery/assess-recovery.ts) keeps its view model: both are only read.
const dashboards = new WeakMap<Assessment, ReturnType<typeof buildDashboard>>();

function dashboardOf(assessment: Assessment, leftOut: LeftOut) {
  let dashboard = dashboards.get(assessment);
  if (!dashboard) dashboards.set(assessment, (dashboard = buildDashboard(assessment, leftOut)));
  return dashboard;
}

/** The systems with the most findings that the dashboard names (with links); the rest are counted. */
export const FINDING_SYSTEMS = 10;

export type MatrixQuery = { q: string; sort: MatrixSort; dir: "asc" | "desc"; page: number; pageSize: number };
const FIRST_PAGE: MatrixQuery = { q: "", sort: "margin", dir: "asc", page: 1, pageSize: 50 };

/**
 * The readiness dashboard of a plan: one engine run on the model built from the database, the
 * dashboard's view model, the page of the matrix asked for, and the names and ids the model does
 * not carry (scenarios by key; the ids of the systems on that page, by name — only those: a large
 * estate has thousands — and of the systems left out for missing facts, whose VM facts need filling in),
 * and where the RTO of a system on the page comes from when a system that depends on it passed it down.
 */
export async function getReadiness({ actor, planId, query = FIRST_PAGE, now = new Date() }: { actor: Actor; planId: string; query?: MatrixQuery; now?: Date }) {
  const [result, scenarios, hosts] = await Promise.all([
    assessPlan({ actor, planId, now }),
    db.scenario.findMany({ where: { orgId: actor.orgId, planId }, orderBy: { key: "asc" }, select: { key: true, name: true, kind: true, at: true } }),
    hostNames(actor, planId),
  ]);
  if (!result.ok) return { ...result, scenarios };
  const dashboard = dashboardOf(result.assessment, { incomplete: result.incomplete, hostless: result.hostless, processes: result.valid.processes });
  const page = matrixPage(dashboard, query);
  const onPage = [...page.rows.map((r) => r.system), ...result.incomplete.map((i) => i.system)];
  const mostFindings = dashboard.findingsBySystem.slice(0, FINDING_SYSTEMS).map((f) => f.system);
  const names = [...new Set([...onPage, ...mostFindings])];
  const systems = names.length ? await db.system.findMany({ where: { orgId: actor.orgId, planId, name: { in: names } }, select: { id: true, name: true } }) : [];
  const ids = new Map(systems.map((s) => [s.name, s.id]));
  const idsOf = (list: string[]): Record<string, string> => Object.fromEntries(list.flatMap((name) => (ids.has(name) ? [[name, ids.get(name)!]] : [])));
  const systemIds = idsOf(onPage);
  const inheritedRto = inheritedRtoOf(result.inheritedRto, page.rows.map((r) => r.system));
  return { ...result, scenarios, hostNames: hosts, dashboard, findingSystemIds: idsOf(mostFindings), matrix: { ...page, systemIds, inheritedRto } };
}
