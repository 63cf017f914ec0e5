import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createExercise } from "@/lib/exercises/create-exercise";
import { addMeasurement } from "@/lib/exercises/add-measurement";
import { getExercise } from "@/lib/exercises/get-exercise";
import { listExercises } from "@/lib/exercises/list-exercises";
import { getTestSchedule } from "@/lib/exercises/get-test-schedule";
import { testsCompletenessSource } from "@/lib/exercises/tests-completeness";
import { dataLostWords, lastTargetsWords } from "@/lib/exercises/target-check";
import { heldWords } from "@/lib/exercises/verdict-words";
import { buildSnapshot } from "@/lib/versions/build-snapshot";
import { toPlainJson } from "@/lib/versions/canonical-json";
import { snapshotSchedule } from "@/lib/reports/pdf/test-targets";
import type { Snapshot } from "@/lib/reports/pdf/context";
import { makeOrg, type TestOrg } from "./factories";

const DAY = 24 * 60 * 60 * 1000;
const conductedOn = new Date(Math.floor(Date.now() / DAY) * DAY - 10 * DAY);
const query = { q: "", sort: "conductedOn" as const, dir: "desc" as const, page: 1, pageSize: 20 };

/** SQL01, needed back within 4 h with at most 1 h of data lost, and a test of the Ransomware scenario to record its restore in. */
async function testedPlan(org: TestOrg) {
  const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol operations" } });
  const row = { orgId: org.orgId, planId: plan.id };
  const sql = await db.system.create({ data: { ...row, name: "SQL01" } });
  await db.businessFunction.create({ data: { ...row, name: "Order taking", rtoMinutes: 240, rpoMinutes: 60, systems: { connect: [{ id: sql.id }] } } });
  const ransomware = await db.scenario.create({ data: { ...row, key: "ransomware", name: "Ransomware", kind: "ransomware" } });
  await db.backupLocation.create({ data: { ...row, key: "nas", name: "NAS", throughputMBps: 100 } });
  const test = await createExercise({
    actor: org.actors.committee,
    input: { planId: plan.id, type: "simulation", title: "SQL01 restore", conductedOn: conductedOn.toISOString().slice(0, 10), result: "passed", scenarioIds: [ransomware.id] },
  });
  const add = (dataLossMinutes: string) =>
    addMeasurement({ actor: org.actors.committee, input: { planId: plan.id, exerciseId: test.id, systemId: sql.id, locationKey: "nas", restoreMinutes: "3h", dataLossMinutes } });
  return { plan, test, add };
}

describe("a measured restore whose data lost was left blank (decision 71)", () => {
  it("is kept as not measured, and no page reads it as meeting the RPO", async () => {
    const org = await makeOrg("Data lost");
    const t = await testedPlan(org);
    const added = await t.add("");
    expect(added.check).toEqual({ rto: { target: 240, measured: 180, missedBy: 0 }, rpo: { target: 60, measured: null, missedBy: 0 } });
    expect(await db.exerciseMeasurement.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({ dataLossMinutes: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "exercise.measurement_added" } });
    expect(audit.after).toMatchObject({ dataLossMinutes: null });

    // The test's page and the tests list: the RTO judged, the RPO not, nothing missed.
    const page = await getExercise({ actor: org.actors.auditor, planId: t.plan.id, exerciseId: t.test.id });
    expect(page).toMatchObject({ targets: { checked: 1, missed: 0, notMeasured: 1 }, flag: null });
    expect(dataLostWords(page.measurements[0].dataLossMinutes)).toBe("Not measured");
    expect(heldWords("RTO", page.measurements[0].verdict)).toBe("RTO 4 h: met");
    expect(heldWords("RPO", page.measurements[0].verdict)).toBe("RPO 1 h: data lost not measured");
    const list = await listExercises({ actor: org.actors.auditor, planId: t.plan.id, query });
    expect(list.rows).toMatchObject([{ targets: { checked: 1, missed: 0, notMeasured: 1 }, flag: null }]);

    // The schedule and the tests stage: never "Met".
    const schedule = await getTestSchedule({ actor: org.actors.auditor, plan: { id: t.plan.id, testCadenceDays: 365 }, now: new Date() });
    expect(lastTargetsWords(schedule.scenarios[0].lastTargets)).toBe("RPO not judged: 1 measured restore did not measure the data lost");
    expect(await testsCompletenessSource({ orgId: org.orgId, planId: t.plan.id })).toMatchObject({
      outcome: { tests: "The last test of 1 scenario did not measure the data lost, so the RPO is not judged: Ransomware." },
    });

    // A version's snapshot keeps the blank, and the report's schedule reads it as the app does.
    const snapshot = toPlainJson(await db.$transaction((tx) => buildSnapshot(tx, { orgId: org.orgId, planId: t.plan.id }))) as unknown as Snapshot;
    expect(snapshot.tests.exercises[0].measurements[0]).toMatchObject({ dataLossMinutes: null });
    const report = snapshotSchedule({ snapshot, generatedAt: new Date().toISOString() });
    expect(lastTargetsWords(report.schedule.scenarios[0].lastTargets)).toBe("RPO not judged: 1 measured restore did not measure the data lost");
  });

  it("keeps a measured 0 as none lost, meeting the RPO", async () => {
    const org = await makeOrg("Data lost");
    const t = await testedPlan(org);
    const added = await t.add("0");
    expect(await db.exerciseMeasurement.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({ dataLossMinutes: 0 });
    const schedule = await getTestSchedule({ actor: org.actors.auditor, plan: { id: t.plan.id, testCadenceDays: 365 }, now: new Date() });
    expect(lastTargetsWords(schedule.scenarios[0].lastTargets)).toBe("Met");
  });

  it("refuses a mistyped figure naming the field, and records nothing", async () => {
    const org = await makeOrg("Data lost");
    const t = await testedPlan(org);
    await expect(t.add("3O")).rejects.toMatchObject({ fieldErrors: { dataLossMinutes: expect.stringContaining("Data lost (minutes)") } });
    expect(await db.exerciseMeasurement.count({ where: { orgId: org.orgId } })).toBe(0);
  });
});
