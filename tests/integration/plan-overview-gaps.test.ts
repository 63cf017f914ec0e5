import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { getPlan } from "@/lib/plans/get-plan";
import { getPlanOverview } from "@/lib/plans/get-plan-overview";
import { planGaps } from "@/lib/plans/plan-gaps";
import { listPlans } from "@/lib/plans/list-plans";
import { createPerson } from "@/lib/people/create-person";
import { createErtRole } from "@/lib/committee/create-ert-role";
import { assessPlan } from "@/lib/recovery/assess-plan";
import { makeOrg, type TestOrg } from "./factories";

/**
 * A plan built from scratch, as a reviewer built it for a dental practice: one response-team role
 * with a primary reachable at any hour and no alternate; one function with its MTD, RTO and RPO,
 * ranked, and no recovery tiers; four systems on one host, backed up to a NAS beside them, two of
 * which serve the function and two of which serve none, so have no target. Losing the site loses
 * the NAS too, so the two with targets miss them.
 */
async function riverside(org: TestOrg) {
  const actor = org.actors.committee;
  const plan = await createPlan({ actor, input: { name: `Riverside Dental ${Math.random()}` } });
  const scope = { orgId: org.orgId, planId: plan.id };
  const ann = await createPerson({ actor, input: { name: "Ann Price", afterHoursPhone: "07700 900123" } });
  await createErtRole({ actor, input: { planId: plan.id, title: "IT recovery lead", primaryId: ann.id } });

  const surgery = await db.site.create({ data: { orgId: org.orgId, name: `Surgery ${plan.id}` } });
  const nas = await db.backupLocation.create({ data: { ...scope, key: "nas", name: "NAS", siteId: surgery.id, throughputMBps: 200, streamMBps: 150, maxStreams: 2 } });
  const host = await db.host.create({ data: { ...scope, key: "hv1", name: "HV1", siteId: surgery.id, ramMiB: 65536 } });
  const systems = [];
  for (const name of ["IMAGING", "PMS", "PRINT", "WIFI"]) {
    systems.push(await db.system.create({ data: { ...scope, name, hostId: host.id, ramMiB: 4096, usedGB: 40, bootMinutes: 5 } }));
  }
  await db.backupPolicy.create({
    data: { ...scope, key: "nightly", name: "Nightly", cron: "0 23 * * *", timezone: "UTC", windowMinutes: 60, targetId: nas.id, systems: { connect: systems.map((s) => ({ id: s.id })) } },
  });
  await db.businessFunction.create({
    data: { ...scope, name: "Patient appointments", mtdMinutes: 480, rtoMinutes: 240, rpoMinutes: 60, systems: { connect: systems.slice(0, 2).map((s) => ({ id: s.id })) } },
  });
  await db.scenario.create({ data: { ...scope, key: "site-loss", name: "Surgery lost", kind: "site", lostSites: { connect: { id: surgery.id } } } });
  return plan;
}

const overviewOf = async (org: TestOrg, planId: string) => getPlanOverview({ actor: org.actors.executive, plan: await getPlan({ actor: org.actors.executive, planId }) });
const outcome = "0 of 2 systems with targets meet them in every scenario; 2 lack an RPO or RTO target; 1 function exceeds its MTD in at least one scenario.";

describe("the overview's stages say what is really missing", () => {
  it("asks a ranked plan for its recovery tiers, a role for its alternate, and systems without a target for one", async () => {
    const org = await makeOrg("Riverside Dental");
    const plan = await riverside(org);
    const { stages } = await overviewOf(org, plan.id);
    const stage = (key: string) => stages.find((s) => s.key === key)!;

    // The function is ranked, so the stage has begun; what it lacks is the tiers.
    expect(stage("priorities")).toMatchObject({
      completeness: 33,
      todo: ["Define the recovery tiers (for example Tier 0 within 4 h, Tier 1 within a day), so each function falls into one."],
    });
    // The primary has a 24/7 number: the role lacks an alternate, and nothing else about it.
    expect(stage("committee").todo).toContain("Name an alternate for IT recovery lead.");
    expect(stage("committee").todo.join(" ")).not.toContain("24/7");
    // Two systems miss their targets; two have none to miss, and are asked for one apart.
    expect(stage("recovery").outcome).toBe(outcome);
    expect(stage("recovery").todo).toEqual(
      expect.arrayContaining([
        "Link PRINT and WIFI to the business functions whose RPO and RTO they must meet.",
        "Make IMAGING and PMS meet their RPO and RTO in every scenario (see Recovery readiness).",
      ]),
    );

    // The approval pages list the same gaps and say the same outcome.
    const gaps = planGaps(stages, 9);
    expect(gaps.gaps.find((g) => g.title === "Priorities")).toEqual({
      title: "Priorities",
      completeness: 33,
      why: "Define the recovery tiers (for example Tier 0 within 4 h, Tier 1 within a day), so each function falls into one.",
    });
    expect(gaps.gaps.find((g) => g.title === "Committee and emergency response team")?.why).toContain("Name an alternate for IT recovery lead.");
    expect(gaps.recoveryOutcome).toBe(outcome);
  });

  it("stores the systems without a target for the plan list, and asks for an outcome counted before them to be assessed again", async () => {
    const org = await makeOrg("Riverside Dental");
    const plan = await riverside(org);
    const at = new Date("2026-12-01T14:05:00Z");
    await assessPlan({ actor: org.actors.executive, planId: plan.id, now: at });
    expect(await db.planReadiness.findUniqueOrThrow({ where: { planId: plan.id } })).toMatchObject({ systems: 4, noTarget: 2, meetingEvery: 0, functionsOverMtd: 1 });
    const line = async () => (await listPlans({ actor: org.actors.executive, status: "active", now: at })).find((p) => p.id === plan.id)!.recovery;
    expect(await line()).toBe(`Recovery: ${outcome} As of 1 Dec 2026, 14:05 UTC.`);

    // A row stored before the count existed took those two for systems that miss their targets.
    await db.$executeRaw`UPDATE "PlanReadiness" SET "noTarget" = NULL WHERE "planId" = ${plan.id}`;
    expect(await line()).toBe("Recovery: not assessed since Continuity was updated. Opening the plan assesses it again.");
    // The next assessment of the same content replaces it, although it finds the same.
    await assessPlan({ actor: org.actors.executive, planId: plan.id, now: new Date("2026-12-01T15:30:00Z") });
    expect(await db.planReadiness.findUniqueOrThrow({ where: { planId: plan.id } })).toMatchObject({ noTarget: 2, assessedAt: new Date("2026-12-01T15:30:00Z") });
    expect(await line()).toBe(`Recovery: ${outcome} As of 1 Dec 2026, 15:30 UTC.`);
  });
});
