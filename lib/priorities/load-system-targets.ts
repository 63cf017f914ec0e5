import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { planRecords } from "@/lib/bia/scope";
import { effectiveTargets, type EffectiveTargets } from "@/lib/priorities/effective-targets";

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
  const plan = await db.plan.findFirst({ where: { id: planId, orgId: actor.orgId }, select: { contentRevision: true } });
  const key = JSON.stringify([actor.orgId, planId, plan?.contentRevision ?? null]);
  const hit = recent.get(key);
  if (hit) return hit;
  const systems = await db.system.findMany({
    where: planRecords(actor, planId),
    select: {
      id: true,
      name: true,
      dependsOn: { select: { id: true } },
      functions: { select: { id: true, name: true, rtoMinutes: true, rpoMinutes: true } },
    },
  });
  const targets = effectiveTargets(systems.map((s) => ({ ...s, dependsOn: s.dependsOn.map((d) => d.id) })));
  recent.set(key, targets);
  for (const oldest of recent.keys()) {
    if (recent.size <= MAX_ENTRIES) break;
    recent.delete(oldest);
  }
  return targets;
}
