import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { getPlan } from "@/lib/plans/get-plan";
import { getPlanOverview } from "@/lib/plans/get-plan-overview";
import { planGaps } from "@/lib/plans/plan-gaps";
import { listPlans } from "@/lib/plans/list-plans";
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

const overviewOf = async (org: TestOrg, planId: string) => getPlanOverview({ actor: org.actors.executive, plan: await getPlan({ actor: org.actors.executive, planId }) });

describe("recovery readiness beside the recovery stage's figure", () => {
  it("says nothing can be recovered although the recovery data is largely complete, on the overview and among the approver's gaps", async () => {
    const org = await makeOrg();
    const plan = await coldStore(org, { siteLost: true });
    const overview = await overviewOf(org, plan.id);
    const recovery = overview.stages.find((s) => s.key === "recovery")!;
    const outcome = "0 of 1 systems meet their RPO and RTO in every scenario; 2 functions exceed their MTD in at least one scenario.";
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

describe("the plan list at a glance", () => {
  const NOW = new Date("2026-12-02T10:00:00Z");
  const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
  const listed = async (org: TestOrg) => new Map((await listPlans({ actor: org.actors.executive, status: "active", now: NOW })).map((p) => [p.name, p]));

  it("says whether each plan's business could recover as last assessed, without assessing it, and what is overdue", async () => {
    const org = await makeOrg();
    const cold = await coldStore(org, { siteLost: true });
    await createPlan({ actor: org.actors.committee, input: { name: "Head office" } });
    const scope = { orgId: org.orgId, planId: cold.id };
    // Tested 400 days ago against a cadence of 365; one finding due three days ago, one due today, one closed late.
    const exercise = await db.exercise.create({ data: { ...scope, type: "walkthrough", title: "Walk-through", conductedOn: daysAgo(400), result: "passed_with_findings" } });
    for (const [description, dueOn, status] of [["Label the alarm panel", daysAgo(3), "open"], ["Print the call list", daysAgo(0), "open"], ["Replace the UPS battery", daysAgo(30), "closed"]] as const) {
      await db.finding.create({ data: { ...scope, exerciseId: exercise.id, description, severity: "high", dueOn: new Date(dueOn.toISOString().slice(0, 10)), status } });
    }

    const before = await listed(org);
    expect(before.get(cold.name)).toMatchObject({ recovery: "Recovery: not assessed recently. Opening the plan assesses it.", overdue: ["Test overdue since 28 Oct 2026.", "1 finding overdue."] });
    expect(before.get("Head office")).toMatchObject({ recovery: "Recovery: not assessed recently. Opening the plan assesses it.", overdue: ["Never tested."] });

    // Someone opens the overview: the list says what that assessment found.
    await overviewOf(org, cold.id);
    const outcome = "0 of 1 systems meet their RPO and RTO in every scenario; 2 functions exceed their MTD in at least one scenario.";
    const after = await listed(org);
    const line = after.get(cold.name)!.recovery;
    expect(line.startsWith(`Recovery: ${outcome} As of `)).toBe(true);
    expect(line).toMatch(/ As of \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC\.$/);
    // Listing assessed nothing: the plan nobody opened still has no outcome.
    expect(after.get("Head office")?.recovery).toBe("Recovery: not assessed recently. Opening the plan assesses it.");

    await db.businessFunction.updateMany({ where: scope, data: { wrtMinutes: 45 } });
    expect((await listed(org)).get(cold.name)?.recovery).toMatch(/; the plan has changed since\.$/);
  });

  it("lists only the organisation's own plans, with their own outcomes", async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const myPlan = await coldStore(mine, { siteLost: true });
    const theirPlan = await coldStore(theirs, { siteLost: false });
    await overviewOf(theirs, theirPlan.id);
    const [myOnly, ...noMore] = await listPlans({ actor: mine.actors.executive, status: "active", now: NOW });
    expect(noMore).toEqual([]);
    expect(myOnly).toMatchObject({ id: myPlan.id, recovery: "Recovery: not assessed recently. Opening the plan assesses it." });
    const [theirOnly] = await listPlans({ actor: theirs.actors.executive, status: "active", now: NOW });
    expect(theirOnly.recovery).toMatch(/^Recovery: Every system meets its RPO and RTO in every scenario, and no function exceeds its MTD\. As of /);
  });
});
