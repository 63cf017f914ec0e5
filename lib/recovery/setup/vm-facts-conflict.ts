import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Shown } from "@/lib/concurrency/stale-edit";
import { byName, namedId, namedList, showFields } from "@/lib/concurrency/show-fields";

type Scope = { orgId: string; planId: string };
type Snapshot = Record<string, unknown>;

/**
 * The audited writes that bump a system's `recoveryVersion`: the setup form, and imports (one row
 * per system they change, docs/decisions/0007).
 */
export const VM_FACTS_WRITES = ["recovery.system.updated", "recovery.system.imported"];

type Facts = { hostId: string | null; hostName: string | null; ramMiB: number | null; usedGB: number | null; bootMinutes: number; verifyMinutes: number; priority: number };

/** What the audit log records of a system's recovery facts; `recoveryHosts` maps scenario id → host id. */
export const vmFactsSnapshot = (s: Facts, dependsOnIds: string[], recoveryHosts: Record<string, string>) => ({
  hostId: s.hostId, hostName: s.hostName, ramMiB: s.ramMiB, usedGB: s.usedGB, bootMinutes: s.bootMinutes, verifyMinutes: s.verifyMinutes, priority: s.priority,
  dependsOnIds: [...dependsOnIds].sort(), recoveryHosts,
});

/** Shows recovery facts as the form does: hosts as "name (key)", dependencies by name, a recovery host per scenario. */
export async function showVmFacts(tx: Tx, scope: Scope): Promise<(snapshot: Snapshot) => Shown> {
  // One after another: a transaction's queries share one connection.
  const hosts = await tx.host.findMany({ where: scope, select: { id: true, key: true, name: true } });
  const systems = await tx.system.findMany({ where: scope, select: { id: true, name: true } });
  const scenarios = await tx.scenario.findMany({ where: scope, orderBy: { key: "asc" }, select: { id: true, name: true } });
  const hostNames = new Map(hosts.map((h) => [h.id, `${h.name} (${h.key})`]));
  const fields = showFields({
    hostId: { label: "Host", text: namedId(hostNames) },
    // Only imports write it: the host an import named that is not (yet) one of the plan's hosts.
    hostName: { label: "Host named by an import" },
    ramMiB: { label: "Memory (MiB)" },
    usedGB: { label: "Used size (GB)" },
    bootMinutes: { label: "Boot time (minutes)" },
    verifyMinutes: { label: "Verification time (minutes)" },
    priority: { label: "Priority" },
    dependsOnIds: { label: "Depends on", text: namedList(byName(systems)) },
  });
  return (snapshot) => {
    const shown = fields(snapshot);
    if (snapshot.recoveryHosts && typeof snapshot.recoveryHosts === "object") {
      const chosen = snapshot.recoveryHosts as Record<string, unknown>;
      for (const scenario of scenarios) {
        shown[`recoveryHost.${scenario.id}`] = { label: `In “${scenario.name}”`, text: namedId(hostNames, "Its own host")(chosen[scenario.id]) };
      }
    }
    return shown;
  };
}
