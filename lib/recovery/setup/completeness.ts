import "server-only";
import { db } from "@/lib/db/client";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { missingFactsTodo } from "@/lib/recovery/setup/missing-facts";

/**
 * How complete a plan's recovery data is: a backup location, a host and a policy exist, and the
 * share of its systems described well enough to assess (on a host, with memory and used size, and
 * covered by a policy; SaaS services aside). Each of the four counts a quarter. The to-do names
 * what each system lacks, fact by fact.
 */
export const recoveryDataCompleteness: CompletenessSource = async (scope) => {
  const [locations, hosts, policies, systems, lacking] = await Promise.all([
    db.backupLocation.count({ where: scope }),
    db.host.count({ where: scope }),
    db.backupPolicy.count({ where: scope }),
    // A SaaS service is its provider's to restore: nothing of ours to describe.
    db.system.count({ where: { ...scope, kind: { not: "saas" } } }),
    db.system.findMany({
      where: { ...scope, kind: { not: "saas" }, OR: [{ hostId: null }, { ramMiB: null }, { usedGB: null }, { policies: { none: {} } }] },
      orderBy: { name: "asc" },
      select: { name: true, hostId: true, ramMiB: true, usedGB: true, _count: { select: { policies: true } } },
    }),
  ]);
  // Nothing recorded: the overview's empty state says so, not a list of everything.
  if (locations + hosts + policies + systems === 0) return { recovery: 0 };
  const described = systems - lacking.length;
  const parts = [locations > 0 ? 1 : 0, hosts > 0 ? 1 : 0, policies > 0 ? 1 : 0, systems ? described / systems : 0];
  const todo = [
    locations > 0 ? null : "Add the backup locations where restore points are kept.",
    hosts > 0 ? null : "Add the hosts systems run on and are restored to.",
    policies > 0 ? null : "Add the backup policies that protect the systems.",
    ...missingFactsTodo(
      lacking.map((s) => ({ name: s.name, hasHost: s.hostId !== null, hasMemory: s.ramMiB !== null, hasUsedSize: s.usedGB !== null, hasPolicy: s._count.policies > 0 })),
    ),
  ];
  return { recovery: Math.round((parts.reduce((a, b) => a + b, 0) / parts.length) * 100), todo: { recovery: todo.filter((t): t is string => t !== null) } };
};
