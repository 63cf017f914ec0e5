import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { idSet, sameSnapshot, writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { vmFactsSchema } from "@/lib/recovery/setup/schemas";
import { checkInPlan, recoveryScope } from "@/lib/recovery/setup/scope";
import { cycleThrough } from "@/lib/recovery/setup/dependency-cycle";
import { lostHostIdsOf } from "@/lib/recovery/lost-hosts";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { showVmFacts, VM_FACTS_WRITES, vmFactsSnapshot } from "@/lib/recovery/setup/vm-facts-conflict";

/** A dependency loop would make every recovery page unassessable: refuse it, naming the loop. */
async function refuseCycle(tx: Tx, scope: ReturnType<typeof recoveryScope>, systemId: string, dependsOnIds: string[]) {
  if (dependsOnIds.length === 0) return;
  // Two saves that each add one half of a loop must not both pass: each has locked the plan before
  // this, so the second reads its dependencies once the first has committed.
  const systems = await tx.system.findMany({ where: scope, select: { id: true, name: true, dependsOn: { select: { id: true } } } });
  const cycle = cycleThrough(new Map(systems.map((s) => [s.id, s.dependsOn.map((d) => d.id)])), systemId, dependsOnIds);
  if (!cycle) return;
  const names = new Map(systems.map((s) => [s.id, s.name]));
  throw invalid("dependsOnIds", `Depends on: would form a cycle ${cycle.map((id) => names.get(id) ?? id).join(" → ")}.`);
}

/**
 * A recovery host newly chosen for a scenario must survive it: restoring to a host the scenario
 * loses is never a plan, only a slip in a long list, and saved it would leave the system never
 * ready with the reason shown pages away. A choice already saved (the scenario lost its host
 * later) is kept, as is "its own host": the form marks both as lost, and refusing them would
 * block every other edit of the system until the scenario is decided.
 */
async function refuseLostHosts(tx: Tx, scope: ReturnType<typeof recoveryScope>, chosen: Record<string, string>, saved: Record<string, string>) {
  const changed = Object.entries(chosen).filter(([scenarioId, hostId]) => saved[scenarioId] !== hostId);
  if (changed.length === 0) return;
  const hosts = await tx.host.findMany({ where: scope, select: { id: true, key: true, name: true, siteId: true } });
  const scenarios = await tx.scenario.findMany({
    where: { ...scope, id: { in: changed.map(([scenarioId]) => scenarioId) } },
    orderBy: { key: "asc" },
    select: { id: true, name: true, kind: true, lostHostKeys: true, lostSites: { select: { id: true } } },
  });
  for (const sc of scenarios) {
    const hostId = chosen[sc.id];
    if (!lostHostIdsOf(sc, hosts).includes(hostId)) continue;
    const host = hosts.find((h) => h.id === hostId)!;
    throw invalid(`recoveryHosts.${sc.id}`, `In “${sc.name}”: ${host.name} is lost in this scenario, so nothing can be restored to it; choose a host that survives it.`);
  }
}

/**
 * Edits the recovery columns of a system (host, size, boot and verification times, priority,
 * dependencies, and where it is restored in each scenario). Its register fields (name, owner…)
 * belong to the systems register and are not touched: these columns have their own version,
 * `recoveryVersion`, which imports bump too (docs/decisions/0007). A save that changes none of
 * them writes nothing: no new version, no audit row.
 */
export async function updateVmFacts({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, systemId, version, dependsOnIds, recoveryHosts, ...facts } = parseInput(vmFactsSchema, input);
  const chosen = Object.fromEntries(Object.entries(recoveryHosts).filter(([, hostId]) => hostId));
  const scope = recoveryScope(actor, planId);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // The plan first, then its rows: the lock order of lock-plan.ts.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const before = await tx.system.findFirst({
      where: { ...scope, id: systemId },
      include: { dependsOn: { select: { id: true } }, recoveryHosts: { select: { scenarioId: true, hostId: true } } },
    });
    if (!before) throw notFound("The system");
    const snapshot = vmFactsSnapshot(before, before.dependsOn.map((d) => d.id), Object.fromEntries(before.recoveryHosts.map((r) => [r.scenarioId, r.hostId])));
    if (before.recoveryVersion !== version) {
      throw staleEdit(
        "this system's recovery facts",
        await describeConflict(tx, {
          actor,
          entityType: "system",
          entityId: systemId,
          actions: VM_FACTS_WRITES,
          startedFrom: version,
          current: { version: before.recoveryVersion, snapshot },
          show: await showVmFacts(tx, scope),
        }),
      );
    }
    if (dependsOnIds.includes(systemId)) throw invalid("dependsOnIds", "Depends on: a system cannot depend on itself.");
    await checkInPlan(tx, "host", scope, facts.hostId ? [facts.hostId] : [], "hostId", "Host: choose one of this plan's hosts.");
    await checkInPlan(tx, "system", scope, dependsOnIds, "dependsOnIds", "Depends on: choose systems of this plan.");
    await refuseCycle(tx, scope, systemId, dependsOnIds);
    await checkInPlan(tx, "scenario", scope, Object.keys(chosen), "recoveryHosts", "Recovery host: unknown scenario.");
    await checkInPlan(tx, "host", scope, [...new Set(Object.values(chosen))], "recoveryHosts", "Recovery host: choose one of this plan's hosts.");
    await refuseLostHosts(tx, scope, chosen, Object.fromEntries(before.recoveryHosts.map((r) => [r.scenarioId, r.hostId])));
    const savedHosts = Object.fromEntries(before.recoveryHosts.map((r) => [r.scenarioId, r.hostId]));
    if (writesNothing(before, facts) && sameSnapshot(idSet(before.dependsOn.map((d) => d.id)), idSet(dependsOnIds)) && sameSnapshot(savedHosts, chosen)) {
      return { ...before, changed: false };
    }
    const { count } = await tx.system.updateMany({
      where: { ...scope, id: systemId, recoveryVersion: version },
      data: { ...facts, recoveryVersion: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("this system's recovery facts");
    await tx.system.update({ where: { id: systemId }, data: { dependsOn: { set: dependsOnIds.map((id) => ({ id })) } } });
    await tx.systemRecoveryHost.deleteMany({ where: { orgId: actor.orgId, systemId } });
    await tx.systemRecoveryHost.createMany({
      data: Object.entries(chosen).map(([scenarioId, hostId]) => ({ orgId: actor.orgId, systemId, scenarioId, hostId })),
    });
    await recordAudit(tx, {
      actor,
      action: "recovery.system.updated",
      entityType: "system",
      entityId: systemId,
      planId,
      before: snapshot,
      after: vmFactsSnapshot({ ...facts, hostName: before.hostName }, dependsOnIds, chosen),
    });
    return { ...before, ...facts, recoveryVersion: version + 1, changed: true };
  });
}
