import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { updateFunction } from "@/lib/bia/update-function";
import { createExercise } from "@/lib/exercises/create-exercise";
import { addMeasurement } from "@/lib/exercises/add-measurement";
import { getExercise } from "@/lib/exercises/get-exercise";
import { listExercises } from "@/lib/exercises/list-exercises";
import { deleteExercise } from "@/lib/exercises/delete-exercise";
import { getTestSchedule } from "@/lib/exercises/get-test-schedule";
import { testsCompletenessSource } from "@/lib/exercises/tests-completeness";
import { scheduleStatus } from "@/lib/exercises/schedule-words";
import { lastTargetsWords } from "@/lib/exercises/target-check";
import { heldWords, notRecordedWords, todayWords, verdictNotes } from "@/lib/exercises/verdict-words";
import { buildSnapshot } from "@/lib/versions/build-snapshot";
import { toPlainJson } from "@/lib/versions/canonical-json";
import { formatDay } from "@/lib/days";
import { makeOrg, type TestOrg } from "./factories";

const DAY = 24 * 60 * 60 * 1000;
// Ten days ago: a test well within the cadence, whatever today is.
const conductedOn = new Date(Math.floor(Date.now() / DAY) * DAY - 10 * DAY);
const query = { q: "", sort: "conductedOn" as const, dir: "desc" as const, page: 1, pageSize: 20 };

/**
 * SQL01, which "Order taking" needs back within `rto` and with at most `rpo` of data lost, restored
 * from the NAS in 3 h with 30 min of data lost, in a test of the Ransomware scenario.
 */
async function measuredPlan(org: TestOrg, { rto, rpo }: { rto: number; rpo: number }) {
  const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol operations" } });
  const row = { orgId: org.orgId, planId: plan.id };
  const sql = await db.system.create({ data: { ...row, name: "SQL01" } });
  const orders = await db.businessFunction.create({ data: { ...row, name: "Order taking", rtoMinutes: rto, rpoMinutes: rpo, systems: { connect: [{ id: sql.id }] } } });
  const ransomware = await db.scenario.create({ data: { ...row, key: "ransomware", name: "Ransomware", kind: "ransomware" } });
  await db.backupLocation.create({ data: { ...row, key: "nas", name: "NAS", throughputMBps: 100 } });
  const test = await createExercise({
    actor: org.actors.committee,
    input: { planId: plan.id, type: "simulation", title: "SQL01 restore", conductedOn: conductedOn.toISOString().slice(0, 10), result: "passed", scenarioIds: [ransomware.id] },
  });
  const measurement = await addMeasurement({
    actor: org.actors.committee,
    input: { planId: plan.id, exerciseId: test.id, systemId: sql.id, locationKey: "nas", restoreMinutes: "3h", dataLossMinutes: "30min" },
  });
  /** Changes the function's RTO as the function's page does. */
  const setRto = async (rtoMinutes: string, version: number) =>
    updateFunction({ actor: org.actors.committee, input: { planId: plan.id, functionId: orders.id, version, name: "Order taking", rtoMinutes, rpoMinutes: `${rpo}min` } });
  return { plan, sql, orders, test, measurement, setRto };
}

describe("a test's verdict keeps the targets of its time (decision 45)", () => {
  it("records the system's targets with a measured restore, and keeps judging the record by them once the RTO is tightened", async () => {
    const org = await makeOrg("Verdicts");
    const m = await measuredPlan(org, { rto: 240, rpo: 60 });
    expect(m.measurement.check).toEqual({ rto: { target: 240, measured: 180, missedBy: 0 }, rpo: { target: 60, measured: 30, missedBy: 0 } });
    expect(await db.exerciseMeasurement.findUniqueOrThrow({ where: { id: m.measurement.id } })).toMatchObject({ targetsRecorded: true, rtoTargetMinutes: 240, rpoTargetMinutes: 60 });
    const added = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "exercise.measurement_added" } });
    expect(added.after).toMatchObject({ targetsRecorded: true, rtoTargetMinutes: 240, rpoTargetMinutes: 60 });

    await m.setRto("2h", 1);

    // The test's page: met against the 4 h RTO of its time, and what today's 2 h would make of it.
    const page = await getExercise({ actor: org.actors.auditor, planId: m.plan.id, exerciseId: m.test.id });
    expect(page).toMatchObject({ targets: { checked: 1, missed: 0 }, flag: null, todayFlag: "Against today's targets, 1 measured restore would miss its target" });
    const [restore] = page.measurements;
    expect(restore.check.rto).toEqual({ target: 240, measured: 180, missedBy: 0 });
    expect(restore.verdict.today.rto).toEqual({ target: 120, measured: 180, missedBy: 60 });
    expect(heldWords("RTO", restore.verdict)).toBe("RTO 4 h at the time: met");
    expect(todayWords("RTO", restore.verdict)).toBe("Today's RTO is 2 h: this restore would miss it by 1 h.");
    expect(heldWords("RPO", restore.verdict)).toBe("RPO 1 h: met");
    expect(verdictNotes(restore.verdict)).toEqual(["RTO 4 h at the time: met. Today's RTO is 2 h: this restore would miss it by 1 h."]);

    // The tests list says the same of its row.
    const list = await listExercises({ actor: org.actors.auditor, planId: m.plan.id, query });
    expect(list.rows).toMatchObject([{ id: m.test.id, targets: { checked: 1, missed: 0 }, flag: null, todayFlag: "Against today's targets, 1 measured restore would miss its target" }]);

    // A deleted test's audit row keeps the record as its page read.
    await deleteExercise({ actor: org.actors.committee, input: { planId: m.plan.id, exerciseId: m.test.id, version: 1 } });
    const deleted = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "exercise.deleted" } });
    expect(deleted.before).toMatchObject({
      measurements: [
        {
          label: "SQL01 from NAS (nas): restored in 3 h (RTO 4 h at the time: met), lost 30 min of data (RPO 1 h: met). Today's RTO is 2 h: this restore would miss it by 1 h.",
          rtoMinutes: 240,
          rpoMinutes: 60,
          targetsRecorded: true,
        },
      ],
    });
  });

  it("keeps a miss on the record once the RTO is loosened, and says today's would be met", async () => {
    const org = await makeOrg("Verdicts");
    const m = await measuredPlan(org, { rto: 120, rpo: 60 });
    await m.setRto("4h", 1);
    const page = await getExercise({ actor: org.actors.auditor, planId: m.plan.id, exerciseId: m.test.id });
    expect(page).toMatchObject({
      targets: { checked: 1, missed: 1 },
      flag: "Passed, but 1 measured restore missed its target",
      todayFlag: "Against today's targets, none of its measured restores would miss one",
    });
    expect(heldWords("RTO", page.measurements[0].verdict)).toBe("RTO 2 h at the time: missed by 1 h");
    expect(todayWords("RTO", page.measurements[0].verdict)).toBe("Today's RTO is 4 h: this restore would meet it.");
    // The schedule is about today: today's 4 h RTO is met.
    const schedule = await getTestSchedule({ actor: org.actors.auditor, plan: { id: m.plan.id, testCadenceDays: 365 }, now: new Date() });
    expect(schedule.lastTargets).toMatchObject({ checked: 1, missed: 0, metThen: 0 });
  });

  it("holds a restore recorded before the targets were kept against today's, and says so", async () => {
    const org = await makeOrg("Verdicts");
    const m = await measuredPlan(org, { rto: 120, rpo: 60 });
    // As the migration left the rows recorded before it.
    await db.exerciseMeasurement.update({ where: { id: m.measurement.id }, data: { targetsRecorded: false, rtoTargetMinutes: null, rpoTargetMinutes: null } });
    const page = await getExercise({ actor: org.actors.auditor, planId: m.plan.id, exerciseId: m.test.id });
    expect(page).toMatchObject({ targets: { checked: 1, missed: 1 }, todayFlag: null });
    expect(page.measurements[0].verdict.recorded).toBe(false);
    expect(heldWords("RTO", page.measurements[0].verdict)).toBe("RTO 2 h: missed by 1 h");
    expect(notRecordedWords(page.measurements[0].verdict)).toBe("Targets at the time were not recorded; held against today's RTO of 2 h and RPO of 1 h.");
    // Targets without the flag would read as not recorded: the database refuses them.
    await expect(db.exerciseMeasurement.update({ where: { id: m.measurement.id }, data: { rtoTargetMinutes: 240 } })).rejects.toThrow();
  });

  it("freezes the recorded targets into a version's snapshot, and leaves them out for a restore recorded before they were kept", async () => {
    const org = await makeOrg("Verdicts");
    const m = await measuredPlan(org, { rto: 240, rpo: 60 });
    const measurementsOf = async () =>
      (toPlainJson(await db.$transaction((tx) => buildSnapshot(tx, { orgId: org.orgId, planId: m.plan.id }))) as { tests: { exercises: { measurements: Record<string, unknown>[] }[] } }).tests
        .exercises[0].measurements[0];
    expect(await measurementsOf()).toMatchObject({ restoreMinutes: 180, targetsRecorded: true, rtoTargetMinutes: 240, rpoTargetMinutes: 60 });
    await db.exerciseMeasurement.update({ where: { id: m.measurement.id }, data: { targetsRecorded: false, rtoTargetMinutes: null, rpoTargetMinutes: null } });
    const unknown = await measurementsOf();
    expect(Object.keys(unknown).filter((key) => /target/i.test(key))).toEqual([]);
  });
});

describe("a version's snapshot names the locations restores came from", () => {
  it("keeps the plan's backup locations' names by key, for the PDF to name them as the test's page does", async () => {
    const org = await makeOrg("Verdicts");
    const m = await measuredPlan(org, { rto: 240, rpo: 60 });
    const snapshot = toPlainJson(await db.$transaction((tx) => buildSnapshot(tx, { orgId: org.orgId, planId: m.plan.id }))) as { recovery: { locationNames?: Record<string, string> } };
    expect(snapshot.recovery.locationNames).toEqual({ nas: "NAS" });
  });
});

describe("the tests stage judges the last test against today's targets (decision 45)", () => {
  it("asks for a test again when the RTO was tightened since, saying the last test met the RTO of its time", async () => {
    const org = await makeOrg("Verdicts");
    const m = await measuredPlan(org, { rto: 240, rpo: 60 });
    const before = await testsCompletenessSource({ orgId: org.orgId, planId: m.plan.id });
    expect(before).toMatchObject({ tests: 100, todo: { tests: [] }, outcome: { tests: "The measured restores of the last test of 1 scenario met their targets." } });

    await m.setRto("2h", 1);
    const after = await testsCompletenessSource({ orgId: org.orgId, planId: m.plan.id });
    expect(after).toEqual({
      tests: 75,
      todo: { tests: [`Test Ransomware again: its last test (${formatDay(conductedOn)}) met SQL01's RTO of 4 h then, but today's RTO is 2 h.`] },
      outcome: { tests: "The last test of 1 scenario met targets that have been tightened since: Ransomware." },
    });
    const schedule = await getTestSchedule({ actor: org.actors.auditor, plan: { id: m.plan.id, testCadenceDays: 365 }, now: new Date() });
    expect(schedule.lastTargets).toMatchObject({ checked: 1, missed: 1, metThen: 1 });
    expect(lastTargetsWords(schedule.scenarios[0].lastTargets)).toBe("Tightened since: 1 measured restore met its target then, not today's");
    expect(scheduleStatus(schedule)).toEqual({ label: "Tested within cadence; in the last test, 1 measured restore met its target then, not today's", tone: "amber" });
  });
});
