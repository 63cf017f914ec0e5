import "server-only";
import type { Tx } from "@/lib/db/client";
import type { RecoveryRows } from "@/lib/recovery/to-model";

const name = { select: { name: true } } as const;
const key = { select: { key: true } } as const;
const byName = { orderBy: { name: "asc" as const }, select: { name: true } };
const schedule = { cron: true, timezone: true, everyMinutes: true, anchor: true } as const;

/** Reads everything the recovery model of a plan needs, in a fixed order (one query per list). */
export async function loadRecoveryRows(db: Tx, { orgId, planId }: { orgId: string; planId: string }): Promise<RecoveryRows> {
  const scope = { orgId, planId };
  const sites = await db.site.findMany({ where: { orgId }, orderBy: { name: "asc" }, select: { name: true } });
  const locations = await db.backupLocation.findMany({
    where: scope,
    orderBy: { key: "asc" },
    select: { key: true, name: true, site: name, online: true, immutableDays: true, throughputMBps: true, streamMBps: true, maxStreams: true, retrievalMinutes: true },
  });
  const hosts = await db.host.findMany({ where: scope, orderBy: { key: "asc" }, select: { key: true, name: true, site: name, ramMiB: true, reservedMiB: true, readyAfterMinutes: true } });
  const systems = await db.system.findMany({
    where: scope,
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, kind: true, host: key, ramMiB: true, usedGB: true, bootMinutes: true, verifyMinutes: true, priority: true,
      dependsOn: byName,
      recoveryHosts: { select: { scenario: key, host: key }, orderBy: { scenario: { key: "asc" } } },
      functions: { select: { id: true, name: true, rtoMinutes: true, rpoMinutes: true } },
    },
  });
  const policies = await db.backupPolicy.findMany({
    where: scope,
    orderBy: { key: "asc" },
    select: {
      key: true, name: true, ...schedule, windowMinutes: true, target: key, systems: byName,
      copies: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { ...schedule, to: key, mode: true, lagMinutes: true } },
    },
  });
  const replicas = await db.replica.findMany({ where: scope, orderBy: [{ system: { name: "asc" } }], select: { system: name, location: key, lagMinutes: true } });
  const restorePoints = await db.restorePoint.findMany({
    where: scope,
    orderBy: [{ pointInTime: "asc" }, { id: "asc" }],
    select: { system: name, location: key, pointInTime: true, usableAt: true },
  });
  const measurements = await db.exerciseMeasurement.findMany({
    where: { orgId, exercise: { planId } },
    orderBy: [{ exercise: { conductedOn: "asc" } }, { id: "asc" }],
    select: { system: name, locationKey: true, restoreMinutes: true, usedGB: true, exercise: { select: { conductedOn: true } } },
  });
  const groups = await db.consistencyGroup.findMany({ where: scope, orderBy: { key: "asc" }, select: { key: true, name: true, maxSkewMinutes: true, systems: byName } });
  const functions = await db.businessFunction.findMany({ where: scope, orderBy: { name: "asc" }, select: { name: true, mtdMinutes: true, wrtMinutes: true, systems: byName } });
  const scenarios = await db.scenario.findMany({
    where: scope,
    orderBy: { key: "asc" },
    select: { key: true, kind: true, lostSites: byName, lostHostKeys: true, at: true, declareMinutes: true, containmentMinutes: true, cleanBefore: true },
  });
  return { sites, locations, hosts, systems, policies, replicas, restorePoints, measurements, groups, functions, scenarios };
}
