import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { getPlan } from "@/lib/plans/get-plan";
import { getPlanOverview } from "@/lib/plans/get-plan-overview";
import { planGaps } from "@/lib/plans/plan-gaps";
import { listPlans } from "@/lib/plans/list-plans";
import { assessPlan } from "@/lib/recovery/assess-plan";
import { assessRecovery, ASSESSMENT_REUSE_MS } from "@/lib/recovery/assess-recovery";
import { loadRecoveryRows } from "@/lib/recovery/load-recovery-rows";
import { storeOutcome, storedOutcomes } from "@/lib/recovery/stored-outcomes";
import { makeOrg, type TestOrg } from "./factories";

/**
 * The demo's cold store in small: one VM backed up nightly to a NAS beside it, two functions that
 * need it. Losing the site loses the NAS too, so nothing comes back; losing the VM alone, it does.
 */
async function coldStore(org: TestOrg, { siteLost }: { siteLost: boolean }) {
  const plan = await createPlan({ actor: org.actors.committee, input: { name: `Cold store ${Math.random()}` } });
  const scope = { orgId: org.orgId, planId: plan.id };
  const depot = await db.site.create({ data: { orgId: org.orgId, name: `Depot ${plan.id}` } });
  const nas = await db.backupLocation.create({ data: { ...scope, key: "nas", name: "NAS", siteId: depot.id, throughputMBps: 200, streamMBps: 150, maxStreams: 2 } });
  const host = await db.host.create({ data: { ...scope, key: "hv-av1", name: "HV-AV1", siteId: depot.id, ramMiB: 65536 } });
  const monitor = await db.system.create({ data: { ...scope, name: "COLD-MON", hostId: host.id, ramMiB: 4096, usedGB: 40, bootMinutes: 5 } });
  await db.backupPolicy.create({
    data: { ...scope, key: "nightly", name: "Nightly", cron: "0 23 * * *", timezone: "UTC", windowMinutes: 60, targetId: nas.id, systems: { connect: [{ id: monitor.id }] } },
  });
  for (const name of ["Temperature monitoring", "Dispatch"]) {
    await db.businessFunction.create({ data: { ...scope, name, rpoMinutes: 2880, rtoMinutes: 240, mtdMinutes: 480, wrtMinutes: 30, systems: { connect: [{ id: monitor.id }] } } });
  }
  await db.scenario.create({
    data: siteLost
      ? { ...scope, key: "site-loss", name: "Depot lost", kind: "site", lostSites: { connect: { id: depot.id } } }
      : { ...scope, key: "vm-loss", name: "One VM lost", kind: "system" },
  });
  return plan;
}

// What the cold store's site loss comes to: nothing comes back.
const outcome = "0 of 1 systems meet their RPO and RTO in every scenario; 2 functions exceed their MTD in at least one scenario.";

const overviewOf = async (org: TestOrg, planId: string) => getPlanOverview({ actor: org.actors.executive, plan: await getPlan({ actor: org.actors.executive, planId }) });

describe("recovery readiness beside the recovery stage's figure", () => {
  it("says nothing can be recovered although the recovery data is largely complete, on the overview and among the approver's gaps", async () => {
    const org = await makeOrg();
    const plan = await coldStore(org, { siteLost: true });
    const overview = await overviewOf(org, plan.id);
    const recovery = overview.stages.find((s) => s.key === "recovery")!;
    expect(recovery).toMatchObject({ title: "Recovery planning", completeness: 84, outcome });
    expect(planGaps(overview.stages).recoveryOutcome).toBe(outcome);
  });

  it("says every system meets its targets when it does, and that an empty plan is not assessed", async () => {
    const org = await makeOrg();
    const plan = await coldStore(org, { siteLost: false });
    const recovery = (await overviewOf(org, plan.id)).stages.find((s) => s.key === "recovery")!;
    expect(recovery).toMatchObject({ completeness: 100, outcome: "Every system meets its RPO and RTO in every scenario, and no function exceeds its MTD." });
    const empty = await createPlan({ actor: org.actors.committee, input: { name: "Empty" } });
    const nothing = (await overviewOf(org, empty.id)).stages.find((s) => s.key === "recovery")!;
    expect(nothing).toMatchObject({ completeness: 0, outcome: "Not assessed yet (no systems with a host, no disaster scenarios)." });
  });
});

describe("functions whose systems nobody assessed (decision 83)", () => {
  it("are counted as not known, on the overview, among the approver's gaps and in the plan list, never as within their MTD", async () => {
    const org = await makeOrg();
    const plan = await coldStore(org, { siteLost: false });
    const scope = { orgId: org.orgId, planId: plan.id };
    const pbx = await db.system.create({ data: { ...scope, name: "PBX", kind: "physical" } });
    const m365 = await db.system.create({ data: { ...scope, name: "Microsoft 365", kind: "saas" } });
    await db.businessFunction.create({ data: { ...scope, name: "Telephony", mtdMinutes: 480, systems: { connect: [{ id: pbx.id }] } } });
    // Its provider restores it: not counted as not known (the dashboard's "restored by its provider").
    await db.businessFunction.create({ data: { ...scope, name: "E-mail", mtdMinutes: 480, systems: { connect: [{ id: m365.id }] } } });
    const sentence =
      "Every assessed system meets its RPO and RTO in every scenario, and no assessed function exceeds its MTD; 1 system not assessed (no host); 1 function not known against its MTD (systems not assessed).";

    const overview = await overviewOf(org, plan.id);
    expect(overview.stages.find((s) => s.key === "recovery")).toMatchObject({ outcome: sentence });
    expect(planGaps(overview.stages).recoveryOutcome).toBe(sentence);
    expect(await db.planReadiness.findUniqueOrThrow({ where: { planId: plan.id } })).toMatchObject({ noHost: 1, functionsOverMtd: 0, functionsNotKnown: 1 });
    const [listedPlan] = await listPlans({ actor: org.actors.executive, status: "active", now: new Date() });
    expect(listedPlan.recovery.startsWith(`Recovery: ${sentence} As of `)).toBe(true);
  });

  it("reads a row stored before they were counted as not assessed since the update, not as no function exceeding its MTD", async () => {
    const org = await makeOrg();
    const plan = await coldStore(org, { siteLost: false });
    await overviewOf(org, plan.id);
    // As the migration leaves a row stored before it.
    await db.$executeRaw`UPDATE "PlanReadiness" SET "functionsNotKnown" = NULL WHERE "planId" = ${plan.id}`;
    const [listedPlan] = await listPlans({ actor: org.actors.executive, status: "active", now: new Date() });
    expect(listedPlan.recovery).toBe("Recovery: not assessed since Continuity was updated. Opening the plan assesses it again.");
  });
});

describe("systems without a host", () => {
  // The engine assesses the systems with a host alone: a server not yet mapped to one, that no
  // function uses, left the sentence saying every system met its RPO and RTO.
  it("are counted as not assessed, on the overview and in the plan list, and every assessed system, not every system, meets its targets", async () => {
    const org = await makeOrg();
    const plan = await coldStore(org, { siteLost: false });
    const scope = { orgId: org.orgId, planId: plan.id };
    await db.system.create({ data: { ...scope, name: "Door entry", kind: "physical" } });
    await db.system.create({ data: { ...scope, name: "Microsoft 365", kind: "saas" } });
    const sentence = "Every assessed system meets its RPO and RTO in every scenario, and no function exceeds its MTD; 1 system not assessed (no host).";

    expect((await overviewOf(org, plan.id)).stages.find((s) => s.key === "recovery")).toMatchObject({ outcome: sentence });
    expect(await db.planReadiness.findUniqueOrThrow({ where: { planId: plan.id } })).toMatchObject({ noHost: 1 });
    const [listedPlan] = await listPlans({ actor: org.actors.executive, status: "active", now: new Date() });
    expect(listedPlan.recovery.startsWith(`Recovery: ${sentence} As of `)).toBe(true);
  });

  it("reads a row stored before they were counted as not assessed since the update, not as every system meeting its targets", async () => {
    const org = await makeOrg();
    const plan = await coldStore(org, { siteLost: false });
    await overviewOf(org, plan.id);
    // As the migration leaves a row stored before it.
    await db.$executeRaw`UPDATE "PlanReadiness" SET "noHost" = NULL WHERE "planId" = ${plan.id}`;
    const [listedPlan] = await listPlans({ actor: org.actors.executive, status: "active", now: new Date() });
    expect(listedPlan.recovery).toBe("Recovery: not assessed since Continuity was updated. Opening the plan assesses it again.");
  });
});

describe("the plan list at a glance", () => {
  const NOW = new Date("2026-12-02T10:00:00Z");
  const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
  const listed = async (org: TestOrg) => new Map((await listPlans({ actor: org.actors.executive, status: "active", now: NOW })).map((p) => [p.name, p]));

  it("says whether each plan's business could recover as last assessed, without assessing it, and what is overdue", async () => {
    const org = await makeOrg();
    const cold = await coldStore(org, { siteLost: true });
    await createPlan({ actor: org.actors.committee, input: { name: "Head office" } });
    const scope = { orgId: org.orgId, planId: cold.id };
    // Tested 400 days ago against a cadence of 365, not its scenario; one finding due three days ago, one due today, one closed late.
    const exercise = await db.exercise.create({ data: { ...scope, type: "walkthrough", title: "Walk-through", conductedOn: daysAgo(400), result: "passed_with_findings" } });
    for (const [description, dueOn, status] of [["Label the alarm panel", daysAgo(3), "open"], ["Print the call list", daysAgo(0), "open"], ["Replace the UPS battery", daysAgo(30), "closed"]] as const) {
      await db.finding.create({ data: { ...scope, exerciseId: exercise.id, description, severity: "high", dueOn: new Date(dueOn.toISOString().slice(0, 10)), status } });
    }

    const before = await listed(org);
    expect(before.get(cold.name)).toMatchObject({ recovery: "Recovery: not assessed yet. Opening the plan assesses it.", overdue: ["Test overdue since 28 Oct 2026.", "1 of 1 scenario never tested: Depot lost.", "1 finding overdue."] });
    expect(before.get("Head office")).toMatchObject({ recovery: "Recovery: not assessed yet. Opening the plan assesses it.", overdue: ["Never tested."] });

    // Someone opens the overview: the list says what that assessment found.
    await overviewOf(org, cold.id);
    const after = await listed(org);
    const line = after.get(cold.name)!.recovery;
    expect(line.startsWith(`Recovery: ${outcome} As of `)).toBe(true);
    expect(line).toMatch(/ As of \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC\.$/);
    // Listing assessed nothing: the plan nobody opened still has no outcome.
    expect(after.get("Head office")?.recovery).toBe("Recovery: not assessed yet. Opening the plan assesses it.");
  });

  it("still says the last outcome once the plan has changed, as out of date, until the plan is assessed again", async () => {
    const org = await makeOrg();
    const cold = await coldStore(org, { siteLost: true });
    await assessPlan({ actor: org.actors.executive, planId: cold.id, now: new Date("2026-12-01T14:05:00Z") });
    expect((await listed(org)).get(cold.name)?.recovery).toBe(`Recovery: ${outcome} As of 1 Dec 2026, 14:05 UTC.`);

    await db.businessFunction.updateMany({ where: { orgId: org.orgId, planId: cold.id }, data: { wrtMinutes: 45 } });
    expect((await listed(org)).get(cold.name)?.recovery).toBe(
      `Recovery: ${outcome} As of 1 Dec 2026, 14:05 UTC; the plan has changed since. Opening the plan assesses it again.`,
    );

    await assessPlan({ actor: org.actors.executive, planId: cold.id, now: new Date("2026-12-01T15:30:00Z") });
    expect((await listed(org)).get(cold.name)?.recovery).toBe(`Recovery: ${outcome} As of 1 Dec 2026, 15:30 UTC.`);
  });

  it("reads the outcome from the database alone, as after a restart or on another instance", async () => {
    const org = await makeOrg();
    const cold = await coldStore(org, { siteLost: true });
    await assessPlan({ actor: org.actors.executive, planId: cold.id, now: new Date("2026-12-01T14:05:00Z") });
    await db.businessFunction.updateMany({ where: { orgId: org.orgId, planId: cold.id }, data: { wrtMinutes: 45 } });

    // Fresh copies of every module: nothing this process assessed is in their memory.
    vi.resetModules();
    const restarted = await import("@/lib/plans/list-plans");
    const [plan] = await restarted.listPlans({ actor: org.actors.executive, status: "active", now: NOW });
    expect(plan.recovery).toBe(`Recovery: ${outcome} As of 1 Dec 2026, 14:05 UTC; the plan has changed since. Opening the plan assesses it again.`);
  });

  it("lists only the organisation's own plans, with their own outcomes", async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const myPlan = await coldStore(mine, { siteLost: true });
    const theirPlan = await coldStore(theirs, { siteLost: false });
    await overviewOf(theirs, theirPlan.id);
    const [myOnly, ...noMore] = await listPlans({ actor: mine.actors.executive, status: "active", now: NOW });
    expect(noMore).toEqual([]);
    expect(myOnly).toMatchObject({ id: myPlan.id, recovery: "Recovery: not assessed yet. Opening the plan assesses it." });
    const [theirOnly] = await listPlans({ actor: theirs.actors.executive, status: "active", now: NOW });
    expect(theirOnly.recovery).toMatch(/^Recovery: Every system meets its RPO and RTO in every scenario, and no function exceeds its MTD\. As of /);
    // Asked with the other organisation's plan id, the read finds nothing.
    expect(await storedOutcomes({ orgId: mine.orgId, planIds: [theirPlan.id] })).toEqual(new Map());
  });
});

describe("each plan's latest outcome, stored in Postgres", () => {
  const T0 = new Date("2026-12-01T14:05:00Z");
  const later = (ms: number) => new Date(T0.getTime() + ms);
  const stored = (planId: string) => db.planReadiness.findUnique({ where: { planId } });
  const revisionOf = async (planId: string) => (await db.plan.findUniqueOrThrow({ where: { id: planId }, select: { contentRevision: true } })).contentRevision;
  // The row version Postgres gives every write, even one that changes no value.
  const rowVersion = async (planId: string) => (await db.$queryRaw<{ xmin: string }[]>`SELECT xmin::text AS xmin FROM "PlanReadiness" WHERE "planId" = ${planId}`)[0]?.xmin;
  const counted = (org: TestOrg, planId: string) => {
    const loads = { count: 0 };
    const assessAt = (now: Date) =>
      assessRecovery({ orgId: org.orgId, planId, now, load: () => (loads.count++, loadRecoveryRows(db, { orgId: org.orgId, planId })) });
    return { loads, assessAt };
  };

  afterEach(() => vi.restoreAllMocks());

  it("stores an assessment's outcome with the content revision it assessed, and writes nothing for the same outcome again", async () => {
    const org = await makeOrg();
    const cold = await coldStore(org, { siteLost: true });
    const contentRevision = await revisionOf(cold.id);
    const { loads, assessAt } = counted(org, cold.id);

    await assessAt(T0);
    expect(await stored(cold.id)).toEqual({
      planId: cold.id, orgId: org.orgId, contentRevision, assessedAt: T0, issues: 0, systems: 1, notAssessed: 0, noHost: 0, scenarios: 1, noTarget: 0, meetingEvery: 0, functionsOverMtd: 2, functionsNotKnown: 0,
    });
    const written = await rowVersion(cold.id);

    // Past the in-memory reuse the engine runs again on the same revision and finds the same: no write.
    await assessAt(later(ASSESSMENT_REUSE_MS + 1000));
    expect(loads.count).toBe(2);
    expect(await stored(cold.id)).toMatchObject({ contentRevision, assessedAt: T0 });
    expect(await rowVersion(cold.id)).toBe(written);

    // An edit bumps the revision: the next assessment replaces the row.
    await db.businessFunction.updateMany({ where: { orgId: org.orgId, planId: cold.id }, data: { wrtMinutes: 45 } });
    await assessAt(later(2 * ASSESSMENT_REUSE_MS));
    expect(await revisionOf(cold.id)).toBeGreaterThan(contentRevision);
    expect(await stored(cold.id)).toMatchObject({ contentRevision: await revisionOf(cold.id), assessedAt: later(2 * ASSESSMENT_REUSE_MS) });
  });

  it("keeps the newest: different counts for the same revision replace the row, an older revision or an older assessment never does", async () => {
    const org = await makeOrg();
    const plan = await createPlan({ actor: org.actors.committee, input: { name: "Head office" } });
    const counts = { issues: 0, systems: 4, notAssessed: 0, noHost: 0, scenarios: 2, noTarget: 0, meetingEvery: 4, functionsOverMtd: 0, functionsNotKnown: 0 };
    const scope = { orgId: org.orgId, planId: plan.id };
    await storeOutcome({ ...scope, contentRevision: 5, assessedAt: T0, outcome: counts });
    // Restore points arrive without a new revision and the answer changes.
    await storeOutcome({ ...scope, contentRevision: 5, assessedAt: later(60_000), outcome: { ...counts, meetingEvery: 3 } });
    expect(await stored(plan.id)).toMatchObject({ contentRevision: 5, assessedAt: later(60_000), meetingEvery: 3 });
    // Another instance finishing an assessment it started earlier, of the same revision or an older one.
    await storeOutcome({ ...scope, contentRevision: 5, assessedAt: later(30_000), outcome: counts });
    await storeOutcome({ ...scope, contentRevision: 4, assessedAt: later(120_000), outcome: counts });
    expect(await stored(plan.id)).toMatchObject({ contentRevision: 5, assessedAt: later(60_000), meetingEvery: 3 });
    // A system that lost its host meanwhile changes only the count of those without one.
    await storeOutcome({ ...scope, contentRevision: 5, assessedAt: later(90_000), outcome: { ...counts, meetingEvery: 3, noHost: 1 } });
    expect(await stored(plan.id)).toMatchObject({ contentRevision: 5, assessedAt: later(90_000), meetingEvery: 3, noHost: 1 });
  });

  it("never stores an outcome under another organisation's plan, and the row goes with its plan", async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const theirPlan = await createPlan({ actor: theirs.actors.committee, input: { name: "Head office" } });
    const counts = { issues: 0, systems: 0, notAssessed: 0, noHost: 0, scenarios: 0, noTarget: 0, meetingEvery: 0, functionsOverMtd: 0, functionsNotKnown: 0 };
    await storeOutcome({ orgId: mine.orgId, planId: theirPlan.id, contentRevision: 99, assessedAt: T0, outcome: counts });
    expect(await stored(theirPlan.id)).toBeNull();

    await assessPlan({ actor: theirs.actors.executive, planId: theirPlan.id, now: T0 });
    expect(await stored(theirPlan.id)).toMatchObject({ orgId: theirs.orgId, assessedAt: T0 });
    await db.plan.delete({ where: { id: theirPlan.id } });
    expect(await db.planReadiness.count({ where: { planId: theirPlan.id } })).toBe(0);
  });

  it("still shows the page when the outcome cannot be stored, and says why in the log", async () => {
    const org = await makeOrg();
    const cold = await coldStore(org, { siteLost: true });
    // A real failure of the write, for this plan only (other test files share the database).
    const refuse = `refuse_readiness_${cold.id}`;
    await db.$executeRawUnsafe(
      `CREATE FUNCTION "${refuse}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW."planId" = '${cold.id}' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$`,
    );
    await db.$executeRawUnsafe(`CREATE TRIGGER "${refuse}" BEFORE INSERT OR UPDATE ON "PlanReadiness" FOR EACH ROW EXECUTE FUNCTION "${refuse}"()`);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const recovery = (await overviewOf(org, cold.id)).stages.find((s) => s.key === "recovery")!;
      expect(recovery.outcome).toBe(outcome);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER "${refuse}" ON "PlanReadiness"`);
      await db.$executeRawUnsafe(`DROP FUNCTION "${refuse}"()`);
    }
    expect(logged).toHaveBeenCalledWith("Could not store a plan's recovery outcome for the plan list", expect.anything());
    expect(await stored(cold.id)).toBeNull();
  });
});
