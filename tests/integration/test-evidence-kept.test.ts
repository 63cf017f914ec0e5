import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createExercise } from "@/lib/exercises/create-exercise";
import { updateExercise } from "@/lib/exercises/update-exercise";
import { getExercise } from "@/lib/exercises/get-exercise";
import { deleteExercise } from "@/lib/exercises/delete-exercise";
import { addMeasurement } from "@/lib/exercises/add-measurement";
import { removeMeasurement } from "@/lib/exercises/remove-measurement";
import { deleteSystem } from "@/lib/systems/delete-system";
import { getSystemDeletion } from "@/lib/systems/system-deletion";
import { deleteScenario } from "@/lib/risks/delete-scenario";
import { deleteFunction } from "@/lib/bia/delete-function";
import { describeEntries } from "@/lib/audit/describe-entries";
import { formatDay } from "@/lib/days";
import { failure, makeOrg, type TestOrg } from "./factories";

/**
 * The reviewer's plan in small: SQL01, whose function needs it back in 2 h, measured at 2 h 30 min
 * in "SQL01 and FILE01 restore simulation", which covered the scenario "Bristol site lost".
 */
async function bristol(org: TestOrg) {
  const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol operations" } });
  const row = { orgId: org.orgId, planId: plan.id };
  const sql = await db.system.create({ data: { ...row, name: "SQL01" } });
  const file = await db.system.create({ data: { ...row, name: "FILE01" } });
  const orders = await db.businessFunction.create({ data: { ...row, name: "Order taking", rtoMinutes: 120, systems: { connect: [{ id: sql.id }] } } });
  const siteLost = await db.scenario.create({ data: { ...row, key: "bristol-site", name: "Bristol site lost", kind: "site" } });
  const nas = await db.backupLocation.create({ data: { ...row, key: "nas", name: "NAS", throughputMBps: 100 } });
  const test = await createExercise({
    actor: org.actors.committee,
    input: {
      planId: plan.id,
      type: "simulation",
      title: "SQL01 and FILE01 restore simulation",
      conductedOn: "2026-09-22",
      result: "passed_with_findings",
      systemIds: [file.id],
      scenarioIds: [siteLost.id],
      functionIds: [orders.id],
    },
  });
  const measurement = await addMeasurement({ actor: org.actors.committee, input: { planId: plan.id, exerciseId: test.id, systemId: sql.id, locationKey: "nas", restoreMinutes: "150" } });
  return { plan, row, sql, file, orders, siteLost, nas, test, measurement };
}

// The day as the app writes it (the runtime's ICU may say "Sep" or "Sept").
const day = formatDay(new Date("2026-09-22T00:00:00Z"));

const auditOf = (org: TestOrg, action: string) => db.auditLog.findMany({ where: { orgId: org.orgId, action }, orderBy: { createdAt: "asc" } });

describe("recorded test evidence", () => {
  it("refuses to delete a system a test measured, naming the test, and changes nothing: the missed RTO stays", async () => {
    const org = await makeOrg();
    const b = await bristol(org);
    const ref = { actor: org.actors.auditor, planId: b.plan.id, exerciseId: b.test.id };
    const before = await getExercise(ref);
    expect(before.targets).toEqual({ checked: 1, missed: 1, notMeasured: 0 });

    const refusal = await failure(deleteSystem({ actor: org.actors.committee, input: { planId: b.plan.id, systemId: b.sql.id, version: 1 } }));
    expect({ code: refusal.code, message: refusal.message }).toEqual({
      code: "CONFLICT",
      message:
        `SQL01 cannot be deleted: the test “SQL01 and FILE01 restore simulation” (${day}, 1 measured restore) records it, and a recorded test is kept as it was. ` +
        "If it should no longer name SQL01, remove SQL01 from the test's measured restores and scope first.",
    });
    expect(await db.system.count({ where: { id: b.sql.id } })).toBe(1);
    expect(await db.exerciseMeasurement.findUniqueOrThrow({ where: { id: b.measurement.id } })).toMatchObject({ systemId: b.sql.id, restoreMinutes: 150 });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: b.orders.id }, select: { systems: { select: { id: true } } } })).toEqual({ systems: [{ id: b.sql.id }] });
    expect((await getExercise(ref)).targets).toEqual({ checked: 1, missed: 1, notMeasured: 0 });
    expect(await auditOf(org, "system.deleted")).toEqual([]);
    // The page offers no delete button, and says the same.
    expect((await getSystemDeletion({ actor: org.actors.committee, planId: b.plan.id, systemId: b.sql.id })).tests).toMatchObject([
      { id: b.test.id, title: "SQL01 and FILE01 restore simulation", measuredRestores: 1 },
    ]);
  });

  it("refuses to delete a system, a scenario or a function a test covered, and changes nothing", async () => {
    const org = await makeOrg();
    const b = await bristol(org);
    const input = { planId: b.plan.id };
    const file = await failure(deleteSystem({ actor: org.actors.committee, input: { ...input, systemId: b.file.id, version: 1 } }));
    expect({ code: file.code, message: file.message }).toEqual({ code: "CONFLICT", message: expect.stringMatching(/^FILE01 cannot be deleted: the test “SQL01 and FILE01 restore simulation” \(\d+ \w+ 2026\) records it/) });
    const scenario = await failure(deleteScenario({ actor: org.actors.committee, input: { ...input, scenarioId: b.siteLost.id, version: 1 } }));
    expect({ code: scenario.code, message: scenario.message }).toEqual({
      code: "CONFLICT",
      message:
        `“Bristol site lost” cannot be deleted: the test “SQL01 and FILE01 restore simulation” (${day}) records it, and a recorded test is kept as it was. ` +
        "If it should no longer name “Bristol site lost”, remove “Bristol site lost” from the test's scope first.",
    });
    const fn = await failure(deleteFunction({ actor: org.actors.committee, input: { ...input, functionId: b.orders.id, version: 1, dependenciesVersion: 1 } }));
    expect({ code: fn.code, message: fn.message }).toEqual({ code: "CONFLICT", message: expect.stringMatching(/^Order taking cannot be deleted: the test/) });

    const test = await getExercise({ actor: org.actors.auditor, planId: b.plan.id, exerciseId: b.test.id });
    expect([test.systems, test.scenarios, test.functions].map((list) => list.map((x) => x.name))).toEqual([["FILE01"], ["Bristol site lost"], ["Order taking"]]);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: { in: ["system.deleted", "scenario.deleted", "function.deleted"] } } })).toBe(0);
  });

  it("deletes a system once the test no longer names it, the change recorded on the test", async () => {
    const org = await makeOrg();
    const b = await bristol(org);
    const committee = org.actors.committee;
    await removeMeasurement({ actor: committee, input: { planId: b.plan.id, exerciseId: b.test.id, measurementId: b.measurement.id } });
    await deleteSystem({ actor: committee, input: { planId: b.plan.id, systemId: b.sql.id, version: 1 } });
    expect(await db.system.count({ where: { id: b.sql.id } })).toBe(0);
    expect((await auditOf(org, "exercise.measurement_removed")).map((a) => a.entityId)).toEqual([b.test.id]);

    await updateExercise({
      actor: committee,
      input: { planId: b.plan.id, exerciseId: b.test.id, version: 1, type: "simulation", title: "SQL01 and FILE01 restore simulation", conductedOn: "2026-09-22", result: "passed_with_findings", systemIds: [], scenarioIds: [b.siteLost.id], functionIds: [b.orders.id] },
    });
    await deleteSystem({ actor: committee, input: { planId: b.plan.id, systemId: b.file.id, version: 1 } });
    expect(await db.system.count({ where: { planId: b.plan.id } })).toBe(0);
  });

  it("records what a system's deletion took with it, by name, as its confirmation says", async () => {
    const org = await makeOrg();
    const b = await bristol(org);
    const { row } = b;
    const web = await db.system.create({ data: { ...row, name: "WEB01", dependsOn: { connect: [{ id: b.file.id }] } } });
    const dc = await db.system.create({ data: { ...row, name: "DC01" } });
    await db.system.update({ where: { id: b.file.id }, data: { dependsOn: { connect: [{ id: dc.id }] } } });
    await db.businessFunction.update({ where: { id: b.orders.id }, data: { systems: { connect: [{ id: b.file.id }] } } });
    await db.consistencyGroup.create({ data: { ...row, key: "erp", name: "ERP databases", systems: { connect: [{ id: b.file.id }, { id: b.sql.id }] } } });
    await db.backupPolicy.create({ data: { ...row, key: "nightly", name: "Nightly to NAS", everyMinutes: 1440, targetId: b.nas.id, systems: { connect: [{ id: b.file.id }] } } });
    const dr = await db.backupLocation.create({ data: { ...row, key: "dr", name: "DR SAN", throughputMBps: 100 } });
    await db.replica.create({ data: { ...row, systemId: b.file.id, locationId: dr.id, lagMinutes: 5 } });
    for (const hour of [1, 2]) {
      await db.restorePoint.create({ data: { ...row, systemId: b.file.id, locationId: b.nas.id, pointInTime: new Date(Date.UTC(2026, 10, 1, hour)), usableAt: new Date(Date.UTC(2026, 10, 1, hour, 30)) } });
    }
    const hv02 = await db.host.create({ data: { ...row, key: "hv02", name: "HV02", ramMiB: 65536 } });
    await db.systemRecoveryHost.create({ data: { orgId: org.orgId, systemId: b.file.id, scenarioId: b.siteLost.id, hostId: hv02.id } });
    // FILE01 leaves the test's scope first (the test would refuse its deletion otherwise).
    await db.exercise.update({ where: { id: b.test.id }, data: { systems: { set: [] } } });

    const { removes, tests } = await getSystemDeletion({ actor: org.actors.committee, planId: b.plan.id, systemId: b.file.id });
    expect(tests).toEqual([]);
    expect(removes).toEqual({
      functions: ["Order taking"],
      dependentSystems: ["WEB01"],
      dependsOn: ["DC01"],
      consistencyGroups: ["ERP databases"],
      backupPolicies: ["Nightly to NAS"],
      replicas: ["DR SAN"],
      restorePoints: 2,
      recoveryHosts: ["Bristol site lost"],
    });

    await deleteSystem({ actor: org.actors.committee, input: { planId: b.plan.id, systemId: b.file.id, version: 1 } });
    const [deleted] = await auditOf(org, "system.deleted");
    expect(deleted.before).toMatchObject({
      name: "FILE01",
      functions: [{ id: b.orders.id, name: "Order taking" }],
      dependentSystems: [{ id: web.id, name: "WEB01" }],
      dependsOn: [{ id: dc.id, name: "DC01" }],
      consistencyGroups: [{ name: "ERP databases" }],
      backupPolicies: [{ name: "Nightly to NAS" }],
      replicas: [{ name: "DR SAN", lagMinutes: 5 }],
      restorePoints: 2,
      recoveryHosts: [{ name: "Bristol site lost: HV02" }],
    });
    const [entry] = await describeEntries(org.actors.auditor, [deleted]);
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: "functions", from: "Order taking", to: null },
        { field: "dependent systems", from: "WEB01", to: null },
        { field: "restore points", from: "2", to: null },
        { field: "recovery hosts", from: "Bristol site lost: HV02", to: null },
      ]),
    );
    expect(await db.restorePoint.count({ where: { planId: b.plan.id } })).toBe(0);
  });

  it("records a deleted test's scope, participants and measured restores by name, with the targets they were held against", async () => {
    const org = await makeOrg();
    const b = await bristol(org);
    const alex = await db.person.create({ data: { orgId: org.orgId, name: "Alex Morgan" } });
    const priya = await db.person.create({ data: { orgId: org.orgId, name: "Priya Shah" } });
    await db.exercise.update({ where: { id: b.test.id }, data: { participants: { connect: [{ id: alex.id }, { id: priya.id }] } } });
    await deleteExercise({ actor: org.actors.committee, input: { planId: b.plan.id, exerciseId: b.test.id, version: 1 } });
    const [deleted] = await auditOf(org, "exercise.deleted");
    expect(deleted.before).toMatchObject({
      title: "SQL01 and FILE01 restore simulation",
      systems: [{ id: b.file.id, name: "FILE01" }],
      scenarios: [{ id: b.siteLost.id, name: "Bristol site lost" }],
      functions: [{ id: b.orders.id, name: "Order taking" }],
      participants: [{ id: alex.id, name: "Alex Morgan" }, { id: priya.id, name: "Priya Shah" }],
      measurements: [
        {
          label: "SQL01 from NAS (nas): restored in 2 h 30 min (RTO 2 h: missed by 30 min), data lost not measured (No RPO set)",
          system: "SQL01",
          locationKey: "nas",
          restoreMinutes: 150,
          dataLossMinutes: null,
          rtoMinutes: 120,
          rpoMinutes: null,
        },
      ],
    });
    const [entry] = await describeEntries(org.actors.auditor, [deleted]);
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: "systems", from: "FILE01", to: null },
        { field: "scenarios", from: "Bristol site lost", to: null },
        { field: "participants", from: "Alex Morgan, Priya Shah", to: null },
        { field: "measurements", from: "SQL01 from NAS (nas): restored in 2 h 30 min (RTO 2 h: missed by 30 min), data lost not measured (No RPO set)", to: null },
      ]),
    );
  });
});
