import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { planRecordScope } from "@/lib/bia/scope";
import { testsCiting } from "@/lib/exercises/tests-citing";
import type { SystemRemoves } from "@/lib/systems/deletion-words";

const byName = { select: { id: true, name: true }, orderBy: { name: "asc" } } as const;

/**
 * A system with everything its deletion takes with it (links, replicas, restore points, where it
 * is restored per scenario), by id and name for the audit row, and the tests that name it, which
 * stop the deletion (docs/decisions/0042). Null when the plan has no such system.
 */
export async function loadSystemDeletion(tx: Tx, actor: Pick<Actor, "orgId">, { planId, systemId }: { planId: string; systemId: string }) {
  const system = await tx.system.findFirst({
    where: planRecordScope(actor, planId, systemId),
    include: {
      functions: byName,
      dependents: byName,
      dependsOn: byName,
      consistencyGroups: byName,
      policies: byName,
      replicas: { select: { id: true, lagMinutes: true, location: { select: { name: true } } }, orderBy: { location: { name: "asc" } } },
      recoveryHosts: { select: { scenario: { select: { name: true } }, host: { select: { name: true } } }, orderBy: { scenario: { name: "asc" } } },
      _count: { select: { restorePoints: true } },
    },
  });
  if (!system) return null;
  const removed = {
    functions: system.functions,
    dependentSystems: system.dependents,
    dependsOn: system.dependsOn,
    consistencyGroups: system.consistencyGroups,
    backupPolicies: system.policies,
    replicas: system.replicas.map((r) => ({ id: r.id, name: r.location.name, lagMinutes: r.lagMinutes })),
    restorePoints: system._count.restorePoints,
    recoveryHosts: system.recoveryHosts.map((h) => ({ name: `${h.scenario.name}: ${h.host.name}` })),
  };
  const names = (list: { name: string }[]) => list.map((item) => item.name);
  const removes: SystemRemoves = {
    functions: names(removed.functions),
    dependentSystems: names(removed.dependentSystems),
    dependsOn: names(removed.dependsOn),
    consistencyGroups: names(removed.consistencyGroups),
    backupPolicies: names(removed.backupPolicies),
    replicas: names(removed.replicas),
    restorePoints: removed.restorePoints,
    recoveryHosts: system.recoveryHosts.map((h) => h.scenario.name),
  };
  return { system, removed, removes, tests: await testsCiting(tx, actor, { planId, kind: "system", id: systemId }) };
}

/** What the system page's delete confirmation says: what goes with it, or the tests that stop it. */
export async function getSystemDeletion({ actor, planId, systemId }: { actor: Actor; planId: string; systemId: string }) {
  authorize(actor, "plan:read");
  const found = await loadSystemDeletion(db, actor, { planId, systemId });
  if (!found) throw notFound("The system");
  return { removes: found.removes, tests: found.tests };
}
