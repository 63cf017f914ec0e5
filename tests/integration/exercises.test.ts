import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { archivePlan } from "@/lib/plans/archive-plan";
import { getPlan } from "@/lib/plans/get-plan";
import { getPlanOverview } from "@/lib/plans/get-plan-overview";
import { createExercise } from "@/lib/exercises/create-exercise";
import { updateExercise } from "@/lib/exercises/update-exercise";
import { deleteExercise } from "@/lib/exercises/delete-exercise";
import { getExercise } from "@/lib/exercises/get-exercise";
import { listExercises } from "@/lib/exercises/list-exercises";
import { addMeasurement } from "@/lib/exercises/add-measurement";
import { removeMeasurement } from "@/lib/exercises/remove-measurement";
import { setTestCadence } from "@/lib/exercises/set-test-cadence";
import { getTestSchedule } from "@/lib/exercises/get-test-schedule";
import { nextDueWords, scheduleStatus } from "@/lib/exercises/schedule-words";
import { listPlans } from "@/lib/plans/list-plans";
import { uploadAttachment } from "@/lib/exercises/upload-attachment";
import { getAttachment } from "@/lib/exercises/get-attachment";
import { deleteAttachment } from "@/lib/exercises/delete-attachment";
import { MAX_ATTACHMENT_BYTES } from "@/lib/exercises/attachment-rules";
import { createFinding } from "@/lib/findings/create-finding";
import { updateFinding } from "@/lib/findings/update-finding";
import { closeFinding } from "@/lib/findings/close-finding";
import { listOpenFindings } from "@/lib/findings/list-open-findings";
import { planGaps } from "@/lib/plans/plan-gaps";
import { formatDay } from "@/lib/days";
import type { AppError } from "@/lib/errors";
import { failure, makeOrg, type TestOrg } from "./factories";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** A plan with two systems, two backup locations (nas, usb), scenarios, a function and two people, made straight in Postgres. */
async function planWithScope(org: TestOrg) {
  const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol" } });
  const row = { orgId: org.orgId, planId: plan.id };
  const sql = await db.system.create({ data: { ...row, name: "SQL01" } });
  const file = await db.system.create({ data: { ...row, name: "FILE01" } });
  const ransomware = await db.scenario.create({ data: { ...row, key: "ransomware", name: "Ransomware", kind: "ransomware" } });
  const siteLoss = await db.scenario.create({ data: { ...row, key: "site-loss", name: "Site loss", kind: "site" } });
  const orders = await db.businessFunction.create({ data: { ...row, name: "Order taking" } });
  const priya = await db.person.create({ data: { orgId: org.orgId, name: "Priya Shah" } });
  const alex = await db.person.create({ data: { orgId: org.orgId, name: "Alex Morgan" } });
  for (const key of ["nas", "usb"]) await db.backupLocation.create({ data: { ...row, key, name: key.toUpperCase(), throughputMBps: 100 } });
  return { plan, sql, file, ransomware, siteLoss, orders, priya, alex };
}

function simulationInput(s: Awaited<ReturnType<typeof planWithScope>>, extra: Record<string, unknown> = {}) {
  return {
    planId: s.plan.id,
    type: "simulation",
    title: "SQL restore from the NAS",
    conductedOn: "2026-09-22",
    result: "passed_with_findings",
    objectives: "Restore SQL01 within the RTO",
    successCriteria: "ERP usable within 4 hours",
    narrative: "Restored onto HV02.",
    systemIds: [s.sql.id],
    scenarioIds: [s.ransomware.id],
    functionIds: [s.orders.id],
    participantIds: [s.priya.id, s.alex.id],
    ...extra,
  };
}

describe("test records", () => {
  it("records a test with its scope, participants and audit row, and lists it", async () => {
    const org = await makeOrg();
    const s = await planWithScope(org);
    const created = await createExercise({ actor: org.actors.committee, input: simulationInput(s) });
    const exercise = await getExercise({ actor: org.actors.auditor, planId: s.plan.id, exerciseId: created.id });
    expect(exercise).toMatchObject({ type: "simulation", result: "passed_with_findings", conductedOn: d("2026-09-22"), version: 1 });
    expect(exercise.systems.map((x) => x.name)).toEqual(["SQL01"]);
    expect(exercise.scenarios.map((x) => x.key)).toEqual(["ransomware"]);
    expect(exercise.participants.map((x) => x.name)).toEqual(["Alex Morgan", "Priya Shah"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "exercise.created" } });
    expect(audit.after).toMatchObject({ title: "SQL restore from the NAS", conductedOn: "2026-09-22", systemIds: [s.sql.id] });
    const page = await listExercises({ actor: org.actors.executive, planId: s.plan.id, query: { q: "nas", sort: "conductedOn", dir: "desc", page: 1, pageSize: 50 } });
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({ title: "SQL restore from the NAS" });
  });

  it("refuses invalid input, future dates and ids from elsewhere on their fields, writing nothing", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const s = await planWithScope(org);
    const theirs = await planWithScope(other);
    const blank = await failure(createExercise({ actor: org.actors.committee, input: { planId: s.plan.id, title: " ", type: "drill" } }));
    expect(blank.code).toBe("VALIDATION");
    expect(blank.fieldErrors).toMatchObject({ title: "Give the test a title.", type: "Choose the type of test.", conductedOn: "Enter the date the test took place.", result: "Choose the result." });
    const future = await failure(createExercise({ actor: org.actors.committee, input: simulationInput(s, { conductedOn: "2999-01-01" }) }));
    expect(future.fieldErrors?.conductedOn).toMatch(/cannot be in the future/);
    for (const [field, id] of [["systemIds", theirs.sql.id], ["scenarioIds", theirs.ransomware.id], ["participantIds", theirs.priya.id], ["functionIds", theirs.orders.id]] as const) {
      const error = await failure(createExercise({ actor: org.actors.committee, input: simulationInput(s, { [field]: [id] }) }));
      expect(error.code).toBe("VALIDATION");
      expect(Object.keys(error.fieldErrors ?? {})).toEqual([field]);
    }
    const forbidden = await failure(createExercise({ actor: org.actors.auditor, input: simulationInput(s) }));
    expect(forbidden.code).toBe("FORBIDDEN");
    expect(await db.exercise.count({ where: { orgId: org.orgId } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, entityType: "exercise" } })).toBe(0);
  });

  it("edits with optimistic concurrency and replaces the scope; a stale version changes nothing", async () => {
    const org = await makeOrg();
    const s = await planWithScope(org);
    const created = await createExercise({ actor: org.actors.committee, input: simulationInput(s) });
    const edit = { ...simulationInput(s), exerciseId: created.id, version: 1, title: "SQL and file restore", systemIds: [s.sql.id, s.file.id], participantIds: [s.alex.id] };
    await updateExercise({ actor: org.actors.admin, input: edit });
    const stale = await failure(updateExercise({ actor: org.actors.committee, input: { ...edit, title: "Lost edit" } }));
    expect(stale.code).toBe("CONFLICT");
    const row = await getExercise({ actor: org.actors.auditor, planId: s.plan.id, exerciseId: created.id });
    expect(row).toMatchObject({ title: "SQL and file restore", version: 2 });
    expect(row.systems.map((x) => x.name)).toEqual(["FILE01", "SQL01"]);
    expect(row.participants.map((x) => x.name)).toEqual(["Alex Morgan"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "exercise.updated" } });
    expect(audit.before).toMatchObject({ title: "SQL restore from the NAS", participantIds: expect.arrayContaining([s.priya.id, s.alex.id]) });
    expect(audit.after).toMatchObject({ title: "SQL and file restore", participantIds: [s.alex.id] });
  });

  it("records measured restores as typed, refusing bad locations, sizes and duplicates", async () => {
    const org = await makeOrg();
    const s = await planWithScope(org);
    const ex = await createExercise({ actor: org.actors.committee, input: simulationInput(s) });
    const base = { planId: s.plan.id, exerciseId: ex.id };
    await addMeasurement({ actor: org.actors.committee, input: { ...base, systemId: s.sql.id, locationKey: "nas", restoreMinutes: "150", dataLossMinutes: "45", usedGB: "500" } });
    const usb = await addMeasurement({ actor: org.actors.committee, input: { ...base, systemId: s.file.id, locationKey: "usb", restoreMinutes: "310", dataLossMinutes: "", usedGB: "" } });
    // Blank is not measured (decision 71), never "none lost".
    expect(usb).toMatchObject({ dataLossMinutes: null, usedGB: null });
    const bad = await failure(addMeasurement({ actor: org.actors.committee, input: { ...base, systemId: s.sql.id, locationKey: "Off Site!", restoreMinutes: "" } }));
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["locationKey", "restoreMinutes"]);
    const duplicate = await failure(addMeasurement({ actor: org.actors.committee, input: { ...base, systemId: s.sql.id, locationKey: "nas", restoreMinutes: "1" } }));
    expect(Object.keys(duplicate.fieldErrors ?? {})).toEqual(["locationKey"]);
    // A size of 0 would stop the plan's whole assessment (the engine scales by it): refused at its field.
    const empty = await failure(addMeasurement({ actor: org.actors.committee, input: { ...base, systemId: s.file.id, locationKey: "nas", restoreMinutes: "5", usedGB: "0" } }));
    expect(empty.fieldErrors).toEqual({ usedGB: "Enter the size restored in GB (more than 0), or leave it blank." });
    // A well-formed key that names none of the plan's locations would be evidence of nothing.
    const unknown = await failure(addMeasurement({ actor: org.actors.committee, input: { ...base, systemId: s.file.id, locationKey: "tape", restoreMinutes: "60" } }));
    expect(unknown.fieldErrors).toEqual({ locationKey: "This plan has no backup location “tape”. Its locations: nas, usb." });
    const stored = await db.exerciseMeasurement.findMany({
      where: { orgId: org.orgId, exerciseId: ex.id },
      orderBy: { locationKey: "asc" },
      select: { systemId: true, locationKey: true, restoreMinutes: true, usedGB: true },
    });
    expect(stored).toEqual([
      { systemId: s.sql.id, locationKey: "nas", restoreMinutes: 150, usedGB: 500 },
      { systemId: s.file.id, locationKey: "usb", restoreMinutes: 310, usedGB: null },
    ]);
    await removeMeasurement({ actor: org.actors.committee, input: { ...base, measurementId: usb.id } });
    expect(await db.exerciseMeasurement.count({ where: { exerciseId: ex.id } })).toBe(1);
    const actions = await db.auditLog.findMany({ where: { orgId: org.orgId, entityId: ex.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["exercise.created", "exercise.measurement_added", "exercise.measurement_added", "exercise.measurement_removed"]);
  });

  it("refuses to delete a test someone saved since the page was loaded, saying who changed what, and deletes it at the current version", async () => {
    const org = await makeOrg();
    const s = await planWithScope(org);
    const ex = await createExercise({ actor: org.actors.committee, input: simulationInput(s) });
    const ref = { planId: s.plan.id, exerciseId: ex.id };
    await updateExercise({ actor: org.actors.admin, input: { ...simulationInput(s), exerciseId: ex.id, version: 1, title: "SQL restore from the NAS, second run" } });
    const stored = await db.exercise.findUniqueOrThrow({ where: { id: ex.id }, include: { systems: true, participants: true } });

    const stale = (await failure(deleteExercise({ actor: org.actors.committee, input: { ...ref, version: 1 } }))) as AppError;
    expect(stale).toMatchObject({ code: "CONFLICT", message: "The test was changed after this page was loaded, so it was not deleted." });
    expect(stale.conflict).toMatchObject({
      version: 2,
      by: org.actors.admin.name,
      refused: "delete",
      changes: [{ field: "title", label: "Title", from: "SQL restore from the NAS", to: "SQL restore from the NAS, second run" }],
    });
    expect(await db.exercise.findUniqueOrThrow({ where: { id: ex.id }, include: { systems: true, participants: true } })).toEqual(stored);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "exercise.deleted" } })).toBe(0);

    await deleteExercise({ actor: org.actors.committee, input: { ...ref, version: 2 } });
    expect(await db.exercise.count({ where: { orgId: org.orgId } })).toBe(0);
    const gone = await failure(deleteExercise({ actor: org.actors.committee, input: { ...ref, version: 2 } }));
    expect(gone).toMatchObject({ code: "NOT_FOUND", message: "The test was not found: it has probably been deleted already." });
  });

  it("deletes a test with its measurements and attachments but keeps its findings open on the plan", async () => {
    const org = await makeOrg();
    const s = await planWithScope(org);
    const ex = await createExercise({ actor: org.actors.committee, input: simulationInput(s) });
    await addMeasurement({ actor: org.actors.committee, input: { planId: s.plan.id, exerciseId: ex.id, systemId: s.sql.id, locationKey: "nas", restoreMinutes: "150" } });
    await uploadAttachment({ actor: org.actors.committee, input: { planId: s.plan.id, exerciseId: ex.id }, file: { name: "shot.png", type: "image/png", bytes: PNG } });
    await createFinding({ actor: org.actors.committee, input: { planId: s.plan.id, exerciseId: ex.id, description: "USB drive stale", severity: "high", ownerId: s.alex.id, dueOn: "2026-12-15" } });
    await deleteExercise({ actor: org.actors.committee, input: { planId: s.plan.id, exerciseId: ex.id, version: 1 } });
    expect(await db.exercise.count({ where: { orgId: org.orgId } })).toBe(0);
    expect(await db.exerciseMeasurement.count({ where: { orgId: org.orgId } })).toBe(0);
    expect(await db.attachment.count({ where: { orgId: org.orgId } })).toBe(0);
    expect((await listOpenFindings({ actor: org.actors.auditor, planId: s.plan.id })).map((f) => f.description)).toEqual(["USB drive stale"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "exercise.deleted" } });
    // What was deleted, by name, so the log reads it once those records are gone too.
    expect(audit.before).toMatchObject({
      title: "SQL restore from the NAS",
      systems: [{ id: s.sql.id, name: "SQL01" }],
      scenarios: [{ id: s.ransomware.id, name: "Ransomware" }],
      functions: [{ id: s.orders.id, name: "Order taking" }],
      participants: [{ name: "Alex Morgan" }, { name: "Priya Shah" }],
      measurements: [{ system: "SQL01", systemId: s.sql.id, locationKey: "nas", location: "NAS", restoreMinutes: 150, dataLossMinutes: null, usedGB: null }],
      attachments: [{ name: "shot.png" }],
      attachmentsKept: [],
    });
  });

  it("refuses every change to an archived plan's tests", async () => {
    const org = await makeOrg();
    const s = await planWithScope(org);
    const ex = await createExercise({ actor: org.actors.committee, input: simulationInput(s) });
    await archivePlan({ actor: org.actors.committee, input: { planId: s.plan.id } });
    for (const attempt of [
      () => createExercise({ actor: org.actors.committee, input: simulationInput(s) }),
      () => addMeasurement({ actor: org.actors.committee, input: { planId: s.plan.id, exerciseId: ex.id, systemId: s.sql.id, locationKey: "nas", restoreMinutes: "1" } }),
      () => createFinding({ actor: org.actors.committee, input: { planId: s.plan.id, description: "x", severity: "low", ownerId: s.alex.id, dueOn: "2026-12-15" } }),
      () => setTestCadence({ actor: org.actors.committee, input: { planId: s.plan.id, testCadenceDays: "180", version: "2" } }),
    ]) {
      expect(await failure(attempt())).toMatchObject({ code: "CONFLICT", message: "An archived plan cannot be edited." });
    }
    expect(await db.exercise.count({ where: { orgId: org.orgId } })).toBe(1);
  });
});

describe("measured restores against their targets", () => {
  it("holds each restore against its system's targets as the system page has them, and flags a Passed test that missed one", async () => {
    const org = await makeOrg();
    const s = await planWithScope(org);
    // SQL01's own function sets an RPO of 5 min and an RTO of 4 h; FILE01, which depends on it,
    // passes down an RTO of 45 min (the recovery pages' effective targets).
    const row = { orgId: org.orgId, planId: s.plan.id };
    await db.businessFunction.create({ data: { ...row, name: "Temperature monitoring", rtoMinutes: 240, rpoMinutes: 5, systems: { connect: [{ id: s.sql.id }] } } });
    await db.businessFunction.create({ data: { ...row, name: "Alarm call-out", rtoMinutes: 45, systems: { connect: [{ id: s.file.id }] } } });
    await db.system.update({ where: { id: s.file.id }, data: { dependsOn: { connect: [{ id: s.sql.id }] } } });
    const today = new Date().toISOString().slice(0, 10);
    const ex = await createExercise({
      actor: org.actors.committee,
      input: simulationInput(s, { title: "Cold store loss tabletop", result: "passed", conductedOn: today, scenarioIds: [s.siteLoss.id] }),
    });
    const added = await addMeasurement({
      actor: org.actors.committee,
      input: { planId: s.plan.id, exerciseId: ex.id, systemId: s.sql.id, locationKey: "nas", restoreMinutes: "90", dataLossMinutes: "60" },
    });
    expect(added.check).toEqual({ rto: { target: 45, measured: 90, missedBy: 45 }, rpo: { target: 5, measured: 60, missedBy: 55 } });
    await addMeasurement({ actor: org.actors.committee, input: { planId: s.plan.id, exerciseId: ex.id, systemId: s.file.id, locationKey: "usb", restoreMinutes: "30" } });

    const page = await getExercise({ actor: org.actors.auditor, planId: s.plan.id, exerciseId: ex.id });
    expect(page.measurements.map((m) => [m.system.name, m.check.rto?.missedBy, m.check.rpo?.missedBy ?? null])).toEqual([
      ["FILE01", 0, null],
      ["SQL01", 45, 55],
    ]);
    expect(page).toMatchObject({ result: "passed", targets: { checked: 2, missed: 1 }, flag: "Passed, but 1 measured restore missed its target" });
    const list = await listExercises({ actor: org.actors.auditor, planId: s.plan.id, query: { q: "", sort: "conductedOn", dir: "desc", page: 1, pageSize: 50 } });
    expect(list.rows).toMatchObject([{ title: "Cold store loss tabletop", result: "passed", measurementCount: 2, flag: "Passed, but 1 measured restore missed its target" }]);
    const plan = await getPlan({ actor: org.actors.auditor, planId: s.plan.id });
    const schedule = await getTestSchedule({ actor: org.actors.auditor, plan, now: new Date() });
    expect(schedule).toMatchObject({ status: "current", lastTargets: { checked: 2, missed: 1 } });
    expect(schedule.scenarios.find((x) => x.key === "site-loss")).toMatchObject({ status: "current", lastTargets: { checked: 2, missed: 1 } });
    // The result stays as recorded.
    expect(await db.exercise.findUniqueOrThrow({ where: { id: ex.id } })).toMatchObject({ result: "passed", version: 1 });
  });
});

describe("findings", () => {
  it("stay open, are edited under concurrency, and close only with a note", async () => {
    const org = await makeOrg();
    const s = await planWithScope(org);
    const ex = await createExercise({ actor: org.actors.committee, input: simulationInput(s) });
    const finding = await createFinding({
      actor: org.actors.committee,
      input: { planId: s.plan.id, exerciseId: ex.id, description: "Off-site USB drive was 9 days old", severity: "high", ownerId: s.alex.id, dueOn: "2026-12-15" },
    });
    expect(finding).toMatchObject({ status: "open", dueOn: d("2026-12-15"), ownerId: s.alex.id });
    const update = { planId: s.plan.id, findingId: finding.id, description: "Off-site USB drive was 9 days old", severity: "critical", ownerId: s.priya.id, dueOn: "2027-01-15", status: "in_progress", version: 1 };
    await updateFinding({ actor: org.actors.committee, input: update });
    expect(await failure(updateFinding({ actor: org.actors.committee, input: update }))).toMatchObject({ code: "CONFLICT" });
    const noNote = await failure(closeFinding({ actor: org.actors.committee, input: { planId: s.plan.id, findingId: finding.id, closedNote: "  ", version: 2 } }));
    expect(noNote.fieldErrors).toEqual({ closedNote: "Say how the finding was resolved." });
    expect(await listOpenFindings({ actor: org.actors.auditor, planId: s.plan.id })).toMatchObject([{ severity: "critical", status: "in_progress", dueOn: d("2027-01-15"), owner: { name: "Priya Shah" } }]);
    const closedAt = new Date("2026-11-20T10:00:00Z");
    await closeFinding({ actor: org.actors.committee, input: { planId: s.plan.id, findingId: finding.id, closedNote: "Rotation now weekly with a checklist.", version: 2 }, now: closedAt });
    expect(await db.finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ status: "closed", closedNote: "Rotation now weekly with a checklist.", closedAt, version: 3 });
    expect(await listOpenFindings({ actor: org.actors.auditor, planId: s.plan.id })).toEqual([]);
    expect(await failure(updateFinding({ actor: org.actors.committee, input: { ...update, version: 3 } }))).toMatchObject({ code: "CONFLICT" });
    const actions = await db.auditLog.findMany({ where: { orgId: org.orgId, entityId: finding.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["finding.created", "finding.updated", "finding.closed"]);
  });

  it("need an owner and a due date on or after the test's date; a refusal changes nothing", async () => {
    const org = await makeOrg();
    const s = await planWithScope(org);
    const ex = await createExercise({ actor: org.actors.committee, input: simulationInput(s, { conductedOn: "2026-11-25" }) });
    const base = { planId: s.plan.id, exerciseId: ex.id, description: "Alarm relay not in the runbook", severity: "high" };
    const unowned = await failure(createFinding({ actor: org.actors.committee, input: { ...base, ownerId: "", dueOn: "" } }));
    expect(unowned.fieldErrors).toEqual({ ownerId: "Owner: choose who will fix it.", dueOn: "Due date: enter the date by which it is to be fixed." });
    const early = await failure(createFinding({ actor: org.actors.committee, input: { ...base, ownerId: s.alex.id, dueOn: "2020-01-01" } }));
    expect(early.fieldErrors).toEqual({ dueOn: "Due date: on or after the test's date, 25 Nov 2026." });
    // Both problems in one round, not the due date only once an owner is chosen.
    const both = await failure(createFinding({ actor: org.actors.committee, input: { ...base, ownerId: "", dueOn: "2020-01-01" } }));
    expect(both.fieldErrors).toEqual({ ownerId: "Owner: choose who will fix it.", dueOn: "Due date: on or after the test's date, 25 Nov 2026." });
    expect(await db.finding.count({ where: { orgId: org.orgId } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, entityType: "finding" } })).toBe(0);

    // Due on the test's own day is fine.
    await createFinding({ actor: org.actors.committee, input: { ...base, ownerId: s.alex.id, dueOn: "2026-11-25" } });
    expect(await listOpenFindings({ actor: org.actors.auditor, planId: s.plan.id })).toMatchObject([{ owner: { name: "Alex Morgan" }, dueOn: d("2026-11-25") }]);

    // A finding saved before owners and due dates were required stays readable; its next edit must give both.
    const legacy = await db.finding.create({ data: { orgId: org.orgId, planId: s.plan.id, exerciseId: ex.id, description: "Call list out of date", severity: "medium" } });
    expect((await listOpenFindings({ actor: org.actors.auditor, planId: s.plan.id })).find((f) => f.id === legacy.id)).toMatchObject({ owner: null, dueOn: null });
    const edit = { planId: s.plan.id, findingId: legacy.id, description: "Call list out of date", severity: "medium", status: "in_progress", version: 1 };
    const blank = await failure(updateFinding({ actor: org.actors.committee, input: { ...edit, ownerId: "", dueOn: "" } }));
    expect(Object.keys(blank.fieldErrors ?? {}).sort()).toEqual(["dueOn", "ownerId"]);
    const before = await failure(updateFinding({ actor: org.actors.committee, input: { ...edit, ownerId: s.priya.id, dueOn: "2026-11-24" } }));
    expect(before.fieldErrors).toEqual({ dueOn: "Due date: on or after the test's date, 25 Nov 2026." });
    const unownedEarly = await failure(updateFinding({ actor: org.actors.committee, input: { ...edit, ownerId: "", dueOn: "2026-11-24" } }));
    expect(unownedEarly.fieldErrors).toEqual({ ownerId: "Owner: choose who will fix it.", dueOn: "Due date: on or after the test's date, 25 Nov 2026." });
    expect(await db.finding.findUniqueOrThrow({ where: { id: legacy.id } })).toMatchObject({ status: "open", ownerId: null, dueOn: null, version: 1 });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, entityType: "finding" } })).toBe(1);
    await updateFinding({ actor: org.actors.committee, input: { ...edit, ownerId: s.priya.id, dueOn: "2026-12-15" } });
    expect(await db.finding.findUniqueOrThrow({ where: { id: legacy.id } })).toMatchObject({ status: "in_progress", ownerId: s.priya.id, dueOn: d("2026-12-15"), version: 2 });
  });

  it("hold the test's date back: a later date than open findings are due is refused at the date, naming them, and nothing changes", async () => {
    const org = await makeOrg();
    const s = await planWithScope(org);
    const ex = await createExercise({ actor: org.actors.committee, input: simulationInput(s, { conductedOn: "2026-10-20" }) });
    const base = { planId: s.plan.id, exerciseId: ex.id, severity: "high", ownerId: s.alex.id };
    await createFinding({ actor: org.actors.committee, input: { ...base, description: "Call list out of date", dueOn: "2026-10-22" } });
    await createFinding({ actor: org.actors.committee, input: { ...base, description: "Alarm relay not in the runbook", dueOn: "2026-10-30" } });
    // A closed finding is kept as it was closed: its due date does not hold the test back.
    const closed = await createFinding({ actor: org.actors.committee, input: { ...base, description: "Spare keys missing", dueOn: "2026-10-21" } });
    await closeFinding({ actor: org.actors.committee, input: { planId: s.plan.id, findingId: closed.id, closedNote: "Cut new keys", version: 1 } });
    const edit = { ...simulationInput(s), exerciseId: ex.id, version: 1 };

    const later = await failure(updateExercise({ actor: org.actors.committee, input: { ...edit, conductedOn: "2026-10-25", title: "Renamed" } }));
    expect(later.fieldErrors).toEqual({
      conductedOn:
        "Held on 25 Oct 2026, the test would have a finding due before it: “Call list out of date” (due 22 Oct 2026). " +
        "Move its due date to 25 Oct 2026 or later first, then change the test's date.",
    });
    expect(await db.exercise.findUniqueOrThrow({ where: { id: ex.id } })).toMatchObject({ conductedOn: d("2026-10-20"), title: "SQL restore from the NAS", version: 1 });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "exercise.updated" } })).toBe(0);
    const both = await failure(updateExercise({ actor: org.actors.committee, input: { ...edit, conductedOn: "2026-11-02" } }));
    expect(both.fieldErrors?.conductedOn).toMatch(/^Held on 2 Nov 2026, the test would have 2 findings due before it: “Call list out of date” \(due 22 Oct 2026\), “Alarm relay not in the runbook” \(due 30 Oct 2026\)\. Move their due dates/);

    // On the earliest due day itself, or earlier than the test was, the date moves.
    await updateExercise({ actor: org.actors.committee, input: { ...edit, conductedOn: "2026-10-22" } });
    await updateExercise({ actor: org.actors.committee, input: { ...edit, version: 2, conductedOn: "2026-10-01" } });
    expect(await db.exercise.findUniqueOrThrow({ where: { id: ex.id } })).toMatchObject({ conductedOn: d("2026-10-01"), version: 3 });
  });

  it("refuses an owner from another organisation", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const s = await planWithScope(org);
    const theirs = await planWithScope(other);
    const error = await failure(createFinding({ actor: org.actors.committee, input: { planId: s.plan.id, description: "x", severity: "low", ownerId: theirs.alex.id, dueOn: "2026-12-15" } }));
    expect(error.fieldErrors).toEqual({ ownerId: "Choose the owner from the people register." });
    expect(await db.finding.count({ where: { orgId: org.orgId } })).toBe(0);
  });
});

describe("attachments", () => {
  it("names evidence for the type it was checked as: a script or page sent as text is downloaded as text, never under its own extension", async () => {
    const org = await makeOrg();
    const s = await planWithScope(org);
    const ex = await createExercise({ actor: org.actors.committee, input: simulationInput(s) });
    const ref = { planId: s.plan.id, exerciseId: ex.id };
    const text = (body: string) => new TextEncoder().encode(body);
    const upload = (name: string, type: string, bytes: Uint8Array) => uploadAttachment({ actor: org.actors.committee, input: ref, file: { name, type, bytes } });
    // Text passes the content check whatever it is; the browser declares the type, the attacker the name.
    const script = await upload("restore-check.bat", "text/plain", text("@echo off\r\ndel /q C:\\backups\\*\r\n"));
    const page = await upload("results.html", "application/json", text("<script>alert(1)</script>"));
    const bare = await upload("syslog.1", "text/plain", text("Nov 27 restore finished\n"));
    const named = await db.attachment.findMany({ where: { id: { in: [script.id, page.id, bare.id] } }, select: { id: true, fileName: true, contentType: true } });
    expect(Object.fromEntries(named.map((a) => [a.id, [a.fileName, a.contentType]]))).toEqual({
      [script.id]: ["restore-check.bat.txt", "text/plain"],
      [page.id]: ["results.html.json", "application/json"],
      [bare.id]: ["syslog.1.txt", "text/plain"],
    });
    const download = await getAttachment({ actor: org.actors.auditor, input: { ...ref, attachmentId: script.id } });
    expect(download.fileName).toBe("restore-check.bat.txt");
    // A name whose extension is one evidence may have is kept as it was, whichever of them it is.
    const kept = await Promise.all([upload("veeam.log", "text/plain", text("ok\n")), upload("restores.csv", "text/plain", text("a,b\n")), upload("Shot.JPG", "image/png", PNG)]);
    expect(kept.map((a) => a.fileName)).toEqual(["veeam.log", "restores.csv", "Shot.JPG"]);
  });

  it("stores evidence with its hash and gives it back; limits and wrong content change nothing", async () => {
    const org = await makeOrg();
    const s = await planWithScope(org);
    const ex = await createExercise({ actor: org.actors.committee, input: simulationInput(s) });
    const ref = { planId: s.plan.id, exerciseId: ex.id };
    const stored = await uploadAttachment({ actor: org.actors.committee, input: ref, file: { name: "C:\\evidence\\restore.png", type: "image/png", bytes: PNG } });
    expect(stored).toMatchObject({ fileName: "restore.png", contentType: "image/png", sizeBytes: PNG.length });
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    const download = await getAttachment({ actor: org.actors.auditor, input: { ...ref, attachmentId: stored.id } });
    expect(new Uint8Array(download.data)).toEqual(PNG);
    // Who took which evidence file is in the audit log.
    const taken = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "exercise.attachment_downloaded" } });
    expect(taken).toMatchObject({ actorId: org.actors.auditor.userId, entityId: ex.id, planId: s.plan.id, after: { fileName: "restore.png", sha256: stored.sha256 } });

    const tooBig = await failure(uploadAttachment({ actor: org.actors.committee, input: ref, file: { name: "big.log", type: "text/plain", bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1).fill(65) } }));
    expect(tooBig.fieldErrors?.file).toBe("The file is 10.0 MB; the limit is 10.0 MB.");
    const disguised = await failure(uploadAttachment({ actor: org.actors.committee, input: ref, file: { name: "shot.png", type: "image/png", bytes: new Uint8Array([0x4d, 0x5a, 1, 2]) } }));
    expect(disguised.fieldErrors?.file).toMatch(/not a PNG image/);
    const exe = await failure(uploadAttachment({ actor: org.actors.committee, input: ref, file: { name: "tool.exe", type: "application/x-msdownload", bytes: new Uint8Array([0x4d, 0x5a]) } }));
    expect(exe.fieldErrors?.file).toMatch(/cannot be attached/);
    const none = await failure(uploadAttachment({ actor: org.actors.committee, input: ref, file: null }));
    expect(none.fieldErrors).toEqual({ file: "Choose a file to attach." });
    const auditor = await failure(uploadAttachment({ actor: org.actors.auditor, input: ref, file: { name: "a.txt", type: "text/plain", bytes: PNG.subarray(1, 4) } }));
    expect(auditor.code).toBe("FORBIDDEN");
    expect(await db.attachment.count({ where: { orgId: org.orgId } })).toBe(1);

    await deleteAttachment({ actor: org.actors.committee, input: { ...ref, attachmentId: stored.id } });
    expect(await db.attachment.count({ where: { orgId: org.orgId } })).toBe(0);
    const actions = await db.auditLog.findMany({ where: { orgId: org.orgId, entityId: ex.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["exercise.created", "exercise.attachment_added", "exercise.attachment_downloaded", "exercise.attachment_deleted"]);
  });
});

describe("another organisation", () => {
  it("finds none of the tests, measurements, findings or attachments and changes nothing", async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const s = await planWithScope(theirs);
    const ex = await createExercise({ actor: theirs.actors.committee, input: simulationInput(s) });
    const ref = { planId: s.plan.id, exerciseId: ex.id };
    const m = await addMeasurement({ actor: theirs.actors.committee, input: { ...ref, systemId: s.sql.id, locationKey: "nas", restoreMinutes: "150" } });
    const a = await uploadAttachment({ actor: theirs.actors.committee, input: ref, file: { name: "shot.png", type: "image/png", bytes: PNG } });
    const f = await createFinding({ actor: theirs.actors.committee, input: { ...ref, description: "Secret", severity: "low", ownerId: s.alex.id, dueOn: "2026-12-15" } });
    const me = mine.actors.admin;
    for (const attempt of [
      () => getExercise({ actor: me, ...ref }),
      () => updateExercise({ actor: me, input: { ...simulationInput(s), exerciseId: ex.id, version: 1, title: "Hijacked", systemIds: [], scenarioIds: [], functionIds: [], participantIds: [] } }),
      () => deleteExercise({ actor: me, input: { ...ref, version: 1 } }),
      () => addMeasurement({ actor: me, input: { ...ref, systemId: s.sql.id, locationKey: "usb", restoreMinutes: "1" } }),
      () => removeMeasurement({ actor: me, input: { ...ref, measurementId: m.id } }),
      () => getAttachment({ actor: me, input: { ...ref, attachmentId: a.id } }),
      () => deleteAttachment({ actor: me, input: { ...ref, attachmentId: a.id } }),
      () => uploadAttachment({ actor: me, input: ref, file: { name: "x.png", type: "image/png", bytes: PNG } }),
      () => createFinding({ actor: me, input: { ...ref, description: "x", severity: "low", ownerId: s.alex.id, dueOn: "2026-12-15" } }),
      () => updateFinding({ actor: me, input: { planId: s.plan.id, findingId: f.id, description: "x", severity: "low", ownerId: s.alex.id, dueOn: "2026-12-15", status: "open", version: 1 } }),
      () => closeFinding({ actor: me, input: { planId: s.plan.id, findingId: f.id, closedNote: "x", version: 1 } }),
      () => setTestCadence({ actor: me, input: { planId: s.plan.id, testCadenceDays: "30", version: "1" } }),
    ]) {
      expect((await failure(attempt())).code).toBe("NOT_FOUND");
    }
    expect(await db.exercise.findUniqueOrThrow({ where: { id: ex.id } })).toMatchObject({ title: "SQL restore from the NAS", version: 1 });
    expect(await db.exerciseMeasurement.count({ where: { exerciseId: ex.id } })).toBe(1);
    expect(await db.attachment.count({ where: { exerciseId: ex.id } })).toBe(1);
    expect(await db.finding.findUniqueOrThrow({ where: { id: f.id } })).toMatchObject({ status: "open", version: 1 });
    expect(await db.plan.findUniqueOrThrow({ where: { id: s.plan.id } })).toMatchObject({ testCadenceDays: 365 });
    expect(await db.auditLog.count({ where: { orgId: mine.orgId } })).toBe(0);
    expect(await listOpenFindings({ actor: me, planId: s.plan.id })).toEqual([]);
    expect((await listExercises({ actor: me, planId: s.plan.id, query: { q: "", sort: "conductedOn", dir: "desc", page: 1, pageSize: 50 } })).total).toBe(0);
  });
});

describe("the test schedule", () => {
  it("flags never-tested and stale scenarios from stored tests at a fixed date, and scores the stage", async () => {
    const org = await makeOrg();
    const s = await planWithScope(org);
    const plan = () => getPlan({ actor: org.actors.auditor, planId: s.plan.id });
    const never = await getTestSchedule({ actor: org.actors.auditor, plan: await plan(), now: d("2026-11-25") });
    expect(never).toMatchObject({ status: "never", cadenceDays: 365 });
    const overview = await getPlanOverview({ actor: org.actors.auditor, plan: await plan() });
    expect(overview.stages.find((x) => x.key === "tests")?.completeness).toBe(0);

    await createExercise({ actor: org.actors.committee, input: simulationInput(s, { conductedOn: "2026-03-18", scenarioIds: [s.ransomware.id] }) });
    await createExercise({ actor: org.actors.committee, input: simulationInput(s, { conductedOn: "2026-09-22", scenarioIds: [] }) });
    const current = await getTestSchedule({ actor: org.actors.auditor, plan: await plan(), now: d("2026-11-25") });
    expect(current).toMatchObject({ status: "current", lastTestedOn: d("2026-09-22"), nextDueOn: d("2027-09-22") });
    expect(current.scenarios.map((x) => [x.key, x.status])).toEqual([["ransomware", "current"], ["site-loss", "never"]]);

    await setTestCadence({ actor: org.actors.committee, input: { planId: s.plan.id, testCadenceDays: "180", version: "1" } });
    const stale = await failure(setTestCadence({ actor: org.actors.committee, input: { planId: s.plan.id, testCadenceDays: "90", version: "1" } }));
    expect(stale.code).toBe("CONFLICT");
    const tooShort = await failure(setTestCadence({ actor: org.actors.committee, input: { planId: s.plan.id, testCadenceDays: "3", version: "2" } }));
    expect(Object.keys(tooShort.fieldErrors ?? {})).toEqual(["testCadenceDays"]);
    const later = await getTestSchedule({ actor: org.actors.auditor, plan: await plan(), now: d("2026-11-25") });
    expect(later).toMatchObject({ status: "current", cadenceDays: 180, nextDueOn: d("2027-03-21") });
    expect(later.scenarios.map((x) => [x.key, x.status])).toEqual([["ransomware", "overdue"], ["site-loss", "never"]]);
    expect(await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "plan.test_cadence_changed" } })).toMatchObject({
      before: { testCadenceDays: 365 },
      after: { testCadenceDays: 180 },
    });
  });

  it("does not count a plan whose only test failed as tested within its cadence", async () => {
    const org = await makeOrg();
    const plan = await createPlan({ actor: org.actors.committee, input: { name: "Failed once" } });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await createExercise({
      actor: org.actors.committee,
      input: { planId: plan.id, type: "simulation", title: "Restore that did not work", conductedOn: yesterday, result: "failed" },
    });
    const loaded = await getPlan({ actor: org.actors.auditor, planId: plan.id });
    expect(await getTestSchedule({ actor: org.actors.auditor, plan: loaded, now: new Date() })).toMatchObject({ status: "failed" });
    const overview = await getPlanOverview({ actor: org.actors.auditor, plan: loaded });
    // No scenarios and no open findings: 25 + 25, but none of the 50 for a test within the cadence.
    expect(overview.stages.find((x) => x.key === "tests")?.completeness).toBe(50);
  });

  it("does not count a scenario whose last test missed its system's RTO as tested, on the overview and the approval pages alike", async () => {
    const org = await makeOrg();
    const s = await planWithScope(org);
    await db.businessFunction.create({ data: { orgId: org.orgId, planId: s.plan.id, name: "Temperature monitoring", rtoMinutes: 45, systems: { connect: [{ id: s.sql.id }] } } });
    const today = new Date().toISOString().slice(0, 10);
    // Site loss: a restore of FILE01, which has no target to miss; Ransomware: SQL01 back in 90 min against an RTO of 45.
    const siteLoss = await createExercise({ actor: org.actors.committee, input: simulationInput(s, { title: "Site loss drill", conductedOn: today, scenarioIds: [s.siteLoss.id] }) });
    await addMeasurement({ actor: org.actors.committee, input: { planId: s.plan.id, exerciseId: siteLoss.id, systemId: s.file.id, locationKey: "usb", restoreMinutes: "600" } });
    const ransomware = await createExercise({ actor: org.actors.committee, input: simulationInput(s, { title: "Ransomware restore", result: "passed", conductedOn: today }) });
    await addMeasurement({ actor: org.actors.committee, input: { planId: s.plan.id, exerciseId: ransomware.id, systemId: s.sql.id, locationKey: "nas", restoreMinutes: "90" } });

    const overview = await getPlanOverview({ actor: org.actors.auditor, plan: await getPlan({ actor: org.actors.auditor, planId: s.plan.id }) });
    const tests = overview.stages.find((x) => x.key === "tests");
    const missed = `Test Ransomware again: its last test (${formatDay(d(today))}) missed SQL01's RTO by 45 min.`;
    // 50 for the test within the cadence, 12.5 for Site loss (one scenario of two tested successfully), 25 with no finding open.
    expect(tests).toMatchObject({
      completeness: 88,
      todo: [missed],
      outcome: "The last test of 1 scenario restored a system slower or with more data lost than its targets allow: Ransomware.",
    });
    // The approval and version pages list the plan's gaps from the same overview.
    expect(planGaps(overview.stages, overview.stages.length).gaps.find((gap) => gap.title === tests?.title)).toEqual({ title: tests?.title, completeness: 88, why: missed });
  });
});

describe("a plan tested for one of its three scenarios", () => {
  const NOW = d("2026-11-28");

  /** A plan with three scenarios and PMS01 (RTO 1 h from its function), made straight in Postgres. */
  async function practice(org: TestOrg, name: string) {
    const plan = await createPlan({ actor: org.actors.committee, input: { name } });
    const row = { orgId: org.orgId, planId: plan.id };
    const pms = await db.system.create({ data: { ...row, name: "PMS01" } });
    await db.businessFunction.create({ data: { ...row, name: "Appointments", rtoMinutes: 60, systems: { connect: [{ id: pms.id }] } } });
    await db.backupLocation.create({ data: { ...row, key: "nas", name: "NAS", throughputMBps: 100 } });
    const [host, site, ransomware] = await Promise.all([
      db.scenario.create({ data: { ...row, key: "host-loss", name: "Host HV01 lost", kind: "host" } }),
      db.scenario.create({ data: { ...row, key: "site-loss", name: "Practice lost (fire/flood)", kind: "site" } }),
      db.scenario.create({ data: { ...row, key: "ransomware", name: "Ransomware", kind: "ransomware" } }),
    ]);
    /** Records a passed test of the scenarios given, with PMS01 restored in the minutes given. */
    const test = async (scenarioIds: string[], restoreMinutes: string) => {
      const ex = await createExercise({
        actor: org.actors.committee,
        input: { planId: plan.id, type: "simulation", title: "Restore PMS01", conductedOn: "2026-11-25", result: "passed", scenarioIds, systemIds: [pms.id] },
      });
      await addMeasurement({ actor: org.actors.committee, input: { planId: plan.id, exerciseId: ex.id, systemId: pms.id, locationKey: "nas", restoreMinutes } });
    };
    return { plan, test, host, site, ransomware };
  }

  it("makes the next test due now, as its scenario table says, and the plan list says which are untested and that the test missed its RTO", async () => {
    const org = await makeOrg("Riverside");
    const riverside = await practice(org, "Riverside Dental");
    await riverside.test([riverside.host.id], "90");
    // Beside it, a plan never tested and one whose single test covered every scenario within its targets.
    await createPlan({ actor: org.actors.committee, input: { name: "Branch surgery" } });
    const hq = await practice(org, "Head office");
    await hq.test([hq.host.id, hq.site.id, hq.ransomware.id], "45");

    const schedule = await getTestSchedule({ actor: org.actors.executive, plan: await getPlan({ actor: org.actors.executive, planId: riverside.plan.id }), now: NOW });
    expect(schedule.scenarios.map((x) => [x.name, x.status, x.nextDueOn])).toEqual([
      ["Host HV01 lost", "current", d("2027-11-25")],
      ["Practice lost (fire/flood)", "never", null],
      ["Ransomware", "never", null],
    ]);
    expect(nextDueWords(schedule)).toBe("Now: 2 scenarios never tested (Practice lost (fire/flood), Ransomware)");
    expect(scheduleStatus(schedule)).toEqual({ label: "Test due now; in the last test, 1 measured restore missed its target", tone: "red" });

    const listed = new Map((await listPlans({ actor: org.actors.executive, status: "active", now: NOW })).map((p) => [p.name, p.overdue]));
    expect(Object.fromEntries(listed)).toEqual({
      "Branch surgery": ["Never tested."],
      "Head office": [],
      "Riverside Dental": ["2 of 3 scenarios never tested: Practice lost (fire/flood) and Ransomware.", "Last test of Host HV01 lost missed a target."],
    });

    // Testing the other two, within the RTO: the headline is the plan's date again, and the list says only the older miss.
    await riverside.test([riverside.site.id, riverside.ransomware.id], "30");
    const retested = await getTestSchedule({ actor: org.actors.executive, plan: await getPlan({ actor: org.actors.executive, planId: riverside.plan.id }), now: NOW });
    expect(nextDueWords(retested)).toBe("25 Nov 2027 (in 362 days)");
    expect((await listPlans({ actor: org.actors.executive, status: "active", now: NOW })).find((p) => p.name === "Riverside Dental")?.overdue).toEqual([
      "Last test of Host HV01 lost missed a target.",
    ]);
  });
});

describe("a save that changes nothing", () => {
  const auditRows = (org: TestOrg, entityId: string) => db.auditLog.count({ where: { orgId: org.orgId, entityId } });

  it("writes no version and no audit row for a test, a finding or the cadence re-saved as stored, and writes a one-field change", async () => {
    const org = await makeOrg();
    const s = await planWithScope(org);
    const created = await createExercise({ actor: org.actors.committee, input: simulationInput(s) });
    // The form posts its lists in its own order: the same people in another order are no change.
    const resave = { ...simulationInput(s, { participantIds: [s.alex.id, s.priya.id] }), exerciseId: created.id, version: 1 };
    expect(await updateExercise({ actor: org.actors.committee, input: resave })).toMatchObject({ changed: false, version: 1 });
    expect(await db.exercise.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ version: 1 });
    expect(await auditRows(org, created.id)).toBe(1);
    expect(await updateExercise({ actor: org.actors.committee, input: { ...resave, narrative: "Restored onto HV03." } })).toMatchObject({ changed: true, version: 2 });
    expect(await db.exercise.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ version: 2, narrative: "Restored onto HV03." });
    expect(await auditRows(org, created.id)).toBe(2);
    // A stale form is refused even when it holds what is stored: its editor never saw the change.
    expect(await failure(updateExercise({ actor: org.actors.committee, input: { ...resave, narrative: "Restored onto HV03." } }))).toMatchObject({ code: "CONFLICT" });

    const finding = await createFinding({
      actor: org.actors.committee,
      input: { planId: s.plan.id, exerciseId: created.id, description: "USB drive was 9 days old", severity: "high", ownerId: s.alex.id, dueOn: "2026-12-15" },
    });
    const findingForm = { planId: s.plan.id, findingId: finding.id, description: "USB drive was 9 days old", severity: "high", ownerId: s.alex.id, dueOn: "2026-12-15", status: "open", version: 1 };
    expect(await updateFinding({ actor: org.actors.committee, input: findingForm })).toMatchObject({ changed: false, version: 1 });
    expect(await db.finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ version: 1 });
    expect(await auditRows(org, finding.id)).toBe(1);
    expect(await updateFinding({ actor: org.actors.committee, input: { ...findingForm, dueOn: "2026-12-16" } })).toMatchObject({ changed: true, version: 2 });
    expect(await db.finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ version: 2, dueOn: d("2026-12-16") });
    expect(await auditRows(org, finding.id)).toBe(2);

    const plan = await db.plan.findUniqueOrThrow({ where: { id: s.plan.id } });
    const cadence = { planId: s.plan.id, testCadenceDays: String(plan.testCadenceDays), version: String(plan.version) };
    const planAudits = await db.auditLog.count({ where: { orgId: org.orgId, action: "plan.test_cadence_changed" } });
    expect(await setTestCadence({ actor: org.actors.committee, input: cadence })).toMatchObject({ changed: false, version: plan.version });
    expect(await db.plan.findUniqueOrThrow({ where: { id: s.plan.id } })).toMatchObject({ version: plan.version });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "plan.test_cadence_changed" } })).toBe(planAudits);
    await setTestCadence({ actor: org.actors.committee, input: { ...cadence, testCadenceDays: "90" } });
    expect(await db.plan.findUniqueOrThrow({ where: { id: s.plan.id } })).toMatchObject({ version: plan.version + 1, testCadenceDays: 90 });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "plan.test_cadence_changed" } })).toBe(planAudits + 1);
    expect(await failure(setTestCadence({ actor: org.actors.committee, input: { ...cadence, testCadenceDays: "90" } }))).toMatchObject({ code: "CONFLICT" });
  });
});
