/**
 * Corrective actions from an incident (ISO 22301 §10.1, docs/decisions/0058): findings of the plan
 * that came from one of its incidents, recorded, refused, listed and kept as findings are.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { standDownIncident } from "@/lib/incidents/stand-down-incident";
import { correctDeclaration } from "@/lib/incidents/correct-declaration";
import { listCorrectiveActions } from "@/lib/incidents/list-corrective-actions";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { createFinding } from "@/lib/findings/create-finding";
import { updateFinding } from "@/lib/findings/update-finding";
import { closeFinding } from "@/lib/findings/close-finding";
import { listOpenFindings } from "@/lib/findings/list-open-findings";
import { createExercise } from "@/lib/exercises/create-exercise";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { failure, makeOrg, type TestOrg } from "./factories";

const NOW = new Date("2026-12-04T12:00:00Z");

/** A plan with an incident declared this morning (or at `declaredAt`) and a person of the register to own its actions. */
async function planWithIncident(org: TestOrg, name = "Bristol operations", declaredAt = "2026-12-04 07:10") {
  const plan = await createPlan({ actor: org.actors.committee, input: { name } });
  const owner = await db.person.create({ data: { orgId: org.orgId, name: `Tom Reed ${name}` } });
  const incident = await declareIncident({
    actor: org.actors.executive,
    input: { planId: plan.id, title: "Head office flooded", declaredAt, declaredByName: "Daniel Okafor" },
    now: NOW,
  });
  return { plan, owner, incident };
}

const action = (planId: string, incidentId: string, ownerId: string, extra: Record<string, string> = {}) => ({
  planId,
  incidentId,
  description: "Move the servers above the flood line",
  severity: "high",
  ownerId,
  dueOn: "2027-01-31",
  ...extra,
});

describe("corrective actions from an incident", () => {
  it("records one as a finding of the plan from the incident, audited, listed on the incident and with the plan's open findings", async () => {
    const org = await makeOrg("Corrective");
    const { plan, owner, incident } = await planWithIncident(org);

    const finding = await createFinding({ actor: org.actors.committee, input: action(plan.id, incident.id, owner.id) });
    expect(await db.finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({
      planId: plan.id,
      incidentId: incident.id,
      exerciseId: null,
      status: "open",
      ownerId: owner.id,
      dueOn: new Date("2027-01-31T00:00:00Z"),
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, entityId: finding.id } });
    expect(audit).toMatchObject({ action: "finding.created", planId: plan.id, after: expect.objectContaining({ incidentId: incident.id, exerciseId: null }) });

    expect((await listCorrectiveActions({ actor: org.actors.auditor, planId: plan.id, incidentId: incident.id })).map((f) => [f.description, f.owner?.name])).toEqual([
      ["Move the servers above the flood line", owner.name],
    ]);
    const [open] = await listOpenFindings({ actor: org.actors.executive, planId: plan.id });
    expect(open).toMatchObject({ id: finding.id, exercise: null, incident: { id: incident.id, title: "Head office flooded" } });
    expect((await listIncidents({ actor: org.actors.auditor, planId: plan.id })).map((i) => [i.title, i.openActionCount])).toEqual([["Head office flooded", 1]]);

    // Closed, it leaves the open findings and the incident's count, and stays listed on the incident.
    await closeFinding({ actor: org.actors.committee, input: { planId: plan.id, findingId: finding.id, closedNote: "Servers moved to the first floor.", version: "1" } });
    expect(await listOpenFindings({ actor: org.actors.executive, planId: plan.id })).toEqual([]);
    expect((await listIncidents({ actor: org.actors.auditor, planId: plan.id }))[0].openActionCount).toBe(0);
    expect((await listCorrectiveActions({ actor: org.actors.auditor, planId: plan.id, incidentId: incident.id }))[0]).toMatchObject({ status: "closed" });
  });

  it("takes them after the stand-down too, due no earlier than the day the incident was declared, on adding and editing", async () => {
    const org = await makeOrg("Corrective after");
    const { plan, owner, incident } = await planWithIncident(org);
    await standDownIncident({ actor: org.actors.committee, input: { planId: plan.id, incidentId: incident.id, version: "1", stoodDownAt: "", reviewSummary: "Recovered." }, now: NOW });

    const early = await failure(createFinding({ actor: org.actors.committee, input: action(plan.id, incident.id, owner.id, { dueOn: "2026-12-03" }) }));
    expect(early.fieldErrors).toEqual({ dueOn: "Due date: on or after the day the incident was declared, 4 Dec 2026." });
    const finding = await createFinding({ actor: org.actors.admin, input: action(plan.id, incident.id, owner.id, { dueOn: "2026-12-04" }) });
    const edit = { planId: plan.id, findingId: finding.id, description: finding.description, severity: "critical", ownerId: owner.id, status: "in_progress", version: "1" };
    const earlyEdit = await failure(updateFinding({ actor: org.actors.committee, input: { ...edit, dueOn: "2026-11-30" } }));
    expect(Object.keys(earlyEdit.fieldErrors ?? {})).toEqual(["dueOn"]);
    await updateFinding({ actor: org.actors.committee, input: { ...edit, dueOn: "2026-12-20" } });
    expect(await db.finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ severity: "critical", status: "in_progress", incidentId: incident.id, version: 2 });
  });

  it("refuses another plan's incident, another organisation's, and a test beside the incident at the field, writing nothing; executives and auditors record none", async () => {
    const org = await makeOrg("Corrective refused");
    const outsider = await makeOrg("Corrective outsider");
    const { plan, owner, incident } = await planWithIncident(org);
    const avonmouth = await planWithIncident(org, "Avonmouth cold store");
    const theirs = await planWithIncident(outsider, "Riverside");
    const test = await createExercise({ actor: org.actors.committee, input: { planId: plan.id, type: "walkthrough", title: "Walkthrough", conductedOn: "2026-11-01", result: "passed" } });
    const before = await db.auditLog.count({ where: { entityType: "finding", orgId: { in: [org.orgId, outsider.orgId] } } });

    const otherPlan = await failure(createFinding({ actor: org.actors.committee, input: action(plan.id, avonmouth.incident.id, owner.id) }));
    expect(otherPlan.fieldErrors).toEqual({ incidentId: "Choose one of this plan's incidents." });
    const otherOrg = await failure(createFinding({ actor: org.actors.committee, input: action(plan.id, theirs.incident.id, owner.id) }));
    expect(otherOrg.fieldErrors).toEqual({ incidentId: "Choose one of this plan's incidents." });
    // The outsider naming this organisation's incident under their own plan: refused the same way.
    const reached = await failure(createFinding({ actor: outsider.actors.committee, input: action(theirs.plan.id, incident.id, theirs.owner.id) }));
    expect(reached.fieldErrors).toEqual({ incidentId: "Choose one of this plan's incidents." });
    const both = await failure(createFinding({ actor: org.actors.committee, input: { ...action(plan.id, incident.id, owner.id), exerciseId: test.id } }));
    expect(both.fieldErrors).toEqual({ incidentId: "A finding comes from a test or from an incident, not both." });
    expect((await failure(createFinding({ actor: org.actors.executive, input: action(plan.id, incident.id, owner.id) }))).code).toBe("FORBIDDEN");
    expect((await failure(createFinding({ actor: org.actors.auditor, input: action(plan.id, incident.id, owner.id) }))).code).toBe("FORBIDDEN");

    expect(await db.finding.count({ where: { orgId: { in: [org.orgId, outsider.orgId] } } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityType: "finding", orgId: { in: [org.orgId, outsider.orgId] } } })).toBe(before);
  });

  it("keeps a finding to one source in the database itself, and goes with its plan", async () => {
    const org = await makeOrg("Corrective source");
    const { plan, owner, incident } = await planWithIncident(org);
    const test = await createExercise({ actor: org.actors.committee, input: { planId: plan.id, type: "walkthrough", title: "Walkthrough", conductedOn: "2026-11-01", result: "passed" } });
    const finding = await createFinding({ actor: org.actors.committee, input: action(plan.id, incident.id, owner.id) });
    const twoSources = await failure(db.$executeRaw`UPDATE "Finding" SET "exerciseId" = ${test.id} WHERE "id" = ${finding.id}`);
    expect(twoSources.message).toMatch(/Finding_one_source_check/);
    expect(await db.finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ exerciseId: null, incidentId: incident.id });

    // The incident is kept (a trigger refuses its deletion) until its plan goes, and its actions with them.
    await db.plan.delete({ where: { id: plan.id } });
    expect(await db.incident.count({ where: { id: incident.id } })).toBe(0);
    expect(await db.finding.count({ where: { id: finding.id } })).toBe(0);
  });

  it("names the incident in a version's findings, and nothing new in a finding from a test", async () => {
    const org = await makeOrg("Corrective version");
    const { plan, owner, incident } = await planWithIncident(org);
    const test = await createExercise({ actor: org.actors.committee, input: { planId: plan.id, type: "walkthrough", title: "Walkthrough", conductedOn: "2026-11-01", result: "passed" } });
    await createFinding({ actor: org.actors.committee, input: action(plan.id, incident.id, owner.id) });
    await createFinding({ actor: org.actors.committee, input: { ...action(plan.id, "", owner.id), exerciseId: test.id, description: "Runbook out of date" } });
    await setApprovers({ actor: org.actors.committee, input: { planId: plan.id, approverIds: [org.actors.executive.userId] } });
    const version = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    const { snapshot } = await db.planVersion.findUniqueOrThrow({ where: { id: version.id } });
    const findings = (snapshot as { tests: { findings: Record<string, unknown>[] } }).tests.findings;
    expect(findings.find((f) => f.description === "Move the servers above the flood line")).toMatchObject({ exercise: null, incident: { id: incident.id, title: "Head office flooded" } });
    const fromTest = findings.find((f) => f.description === "Runbook out of date")!;
    expect(fromTest).toMatchObject({ exercise: { id: test.id, title: "Walkthrough" } });
    expect(fromTest).not.toHaveProperty("incident");
  });
});

/** The correction form of an incident declared as planWithIncident declares it, with the time declared typed anew. */
const correction = (planId: string, incidentId: string, version: string, declaredAt: string) => ({
  planId,
  incidentId,
  version,
  title: "Head office flooded",
  scenarioId: "",
  declaredAt,
  startedAt: "",
  cleanBefore: "",
  declaredByPersonId: "",
  declaredByName: "Daniel Okafor",
  reason: "The duty log shows the call at a later time.",
});

/** Waits until a finding's save is blocked on the incident's lock in Postgres. */
async function incidentLockAwaited() {
  for (let attempt = 0; attempt < 400; attempt++) {
    const [{ waiting }] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FROM "Incident"%FOR SHARE%'`;
    if (waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("Expected a finding's save to be waiting on the incident's lock.");
}

describe("a correction of the declaration and its corrective actions", () => {
  it("refuses a declaration moved past open actions' due days at the declared-at field, naming them and writing nothing, until they are moved", async () => {
    const org = await makeOrg("Corrective correction");
    const { plan, owner, incident } = await planWithIncident(org, "Bristol operations", "2026-12-02 07:10");
    const add = (description: string, dueOn: string) => createFinding({ actor: org.actors.committee, input: action(plan.id, incident.id, owner.id, { description, dueOn }) });
    const pumps = await add("Service the basement pumps", "2026-12-03");
    const sandbags = await add("Stock sandbags by the loading bay", "2026-12-02");
    const closed = await add("Tell the insurer", "2026-12-02");
    await closeFinding({ actor: org.actors.committee, input: { planId: plan.id, findingId: closed.id, closedNote: "Claim opened.", version: "1" } });
    await add("Move the servers above the flood line", "2027-01-31");
    const rows = async () => ({
      incident: await db.incident.findUniqueOrThrow({ where: { id: incident.id } }),
      entries: await db.incidentEntry.count({ where: { incidentId: incident.id } }),
      audit: await db.auditLog.count({ where: { orgId: org.orgId } }),
      findings: await db.finding.findMany({ where: { incidentId: incident.id }, orderBy: { id: "asc" } }),
    });
    const before = await rows();

    const later = await failure(correctDeclaration({ actor: org.actors.committee, input: correction(plan.id, incident.id, "1", "2026-12-04 07:10"), now: NOW }));
    expect(later.fieldErrors).toEqual({
      declaredAt:
        "Declared on 4 Dec 2026, the incident would have 2 corrective actions due before it: “Stock sandbags by the loading bay” (due 2 Dec 2026), " +
        "“Service the basement pumps” (due 3 Dec 2026). Move their due dates to 4 Dec 2026 or later first, then correct the declaration.",
    });
    const nextDay = await failure(correctDeclaration({ actor: org.actors.committee, input: correction(plan.id, incident.id, "1", "2026-12-03 07:10"), now: NOW }));
    expect(nextDay.fieldErrors).toEqual({
      declaredAt:
        "Declared on 3 Dec 2026, the incident would have a corrective action due before it: “Stock sandbags by the loading bay” (due 2 Dec 2026). " +
        "Move its due date to 3 Dec 2026 or later first, then correct the declaration.",
    });
    expect(await rows()).toEqual(before);

    // A later time on the same day moves no due day's bound; the closed action is kept as it was closed.
    await correctDeclaration({ actor: org.actors.committee, input: correction(plan.id, incident.id, "1", "2026-12-02 11:30"), now: NOW });
    const edit = (finding: typeof pumps, dueOn: string) => ({
      planId: plan.id,
      findingId: finding.id,
      description: finding.description,
      severity: finding.severity,
      ownerId: owner.id,
      status: "open",
      dueOn,
      version: "1",
    });
    await updateFinding({ actor: org.actors.committee, input: edit(pumps, "2026-12-04") });
    await updateFinding({ actor: org.actors.committee, input: edit(sandbags, "2026-12-05") });
    expect(await correctDeclaration({ actor: org.actors.committee, input: correction(plan.id, incident.id, "2", "2026-12-04 07:10"), now: NOW })).toEqual({ changed: true, version: 3 });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ declaredAt: new Date("2026-12-04T07:10:00Z"), declarationVersion: 3 });
    expect(await db.finding.findUniqueOrThrow({ where: { id: closed.id } })).toMatchObject({ status: "closed", dueOn: new Date("2026-12-02T00:00:00Z") });
  });

  it("holds a finding saved while a correction holds the incident to the day the correction leaves", async () => {
    const org = await makeOrg("Corrective race");
    const { plan, owner, incident } = await planWithIncident(org, "Bristol operations", "2026-12-02 07:10");
    const finding = await createFinding({ actor: org.actors.committee, input: action(plan.id, incident.id, owner.id, { dueOn: "2026-12-10" }) });
    const edit = { planId: plan.id, findingId: finding.id, description: finding.description, severity: "high", ownerId: owner.id, status: "open", dueOn: "2026-12-03", version: "1" };

    // The incident locked as a correction locks it, its declaration moved to the 4th while the edit waits.
    let save: ReturnType<typeof failure> = Promise.resolve({ message: "" });
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Incident" WHERE id = ${incident.id} FOR UPDATE`;
      save = failure(updateFinding({ actor: org.actors.committee, input: edit }));
      await incidentLockAwaited();
      await tx.incident.update({ where: { id: incident.id }, data: { declaredAt: new Date("2026-12-04T07:10:00Z") } });
    });
    expect((await save).fieldErrors).toEqual({ dueOn: "Due date: on or after the day the incident was declared, 4 Dec 2026." });
    expect(await db.finding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ dueOn: new Date("2026-12-10T00:00:00Z"), version: 1 });
  });
});
