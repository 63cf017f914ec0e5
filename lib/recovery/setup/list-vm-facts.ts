import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { listQuerySchema, readPage } from "@/lib/lists/list-query";
import { containing } from "@/lib/lists/like";
import { notFound } from "@/lib/errors";
import { recoveryScope } from "@/lib/recovery/setup/scope";
import { lostHostIdsOf } from "@/lib/recovery/lost-hosts";

export const vmFactsQuerySchema = listQuerySchema(["name", "priority", "ramMiB", "usedGB"], "name");

/** One page of a plan's systems with their recovery facts, searched and sorted in the database. */
export async function listVmFacts({ actor, planId, query }: { actor: Actor; planId: string; query: unknown }) {
  authorize(actor, "plan:read");
  const q = vmFactsQuerySchema.parse(query ?? {});
  const where = { ...recoveryScope(actor, planId), ...(q.q ? { name: containing(q.q) } : {}) };
  const page = await readPage({
    query: q,
    read: async (window) => {
      const [rows, total] = await Promise.all([
        db.system.findMany({
          where,
          // Systems without a size sort last either way; name breaks ties so pages are stable.
          orderBy: [q.sort === "ramMiB" || q.sort === "usedGB" ? { [q.sort]: { sort: q.dir, nulls: "last" } } : { [q.sort]: q.dir }, { name: "asc" }],
          ...window,
          select: {
            id: true, name: true, kind: true, ramMiB: true, usedGB: true, bootMinutes: true, verifyMinutes: true, priority: true, hostName: true,
            host: { select: { key: true } },
            // By name: the list shows what each system waits for, not how many.
            dependsOn: { select: { name: true }, orderBy: { name: "asc" } },
            _count: { select: { policies: true } },
          },
        }),
        db.system.count({ where }),
      ]);
      return { rows, total };
    },
  });
  return { query: { ...q, page: page.page }, page };
}

/** One system's recovery facts and what its form picks from. */
export async function getVmFacts({ actor, planId, systemId }: { actor: Actor; planId: string; systemId: string }) {
  authorize(actor, "plan:read");
  const scope = recoveryScope(actor, planId);
  const system = await db.system.findFirst({
    where: { ...scope, id: systemId },
    include: { dependsOn: { select: { id: true } }, recoveryHosts: { select: { scenarioId: true, hostId: true } } },
  });
  if (!system) throw notFound("The system");
  const [hosts, others, scenarioRows] = await Promise.all([
    db.host.findMany({ where: scope, orderBy: { key: "asc" }, select: { id: true, key: true, name: true, siteId: true } }),
    db.system.findMany({ where: { ...scope, id: { not: systemId } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.scenario.findMany({ where: scope, orderBy: { key: "asc" }, select: { id: true, key: true, name: true, kind: true, lostHostKeys: true, lostSites: { select: { id: true } } } }),
  ]);
  // Each scenario with the hosts it loses, so that the form can mark them where it offers them.
  const scenarios = scenarioRows.map(({ kind, lostHostKeys, lostSites, ...sc }) => ({ ...sc, lostHostIds: lostHostIdsOf({ kind, lostHostKeys, lostSites }, hosts) }));
  return { system, hosts, others, scenarios };
}
