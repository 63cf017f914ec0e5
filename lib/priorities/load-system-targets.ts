import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { planRecords } from "@/lib/bia/scope";
import { effectiveTargets, type EffectiveTargets } from "@/lib/priorities/effective-targets";

/**
 * The effective targets of every system of a plan, by system id. An RTO can come from any system
 * above in the dependency graph, so the whole graph is read, in a fixed number of queries however
 * many systems a page shows: the systems with their dependency ids and the functions that use
 * them (the caller has authorised the read).
 */
export async function loadSystemTargets({ actor, planId }: { actor: Pick<Actor, "orgId">; planId: string }): Promise<Map<string, EffectiveTargets>> {
  const systems = await db.system.findMany({
    where: planRecords(actor, planId),
    select: {
      id: true,
      name: true,
      dependsOn: { select: { id: true } },
      functions: { select: { id: true, name: true, rtoMinutes: true, rpoMinutes: true } },
    },
  });
  return effectiveTargets(systems.map((s) => ({ ...s, dependsOn: s.dependsOn.map((d) => d.id) })));
}
