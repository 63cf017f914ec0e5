/**
 * A plan with some of every kind of row a plan holds, content and records alike, written straight
 * into Postgres (the versions through the app's own use cases): for tests of what a copy of a plan
 * takes and leaves (tests/integration/copy-plan.test.ts).
 */
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import type { TestOrg } from "./factories";

export type SeededPlan = { planId: string; personIds: string[]; siteIds: string[]; departmentId: string };

export async function seedPlanWithEverything(org: TestOrg, name: string): Promise<SeededPlan> {
  const { orgId, actors } = org;
  const plan = await createPlan({ actor: actors.committee, input: { name, description: "Head office and warehouse" } });
  const scope = { orgId, planId: plan.id };
  const department = await db.department.create({ data: { orgId, name: `Operations ${plan.id}` } });
  const [priya, tom, liam] = await Promise.all(
    ["Priya", "Tom", "Liam"].map((first) => db.person.create({ data: { orgId, name: `${first} ${plan.id}`, departmentId: department.id, mobilePhone: "07700 900123" } })),
  );
  const office = await db.site.create({ data: { orgId, name: `Office ${plan.id}` } });
  const cloud = await db.site.create({ data: { orgId, name: `Cloud ${plan.id}`, kind: "recovery" } });
  await db.plan.update({ where: { id: plan.id }, data: { sponsorId: priya.id, endorsedOn: new Date("2026-03-01"), testCadenceDays: 180, reviewCadenceDays: 200 } });

  // Committee, ERT, risks.
  await db.committeeMember.create({ data: { ...scope, personId: priya.id, role: "chair", functionalArea: "Operations" } });
  await db.committeeMember.create({ data: { ...scope, personId: tom.id, functionalArea: "Warehouse" } });
  await db.ertRole.create({ data: { ...scope, title: "Incident lead", responsibilities: "Declares.", primaryId: priya.id, alternateId: tom.id } });
  const flood = await db.threat.create({
    data: { ...scope, category: "natural", title: "Flood", likelihood: 2, impact: 5, ownerId: tom.id, residualLikelihood: 1, residualImpact: 3, mitigation: "Move servers upstairs" },
  });
  const ransomware = await db.threat.create({ data: { ...scope, category: "human", title: "Ransomware", likelihood: 3, impact: 5 } });

  // Recovery setup and systems.
  const nas = await db.backupLocation.create({ data: { ...scope, key: "nas", name: "Office NAS", siteId: office.id, throughputMBps: 200, streamMBps: 150, maxStreams: 2 } });
  const vault = await db.backupLocation.create({ data: { ...scope, key: "vault", name: "Cloud vault", siteId: cloud.id, throughputMBps: 100, immutableDays: 30, retrievalMinutes: 15 } });
  const hv1 = await db.host.create({ data: { ...scope, key: "hv1", name: "HV1", siteId: office.id, ramMiB: 65536, reservedMiB: 4096 } });
  const standby = await db.host.create({ data: { ...scope, key: "standby", name: "Standby", siteId: cloud.id, ramMiB: 32768, readyAfterMinutes: 30 } });
  const dc = await db.system.create({ data: { ...scope, name: "DC", hostId: hv1.id, siteId: office.id, ownerPersonId: liam.id, ramMiB: 4096, usedGB: 60, bootMinutes: 5, priority: 1 } });
  const sql = await db.system.create({
    data: { ...scope, name: "SQL", hostId: hv1.id, siteId: office.id, ramMiB: 16384, usedGB: 540, bootMinutes: 10, verifyMinutes: 10, dependsOn: { connect: { id: dc.id } } },
  });
  const erp = await db.system.create({ data: { ...scope, name: "ERP", hostId: hv1.id, ramMiB: 8192, usedGB: 120, dependsOn: { connect: [{ id: sql.id }, { id: dc.id }] } } });
  await db.system.create({ data: { ...scope, name: "Microsoft 365", kind: "saas", ownerText: "IT team" } });
  const siteLoss = await db.scenario.create({
    data: { ...scope, key: "site-loss", name: "Office lost", kind: "site", declareMinutes: 30, at: new Date("2026-03-14T02:00:00Z"), lostSites: { connect: { id: office.id } }, threats: { connect: { id: flood.id } } },
  });
  await db.scenario.create({ data: { ...scope, key: "host-loss", name: "HV1 lost", kind: "host", lostHostKeys: ["hv1"] } });
  await db.scenario.create({
    data: { ...scope, key: "ransomware", name: "Ransomware", kind: "ransomware", cleanBefore: new Date("2026-06-09T20:00:00Z"), containmentMinutes: 240, threats: { connect: { id: ransomware.id } } },
  });
  await db.systemRecoveryHost.createMany({ data: [dc, sql, erp].map((s) => ({ orgId, systemId: s.id, scenarioId: siteLoss.id, hostId: standby.id })) });
  const nightly = await db.backupPolicy.create({
    data: { ...scope, key: "nightly", name: "Nightly", cron: "0 23 * * *", timezone: "Europe/London", windowMinutes: 60, targetId: nas.id, systems: { connect: [{ id: dc.id }, { id: sql.id }, { id: erp.id }] } },
  });
  await db.policyCopy.create({ data: { orgId, policyId: nightly.id, toId: vault.id, mode: "scheduled", lagMinutes: 30, cron: "0 5 * * *", timezone: "UTC" } });
  await db.policyCopy.create({ data: { orgId, policyId: nightly.id, toId: vault.id, mode: "immediate", sortOrder: 1 } });
  await db.replica.create({ data: { ...scope, systemId: sql.id, locationId: vault.id, lagMinutes: 5 } });
  await db.consistencyGroup.create({ data: { ...scope, key: "erp-db", name: "ERP and its database", maxSkewMinutes: 5, systems: { connect: [{ id: sql.id }, { id: erp.id }] } } });

  // BIA, priorities, written plan, registers.
  const tier = await db.recoveryTier.create({ data: { ...scope, name: "Tier 0", maxRtoMinutes: 240 } });
  const product = await db.product.create({ data: { ...scope, name: "Trade distribution", departmentId: department.id } });
  const vendor = await db.inventoryItem.create({
    data: { ...scope, kind: "vendors", label: "Fuel Co", data: { name: "Fuel Co", service: "Diesel", contractEnd: "2027-01-31", recoveryHours: 4 }, expiresOn: new Date("2027-01-31") },
  });
  const copy = await db.inventoryItem.create({
    data: { ...scope, kind: "distribution", label: `1 — ${priya.name}`, data: { copyNumber: 1, holder: priya.id, format: "Printed", planVersion: 1, issuedOn: "2026-03-02" } },
  });
  await db.inventoryItem.create({ data: { ...scope, kind: "call_list", label: tom.name, data: { order: 1, person: tom.id }, updatedAt: new Date("2024-01-01") } });
  await db.inventoryRegister.create({ data: { ...scope, kind: "vendors", ownerId: tom.id, lastReviewedAt: new Date("2026-05-01") } });
  await db.inventoryRegister.create({ data: { ...scope, kind: "distribution", ownerId: priya.id } });
  await db.businessFunction.create({
    data: {
      ...scope,
      name: "Invoicing",
      productId: product.id,
      departmentId: department.id,
      tierId: tier.id,
      impactGrid: { financial: { "60": "minor", "1440": "severe" } },
      costPerHour: 1200,
      rpoMinutes: 240,
      rtoMinutes: 480,
      mtdMinutes: 1440,
      wrtMinutes: 60,
      vitalRecords: ["Invoices"],
      systems: { connect: [{ id: sql.id }, { id: erp.id }] },
      keyPeople: { connect: { id: tom.id } },
      // A link to a distribution entry no form would make: the copy must leave it with its entry.
      vendors: { connect: [{ id: vendor.id }, { id: copy.id }] },
      facilities: { connect: { id: office.id } },
    },
  });
  const signIn = await db.businessFunction.create({ data: { ...scope, name: "Sign-in", rpoMinutes: 1440, rtoMinutes: 120, systems: { connect: { id: dc.id } } } });
  await db.planSection.create({ data: { ...scope, key: "purpose", body: "Keep the trade running." } });
  await db.planSection.create({ data: { ...scope, key: "activation", body: "Priya declares." } });

  // The plan's own records: a test with its evidence and findings, observed backups, an incident.
  const exercise = await db.exercise.create({
    data: {
      ...scope,
      type: "simulation",
      title: "Restore drill",
      conductedOn: new Date("2026-04-01"),
      result: "passed_with_findings",
      systems: { connect: { id: sql.id } },
      functions: { connect: { id: signIn.id } },
      scenarios: { connect: { id: siteLoss.id } },
      participants: { connect: { id: tom.id } },
    },
  });
  await db.exerciseMeasurement.create({ data: { orgId, exerciseId: exercise.id, systemId: sql.id, locationKey: "nas", restoreMinutes: 95 } });
  await db.finding.create({ data: { ...scope, exerciseId: exercise.id, description: "Runbook out of date", severity: "medium", ownerId: tom.id } });
  await db.attachment.create({ data: { ...scope, exerciseId: exercise.id, fileName: "log.txt", contentType: "text/plain", sizeBytes: 2, sha256: "0".repeat(64), data: Buffer.from("ok") } });
  await db.restorePoint.create({ data: { ...scope, systemId: sql.id, locationId: nas.id, pointInTime: new Date("2026-11-24T23:00:00Z"), usableAt: new Date("2026-11-24T23:30:00Z"), sizeGB: 540 } });
  const incident = await db.incident.create({
    data: { ...scope, title: "Power cut", scenarioId: siteLoss.id, scenarioName: siteLoss.name, declaredAt: new Date("2026-10-01T08:00:00Z"), declaredByPersonId: priya.id, declaredByName: priya.name, createdById: actors.committee.userId },
  });
  await db.incidentEntry.create({ data: { orgId, incidentId: incident.id, at: new Date("2026-10-01T08:05:00Z"), kind: "decision", text: "Invoke the plan.", recordedById: actors.committee.userId } });
  await db.report.create({ data: { ...scope, requestedById: actors.auditor.userId, status: "done" } });
  await db.planReadiness.create({
    data: { ...scope, contentRevision: 1, assessedAt: new Date(), issues: 1, systems: 3, notAssessed: 1, scenarios: 3, noTarget: 0, meetingEvery: 2, functionsOverMtd: 0 },
  });

  // Approved as version 1 (its approvers, the approval and the notifications with it).
  await setApprovers({ actor: actors.committee, input: { planId: plan.id, approverIds: [actors.executive.userId] } });
  const version = await submitPlan({ actor: actors.committee, input: { planId: plan.id } });
  await decideVersion({ actor: actors.executive, input: { planId: plan.id, number: 1, decision: "approved", versionHash: version.hash, agree: "yes" } });
  return { planId: plan.id, personIds: [priya.id, tom.id, liam.id], siteIds: [office.id, cloud.id], departmentId: department.id };
}
