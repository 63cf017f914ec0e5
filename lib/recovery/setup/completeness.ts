import "server-only";
import { db } from "@/lib/db/client";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";

/**
 * How complete a plan's recovery data is: a backup location, a host and a policy exist, and the
 * share of its systems described well enough to assess (on a host, with memory and used size, and
 * covered by a policy). Each of the four counts a quarter.
 */
export const recoveryDataCompleteness: CompletenessSource = async (scope) => {
  const [locations, hosts, policies, systems, described] = await Promise.all([
    db.backupLocation.count({ where: scope }),
    db.host.count({ where: scope }),
    db.backupPolicy.count({ where: scope }),
    db.system.count({ where: scope }),
    db.system.count({ where: { ...scope, hostId: { not: null }, ramMiB: { not: null }, usedGB: { not: null }, policies: { some: {} } } }),
  ]);
  const parts = [locations > 0 ? 1 : 0, hosts > 0 ? 1 : 0, policies > 0 ? 1 : 0, systems ? described / systems : 0];
  return { recovery: Math.round((parts.reduce((a, b) => a + b, 0) / parts.length) * 100) };
};
