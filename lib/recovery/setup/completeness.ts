import "server-only";
import { db } from "@/lib/db/client";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { count } from "@/lib/count";

/**
 * How complete a plan's recovery data is: a backup location, a host and a policy exist, and the
 * share of its systems described well enough to assess (on a host, with memory and used size, and
 * covered by a policy; SaaS services aside). Each of the four counts a quarter.
 */
export const recoveryDataCompleteness: CompletenessSource = async (scope) => {
  const [locations, hosts, policies, systems, described] = await Promise.all([
    db.backupLocation.count({ where: scope }),
    db.host.count({ where: scope }),
    db.backupPolicy.count({ where: scope }),
    // A SaaS service is its provider's to restore: nothing of ours to describe.
    db.system.count({ where: { ...scope, kind: { not: "saas" } } }),
    db.system.count({ where: { ...scope, kind: { not: "saas" }, hostId: { not: null }, ramMiB: { not: null }, usedGB: { not: null }, policies: { some: {} } } }),
  ]);
  const parts = [locations > 0 ? 1 : 0, hosts > 0 ? 1 : 0, policies > 0 ? 1 : 0, systems ? described / systems : 0];
  const todo = [
    locations > 0 ? null : "Add the backup locations where restore points are kept.",
    hosts > 0 ? null : "Add the hosts systems run on and are restored to.",
    policies > 0 ? null : "Add the backup policies that protect the systems.",
    systems > described ? `Give ${count(systems - described, "system")} a host, memory, used size and a backup policy.` : null,
  ];
  return { recovery: Math.round((parts.reduce((a, b) => a + b, 0) / parts.length) * 100), todo: { recovery: todo.filter((t): t is string => t !== null) } };
};
