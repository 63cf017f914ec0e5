import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { groupBy } from "@/lib/group-by";
import type { Actor } from "@/lib/auth/context";
import { effectiveTargets, type EffectiveTargets } from "@/lib/priorities/effective-targets";

// What the targets are read from: each system's dependencies and the functions that use it.
const GRAPH = {
  id: true,
  planId: true,
  name: true,
  dependsOn: { select: { id: true } },
  functions: { select: { id: true, name: true, rtoMinutes: true, rpoMinutes: true } },
} as const;

type GraphRow = { id: string; name: string; dependsOn: { id: string }[]; functions: { id: string; name: string; rtoMinutes: number | null; rpoMinutes: number | null }[] };

const targetsOf = (systems: readonly GraphRow[]) => effectiveTargets(systems.map((s) => ({ ...s, dependsOn: s.dependsOn.map((d) => d.id) })));

/**
 * The effective targets of a plan's systems read inside a transaction, not kept: what a write
 * records as the targets of its moment (a measured restore, decision 45). The caller has authorised.
 */
export async function readSystemTargets(tx: Tx, { orgId, planId }: { orgId: string; planId: string }): Promise<Map<string, EffectiveTargets>> {
  return targetsOf(await tx.system.findMany({ where: { orgId, planId }, select: GRAPH }));
}

// A few plans' targets at their current content revision: each entry is one Map per plan.
const MAX_ENTRIES = 16;
const recent = new Map<string, Map<string, EffectiveTargets>>();

/**
 * The effective targets of every system of a plan, by system id. An RTO can come from any system
 * above in the dependency graph, so the whole graph is read, in a fixed number of queries however
 * many systems a page shows: the systems with their dependency ids and the functions that use
 * them (the caller has authorised the read).
 *
 * The plan overview (its tests stage holds measured restores against these targets), the test
 * pages and the systems pages all ask for them, and a plan of 2,000 systems takes tens of
 * milliseconds to read: the result is kept per plan and content revision, which triggers bump on
 * every change to what it is read from (systems, functions, their links and dependencies;
 * docs/decisions/0005), so an edit is seen at once. Callers only read the result.
 */
export async function loadSystemTargets({ actor, planId }: { actor: Pick<Actor, "orgId">; planId: string }): Promise<Map<string, EffectiveTargets>> {
  return (await loadPlansSystemTargets({ orgId: actor.orgId, planIds: [planId] })).get(planId) ?? new Map();
}

/**
 * The same for several plans of one organisation at once (the plan list holds each plan's last
 * tests against them), in two queries however many plans: their content revisions, then the
 * systems of those not kept already. A plan not in the organisation gets no entry.
 */
export async function loadPlansSystemTargets({ orgId, planIds }: { orgId: string; planIds: readonly string[] }): Promise<Map<string, Map<string, EffectiveTargets>>> {
  const plans = await db.plan.findMany({ where: { id: { in: [...planIds] }, orgId }, select: { id: true, contentRevision: true } });
  const keyOf = new Map(plans.map((plan) => [plan.id, JSON.stringify([orgId, plan.id, plan.contentRevision])]));
  const missing = plans.filter((plan) => !recent.has(keyOf.get(plan.id)!)).map((plan) => plan.id);
  const systems = missing.length ? await db.system.findMany({ where: { orgId, planId: { in: missing } }, select: GRAPH }) : [];
  const systemsOf = groupBy(systems, (s) => s.planId);
  for (const planId of missing) recent.set(keyOf.get(planId)!, targetsOf(systemsOf.get(planId) ?? []));
  const found = new Map(plans.map((plan) => [plan.id, recent.get(keyOf.get(plan.id)!)!]));
  for (const oldest of recent.keys()) {
    if (recent.size <= MAX_ENTRIES) break;
    recent.delete(oldest);
  }
  return found;
}
