import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import type { TestOrg } from "./factories";

/**
 * Head office in small: SQL and APP (which needs SQL) run in the office and back up nightly at
 * 22:00 UTC to the office NAS, copied at once to a cloud vault at the DR site that restores one
 * system at a time at 100 MB/s onto a standby host there. FILES has no backup. The office is lost.
 */
export async function headOffice(org: TestOrg) {
  const plan = await createPlan({ actor: org.actors.committee, input: { name: `Head office ${Math.random()}` } });
  const scope = { orgId: org.orgId, planId: plan.id };
  const office = await db.site.create({ data: { orgId: org.orgId, name: `Office ${plan.id}` } });
  const dr = await db.site.create({ data: { orgId: org.orgId, name: `DR ${plan.id}` } });
  const nas = await db.backupLocation.create({ data: { ...scope, key: "nas", name: "Office NAS", siteId: office.id, throughputMBps: 100 } });
  const cloud = await db.backupLocation.create({ data: { ...scope, key: "cloud", name: "Cloud vault", siteId: dr.id, throughputMBps: 100, maxStreams: 1 } });
  const hv1 = await db.host.create({ data: { ...scope, key: "hv1", name: "HV1", siteId: office.id, ramMiB: 65536 } });
  const standby = await db.host.create({ data: { ...scope, key: "standby", name: "DR standby", siteId: dr.id, ramMiB: 65536 } });
  const sql = await db.system.create({ data: { ...scope, name: "SQL", hostId: hv1.id, ramMiB: 4096, usedGB: 360, bootMinutes: 10, verifyMinutes: 5, priority: 1 } });
  const app = await db.system.create({ data: { ...scope, name: "APP", hostId: hv1.id, ramMiB: 2048, usedGB: 36, priority: 2, dependsOn: { connect: { id: sql.id } } } });
  const files = await db.system.create({ data: { ...scope, name: "FILES", hostId: hv1.id, ramMiB: 2048, usedGB: 10 } });
  const policy = await db.backupPolicy.create({
    data: { ...scope, key: "nightly", name: "Nightly", cron: "0 22 * * *", timezone: "UTC", windowMinutes: 60, targetId: nas.id, systems: { connect: [{ id: sql.id }, { id: app.id }] } },
  });
  await db.policyCopy.create({ data: { orgId: org.orgId, policyId: policy.id, toId: cloud.id, mode: "immediate", lagMinutes: 30 } });
  // What the backup software reported: Tuesday night's copy of SQL in the cloud.
  await db.restorePoint.create({ data: { ...scope, systemId: sql.id, locationId: cloud.id, pointInTime: new Date("2026-12-01T22:00:00Z"), usableAt: new Date("2026-12-01T23:30:00Z") } });
  await db.businessFunction.create({ data: { ...scope, name: "Billing", rpoMinutes: 1440, rtoMinutes: 240, mtdMinutes: 480, wrtMinutes: 30, systems: { connect: [{ id: sql.id }] } } });
  await db.businessFunction.create({ data: { ...scope, name: "Order entry", rtoMinutes: 60, systems: { connect: [{ id: app.id }] } } });
  await db.businessFunction.create({ data: { ...scope, name: "Archive", rtoMinutes: 480, mtdMinutes: 960, systems: { connect: [{ id: files.id }] } } });
  const siteLoss = await db.scenario.create({ data: { ...scope, key: "site-loss", name: "Head office lost", kind: "site", declareMinutes: 60, lostSites: { connect: { id: office.id } } } });
  for (const system of [sql, app, files]) await db.systemRecoveryHost.create({ data: { orgId: org.orgId, systemId: system.id, scenarioId: siteLoss.id, hostId: standby.id } });
  return { plan, siteLoss, sql, app, files };
}
