import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { getReadiness } from "@/lib/recovery/get-readiness";
import { getScenarioReadiness } from "@/lib/recovery/get-scenario-readiness";
import { getSystemReadiness } from "@/lib/recovery/get-system-readiness";
import { scenarioStartWords } from "@/lib/recovery/dashboard/scenario-start";
import { exportRecoveryModel } from "@/lib/recovery/export-recovery-model";
import { runWhatIf } from "@/lib/recovery/run-what-if";
import { applyImport } from "@/lib/recovery/imports/run-import";
import { recoveryCompleteness } from "@/lib/recovery/recovery-completeness";
import { getRecoveryOverview } from "@/lib/recovery/get-recovery-overview";
import { leftOutGroupSentence } from "@/lib/recovery/to-model";
import { describeDraft } from "@/components/recovery/what-if-summary";
import { backAfterWords, mtdCheckWords, slackShown } from "@/components/recovery/mtd-words";
import { failure, makeOrg, type TestOrg } from "./factories";

const NOW = new Date("2026-11-25T12:00:00Z");

/**
 * The recovery-model fixture, extended: the office is lost and everything restores to a small
 * standby host from an immutable cloud copy; DC01's transfer is long, so SQL waits for it.
 */
async function fixture(org: TestOrg) {
  const plan = await createPlan({ actor: org.actors.committee, input: { name: `Readiness ${Math.random()}` } });
  const scope = { orgId: org.orgId, planId: plan.id };
  const office = await db.site.create({ data: { orgId: org.orgId, name: `Office ${plan.id}` } });
  const dr = await db.site.create({ data: { orgId: org.orgId, name: `DR ${plan.id}` } });
  const nas = await db.backupLocation.create({ data: { ...scope, key: "nas", name: "NAS", siteId: office.id, throughputMBps: 200, streamMBps: 150, maxStreams: 2 } });
  const cloud = await db.backupLocation.create({ data: { ...scope, key: "cloud", name: "Cloud", siteId: dr.id, immutableDays: 30, throughputMBps: 100, streamMBps: 50, maxStreams: 2, retrievalMinutes: 15 } });
  const hv1 = await db.host.create({ data: { ...scope, key: "hv1", name: "HV1", siteId: office.id, ramMiB: 65536, reservedMiB: 4096 } });
  const standby = await db.host.create({ data: { ...scope, key: "standby", name: "Standby", siteId: dr.id, ramMiB: 32768, readyAfterMinutes: 60 } });
  const dc = await db.system.create({ data: { ...scope, name: "DC", hostId: hv1.id, ramMiB: 4096, usedGB: 1200, bootMinutes: 5, verifyMinutes: 5, priority: 1 } });
  const sql = await db.system.create({
    data: { ...scope, name: "SQL", hostId: hv1.id, ramMiB: 16384, usedGB: 540, bootMinutes: 10, verifyMinutes: 10, dependsOn: { connect: { id: dc.id } } },
  });
  await db.system.create({ data: { ...scope, name: "Microsoft 365", kind: "saas" } });
  const policy = await db.backupPolicy.create({
    data: { ...scope, key: "nightly", name: "Nightly", cron: "0 23 * * *", timezone: "Europe/London", windowMinutes: 60, targetId: nas.id, systems: { connect: [{ id: dc.id }, { id: sql.id }] } },
  });
  await db.policyCopy.create({ data: { orgId: org.orgId, policyId: policy.id, toId: cloud.id, mode: "scheduled", cron: "0 6 * * *", timezone: "UTC", lagMinutes: 60 } });
  await db.businessFunction.create({ data: { ...scope, name: "Invoicing", rpoMinutes: 240, rtoMinutes: 480, mtdMinutes: 1440, wrtMinutes: 60, systems: { connect: [{ id: sql.id }] } } });
  await db.businessFunction.create({ data: { ...scope, name: "Sign-in", rpoMinutes: 1440, rtoMinutes: 120, systems: { connect: [{ id: dc.id }, { id: sql.id }] } } });
  const siteLoss = await db.scenario.create({ data: { ...scope, key: "site-loss", name: "Office lost", kind: "site", lostSites: { connect: { id: office.id } }, declareMinutes: 30 } });
  await db.scenario.create({ data: { ...scope, key: "vm-loss", name: "One VM lost", kind: "system" } });
  await db.systemRecoveryHost.createMany({
    data: [dc, sql].map((s) => ({ orgId: org.orgId, systemId: s.id, scenarioId: siteLoss.id, hostId: standby.id })),
  });
  await db.restorePoint.create({ data: { ...scope, systemId: dc.id, locationId: nas.id, pointInTime: new Date("2026-11-24T23:00:00Z"), usableAt: new Date("2026-11-25T00:00:00Z") } });
  return { plan, policy, dc, sql };
}

describe("readiness dashboard", () => {
  it("builds the matrix, capacity and MTD rows from one assessment, with scenario names and system ids", async () => {
    const org = await makeOrg();
    const { plan, sql, dc } = await fixture(org);
    const r = await getReadiness({ actor: org.actors.executive, planId: plan.id, now: NOW });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.scenarios.map((s) => [s.key, s.name])).toEqual([["site-loss", "Office lost"], ["vm-loss", "One VM lost"]]);
    expect(r.matrix).toMatchObject({ total: 2, page: 1, pageCount: 1, systemIds: { SQL: sql.id, DC: dc.id } });
    const row = r.dashboard.matrix.find((m) => m.system === "SQL")!;
    // vm-loss: nightly in London, 25 h over the clock change + 60 min window, against 4 h.
    expect(row.cells.find((c) => c.scenario === "vm-loss")!.rpo).toEqual({ status: "breached", value: 1560, target: 240, margin: -1320, unrecoverable: false });
    expect(r.dashboard.capacity).toContainEqual(expect.objectContaining({ scenario: "site-loss", host: "standby", availableMiB: 32768, over: false }));
    expect(r.dashboard.processes).toContainEqual(expect.objectContaining({ scenario: "site-loss", process: "Invoicing" }));
    expect(r.dashboard.ages).toMatchObject({ counts: { compliant: 1, "no-evidence": 1 }, lackingEvidence: ["SQL"] });
    expect(r.unmodelled).toEqual(["Microsoft 365"]);
  });

  it("pages the matrix as asked, with the ids of the systems on that page only", async () => {
    const org = await makeOrg();
    const { plan, sql } = await fixture(org);
    const query = { q: "", sort: "name" as const, dir: "desc" as const, page: 1, pageSize: 10 };
    const all = await getReadiness({ actor: org.actors.executive, planId: plan.id, query, now: NOW });
    if (!all.ok) throw new Error(JSON.stringify(all.issues));
    expect(all.matrix.rows.map((row) => row.system)).toEqual(["SQL", "DC"]);
    const found = await getReadiness({ actor: org.actors.executive, planId: plan.id, query: { ...query, q: "sq" }, now: NOW });
    if (!found.ok) throw new Error(JSON.stringify(found.issues));
    expect(found.matrix).toMatchObject({ total: 1, page: 1, pageCount: 1, systemIds: { SQL: sql.id } });
    expect(Object.keys(found.matrix.systemIds)).toEqual(["SQL"]);
    expect(found.matrix.rows.map((row) => row.system)).toEqual(["SQL"]);
    // The systems the summary names for their findings come with their ids too, whatever the page.
    expect(Object.keys(found.findingSystemIds).sort()).toEqual(found.dashboard.findingsBySystem.slice(0, 10).map((f) => f.system).sort());
    expect(Object.keys(found.findingSystemIds).length).toBeGreaterThan(0);
  });

  it("returns the engine's issues instead of results when the model is invalid", async () => {
    const org = await makeOrg();
    const { plan } = await fixture(org);
    await db.scenario.create({ data: { orgId: org.orgId, planId: plan.id, key: "ransomware", name: "Ransomware", kind: "ransomware" } });
    const r = await getReadiness({ actor: org.actors.committee, planId: plan.id, now: NOW });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toContainEqual(expect.objectContaining({ path: "scenarios[0].at" }));
  });

  it("draws the site-loss timeline: SQL waits for DC, and both are on the critical path", async () => {
    const org = await makeOrg();
    const { plan } = await fixture(org);
    const other = await createPlan({ actor: org.actors.committee, input: { name: "Another plan" } });
    await db.backupLocation.create({ data: { orgId: org.orgId, planId: other.id, key: "tape", name: "Tape library", throughputMBps: 100 } });
    const r = await getScenarioReadiness({ actor: org.actors.committee, planId: plan.id, scenarioKey: "site-loss", now: NOW });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.scenario.name).toBe("Office lost");
    const dc = r.timeline.bars.find((b) => b.system === "DC")!;
    const sql = r.timeline.bars.find((b) => b.system === "SQL")!;
    // The standby host is ready after 60 min; two 50 MB/s streams from the cloud: SQL's 540 GB in
    // 180 min, DC's 1,200 GB in 400 min, + 10 min boot and verification.
    expect(dc).toMatchObject({ restoreStart: 60, transferEnd: 460, ready: 470, location: "cloud", host: "standby" });
    expect(sql).toMatchObject({ restoreStart: 60, transferEnd: 240, ready: 490, dependsOn: ["DC"], status: "breached" });
    expect(sql.segments.map((s) => s.kind)).toEqual(["transfer", "wait", "boot", "verify"]);
    expect(r.timeline.criticalPath).toEqual(["DC", "SQL"]);
    // The header: declared after 30 min, but no restore starts before the standby host is ready.
    expect(r.restoreStarts).toEqual([60, 60]);
    expect(scenarioStartWords({ ...r.scenario, restoreStarts: r.restoreStarts })).toEqual(["declared 30 min after the disaster", "restores start at 1 h"]);
    expect(r.rpo.find((x) => x.system === "SQL")).toMatchObject({ location: "cloud", status: "breached", atDisasterMinutes: null });
    // The page names the locations the engine gives by key; another plan's are not among them.
    expect([...r.locationNames].sort()).toEqual([["cloud", "Cloud"], ["nas", "NAS"]]);
  });

  it("says why each system never ready is not: no room on its recovery host, by the host's name", async () => {
    const org = await makeOrg();
    const { plan } = await fixture(org);
    // 16 GiB: DC goes first and SQL (16 GiB + overhead) no longer fits on the standby host.
    await db.host.update({ where: { planId_key: { planId: plan.id, key: "standby" } }, data: { ramMiB: 16384 } });
    const r = await getScenarioReadiness({ actor: org.actors.committee, planId: plan.id, scenarioKey: "site-loss", now: NOW });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.timeline.unbounded).toEqual(["SQL"]);
    expect(r.neverReady).toEqual({ SQL: "no room on Standby" });
  });

  it("refuses an unknown scenario and another organisation's plan", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const { plan } = await fixture(org);
    expect((await failure(getScenarioReadiness({ actor: org.actors.committee, planId: plan.id, scenarioKey: "flood", now: NOW }))).code).toBe("NOT_FOUND");
    expect((await failure(getScenarioReadiness({ actor: other.actors.admin, planId: plan.id, scenarioKey: "site-loss", now: NOW }))).code).toBe("NOT_FOUND");
    expect((await failure(getReadiness({ actor: other.actors.admin, planId: plan.id, now: NOW }))).code).toBe("NOT_FOUND");
  });

  it("reuses the assessment of unchanged rows for a minute, and assesses again after any change", async () => {
    const org = await makeOrg();
    const { plan, sql } = await fixture(org);
    const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
    const first = await getReadiness({ actor: org.actors.committee, planId: plan.id, now: NOW });
    const again = await getReadiness({ actor: org.actors.auditor, planId: plan.id, now: at(30) });
    if (!first.ok || !again.ok) throw new Error("the fixture's model is valid");
    expect(again.assessment).toBe(first.assessment);
    expect(again.dashboard).toBe(first.dashboard);
    expect(again.assessment.assessedAt).toBe(NOW.toISOString());

    // A restore point is evidence, not plan content (no revision bump), and still counts at once.
    const scope = { orgId: org.orgId, planId: plan.id };
    const nas = await db.backupLocation.findFirstOrThrow({ where: { ...scope, key: "nas" } });
    await db.restorePoint.create({ data: { ...scope, systemId: sql.id, locationId: nas.id, pointInTime: new Date("2026-11-25T10:00:00Z"), usableAt: new Date("2026-11-25T10:30:00Z") } });
    const fresh = await getReadiness({ actor: org.actors.committee, planId: plan.id, now: at(40) });
    if (!fresh.ok) throw new Error("the model stays valid");
    expect(fresh.assessment).not.toBe(first.assessment);
    expect(fresh.dashboard.ages.lackingEvidence).toEqual([]);

    const later = await getReadiness({ actor: org.actors.committee, planId: plan.id, now: at(100) });
    if (!later.ok) throw new Error("the model stays valid");
    expect(later.assessment).not.toBe(fresh.assessment);
    expect(later.assessment.assessedAt).toBe(at(100).toISOString());
  });
});

describe("a restore point an import corrects", () => {
  it("counts at once on the readiness pages: the assessment of the point as it was is not reused", async () => {
    const org = await makeOrg();
    const { plan, sql } = await fixture(org);
    const scope = { orgId: org.orgId, planId: plan.id };
    const nas = await db.backupLocation.findFirstOrThrow({ where: { ...scope, key: "nas" } });
    // The backup server's first report: SQL's point of 10:00 is still being written, usable only after noon.
    await db.restorePoint.create({ data: { ...scope, systemId: sql.id, locationId: nas.id, pointInTime: new Date("2026-11-25T10:00:00Z"), usableAt: new Date("2026-11-25T13:00:00Z") } });
    const before = await getReadiness({ actor: org.actors.committee, planId: plan.id, now: NOW });
    if (!before.ok) throw new Error("the fixture's model is valid");
    expect(before.dashboard.ages.lackingEvidence).toEqual(["SQL"]);

    // Its next report: the point was usable at 10:30. The import updates the point in place.
    const text = "system,location,pointInTime,usableAt\nSQL,nas,2026-11-25T10:00:00Z,2026-11-25T10:30:00Z\n";
    const applied = await applyImport({ actor: org.actors.committee, input: { planId: plan.id, kind: "restore-points", text } });
    expect(applied).toMatchObject({ creates: 0, updates: 1 });
    const after = await getReadiness({ actor: org.actors.committee, planId: plan.id, now: new Date(NOW.getTime() + 30_000) });
    if (!after.ok) throw new Error("the model stays valid");
    expect(after.dashboard.ages.lackingEvidence).toEqual([]);
    expect(after.assessment.systems.find((s) => s.id === "SQL")?.currentAge).toEqual({ minutes: 120.5, status: "compliant" });
  });
});

describe("business functions whose systems have no host", () => {
  it("are not known, not within their MTD in 0 min: a physical server without a host is not assessed, a SaaS service its provider's", async () => {
    const org = await makeOrg();
    const { plan } = await fixture(org);
    const scope = { orgId: org.orgId, planId: plan.id };
    const pbx = await db.system.create({ data: { ...scope, name: "PBX", kind: "physical" } });
    const m365 = await db.system.findFirstOrThrow({ where: { ...scope, name: "Microsoft 365" } });
    await db.businessFunction.create({ data: { ...scope, name: "Telephony", mtdMinutes: 480, systems: { connect: [{ id: pbx.id }] } } });
    await db.businessFunction.create({ data: { ...scope, name: "E-mail", mtdMinutes: 480, systems: { connect: [{ id: m365.id }] } } });
    const r = await getReadiness({ actor: org.actors.executive, planId: plan.id, now: NOW });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const said = (process: string) =>
      r.dashboard.processes.filter((p) => p.process === process).map((p) => [p.scenario, backAfterWords(p, p.gaps), mtdCheckWords(p, p.gaps), slackShown(p, p.gaps)]);
    expect(said("Telephony")).toEqual([
      ["site-loss", "not known", "not known: PBX not assessed (no host)", false],
      ["vm-loss", "not known", "not known: PBX not assessed (no host)", false],
    ]);
    expect(said("E-mail")).toEqual([
      ["site-loss", "—", "not assessed here: Microsoft 365 restored by its provider", false],
      ["vm-loss", "—", "not assessed here: Microsoft 365 restored by its provider", false],
    ]);
  });
});

describe("VMs whose memory or used size is not set", () => {
  it("are left out of the assessment with the reason, never shown as met, and their dependents and functions say so", async () => {
    const org = await makeOrg();
    const { plan, dc, sql } = await fixture(org);
    await db.system.update({ where: { id: dc.id }, data: { ramMiB: null } });
    const r = await getReadiness({ actor: org.actors.executive, planId: plan.id, now: NOW });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.incomplete).toEqual([{ system: "DC", missing: ["memory"], functions: ["Sign-in"] }]);
    expect(r.cutDependencies).toEqual([{ system: "SQL", dependsOn: "DC", reason: "memory not set" }]);
    expect(r.dashboard.matrix.map((m) => m.system)).toEqual(["SQL"]);
    expect(r.matrix.systemIds).toMatchObject({ DC: dc.id });
    const signIn = r.dashboard.processes.filter((p) => p.process === "Sign-in");
    expect(signIn.every((p) => p.gaps.notAssessed.join() === "DC")).toBe(true);
    expect(r.assessment.scenarios.flatMap((sc) => sc.systems.map((s) => s.id))).not.toContain("DC");

    const page = await getSystemReadiness({ actor: org.actors.executive, planId: plan.id, systemId: dc.id, now: NOW });
    expect(page).toMatchObject({ modelled: false, incomplete: { missing: ["memory"] }, perScenario: [], findings: [] });
    const dependent = await getSystemReadiness({ actor: org.actors.executive, planId: plan.id, systemId: sql.id, now: NOW });
    expect(dependent.cutDependencies).toEqual([{ system: "SQL", dependsOn: "DC", reason: "memory not set" }]);
    const scenario = await getScenarioReadiness({ actor: org.actors.executive, planId: plan.id, scenarioKey: "site-loss", now: NOW });
    expect(scenario.leftOut.incomplete.map((i) => i.system)).toEqual(["DC"]);
    if (!scenario.ok) throw new Error("the model stays valid");
    expect(scenario.timeline.bars.map((b) => b.system)).toEqual(["SQL"]);
  });
});

describe("a consistency group with one system left in the model", () => {
  it("is left out of the model, and the dashboard, the overview, the scenario and both systems' pages say why", async () => {
    const org = await makeOrg();
    const { plan, sql } = await fixture(org);
    const app = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "ERP-APP" } });
    await db.consistencyGroup.create({
      data: { orgId: org.orgId, planId: plan.id, key: "finance-core", name: "Finance core", maxSkewMinutes: 15, systems: { connect: [{ id: sql.id }, { id: app.id }] } },
    });
    const actor = org.actors.executive;
    const sentence = "Consistency group Finance core is left out: only SQL of its systems can be modelled (ERP-APP has no host).";
    const group = { group: "Finance core", key: "finance-core", modelled: ["SQL"], leftOut: [{ system: "ERP-APP", missing: null }] };

    const r = await getReadiness({ actor, planId: plan.id, now: NOW });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.model.consistencyGroups).toEqual([]);
    expect(r.leftOutGroups).toEqual([group]);
    expect(r.assessment.scenarios.every((sc) => sc.consistencyGroups.length === 0)).toBe(true);
    expect((await getRecoveryOverview({ actor, planId: plan.id })).groups).toEqual([group]);
    expect((await getScenarioReadiness({ actor, planId: plan.id, scenarioKey: "site-loss", now: NOW })).leftOut.groups).toEqual([group]);
    for (const systemId of [sql.id, app.id]) {
      expect((await getSystemReadiness({ actor, planId: plan.id, systemId, now: NOW })).leftOutGroups).toEqual([group]);
    }
    expect((await getSystemReadiness({ actor, planId: plan.id, systemId: (await db.system.findFirstOrThrow({ where: { planId: plan.id, name: "DC" } })).id, now: NOW })).leftOutGroups).toEqual([]);
    expect(leftOutGroupSentence(r.leftOutGroups[0])).toBe(sentence);

    // Given a host, memory and used size, ERP-APP is modelled and the group goes to the engine.
    const hv1 = await db.host.findFirstOrThrow({ where: { planId: plan.id, key: "hv1" } });
    await db.system.update({ where: { id: app.id }, data: { hostId: hv1.id, ramMiB: 4096, usedGB: 40 } });
    const after = await getReadiness({ actor, planId: plan.id, now: NOW });
    if (!after.ok) throw new Error(JSON.stringify(after.issues));
    expect(after.leftOutGroups).toEqual([]);
    expect(after.model.consistencyGroups).toEqual([{ id: "finance-core", systems: ["ERP-APP", "SQL"], maxSkewMinutes: 15 }]);
  });
});

describe("per-system readiness", () => {
  it("names the functions its targets come from, every path with its worst case, its tests and findings", async () => {
    const org = await makeOrg();
    const { plan, sql } = await fixture(org);
    const exercise = await db.exercise.create({
      data: { orgId: org.orgId, planId: plan.id, type: "simulation", title: "SQL restore drill", conductedOn: new Date("2026-10-01T09:00:00Z"), result: "passed" },
    });
    await db.exerciseMeasurement.create({ data: { orgId: org.orgId, exerciseId: exercise.id, systemId: sql.id, locationKey: "nas", restoreMinutes: 45, usedGB: 500 } });
    const r = await getSystemReadiness({ actor: org.actors.auditor, planId: plan.id, systemId: sql.id, now: NOW });
    expect(r.targets).toEqual({ rpo: { minutes: 240, from: ["Invoicing"] }, rto: { minutes: 120, from: ["Sign-in"], inherited: null } });
    expect(r.locationNames.get("cloud")).toBe("Cloud");
    expect(r.paths).toEqual([
      { location: "cloud", worstCaseMinutes: expect.any(Number), status: "breached" },
      { location: "nas", worstCaseMinutes: 1560, status: "breached" },
    ]);
    expect(r.paths[0].worstCaseMinutes!).toBeGreaterThan(1560);
    expect(r.measurements).toEqual([expect.objectContaining({ locationKey: "nas", restoreMinutes: 45, exercise: expect.objectContaining({ title: "SQL restore drill" }) })]);
    const vmLoss = r.perScenario.find((s) => s.scenario === "vm-loss")!;
    // The test (45 min for 500 GB, scaled to 540 GB) replaces the estimate on the NAS.
    expect(vmLoss.rto).toMatchObject({ source: "test", transferEnd: null, achievableMinutes: 48.6 });
    expect(r.perScenario.map((s) => s.testOverReplica)).toEqual([null, null]);
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(["RPO_BREACHED", "NO_EVIDENCE"]));
    expect(r.findings.every((f) => f.system === "SQL")).toBe(true);
    // Findings name locations and policies as the plan does, not by their keys.
    const rpo = (scenario: string) => r.findings.find((f) => f.code === "RPO_BREACHED" && f.scenario === scenario)!.message;
    expect(rpo("vm-loss")).toContain("Its newest surviving copy is the backups on NAS by the policy “Nightly”");
    expect(rpo("site-loss")).toContain("the scheduled copy on Cloud,");
  });

  it("shows how an estimated restore is worked out from the size and rate entered, so the administrator can check it", async () => {
    const org = await makeOrg();
    const { plan, sql, dc } = await fixture(org);
    const scope = { orgId: org.orgId, planId: plan.id };
    const working = async (systemId: string, scenario: string) =>
      (await getSystemReadiness({ actor: org.actors.auditor, planId: plan.id, systemId, now: NOW })).perScenario.find((s) => s.scenario === scenario)!.working;
    // 540 GB at the NAS's 150 MB/s per restore: 540,000 MB / 150 MB/s = 3,600 s.
    expect(await working(sql.id, "vm-loss")).toBe("540 GB read from NAS at 150 MB/s takes 1 h, then 10 min boot and 10 min verification.");
    // The office lost: from the cloud copy at 50 MB/s, alongside DC, each on a stream of its own.
    expect(await working(sql.id, "site-loss")).toBe("540 GB read from Cloud at 50 MB/s takes 3 h, then 10 min boot and 10 min verification.");
    // At 60 MB/s for the whole location, SQL and DC share it: 30 MB/s each while both read.
    const cloud = await db.backupLocation.findFirstOrThrow({ where: { ...scope, key: "cloud" } });
    await db.backupLocation.update({ where: { id: cloud.id }, data: { throughputMBps: 60 } });
    expect(await working(sql.id, "site-loss")).toBe(
      "540 GB read from Cloud at 50 MB/s takes 3 h, then 10 min boot and 10 min verification. Slowed by other restores from Cloud, it took 5 h.",
    );
    // A replica that survives moves no data.
    await db.replica.create({ data: { ...scope, systemId: dc.id, locationId: cloud.id, lagMinutes: 5 } });
    expect(await working(dc.id, "site-loss")).toBe("Fails over to the replica on Cloud: no data to read, then 5 min boot and 5 min verification.");
  });

  it("says when a measured restore is used instead of failing over to a replica at the same location", async () => {
    const org = await makeOrg();
    const { plan, sql } = await fixture(org);
    const scope = { orgId: org.orgId, planId: plan.id };
    const nas = await db.backupLocation.findFirstOrThrow({ where: { ...scope, key: "nas" } });
    // A replica of SQL on the NAS, 5 min behind, and a restore test from the NAS.
    await db.replica.create({ data: { ...scope, systemId: sql.id, locationId: nas.id, lagMinutes: 5 } });
    const exercise = await db.exercise.create({
      data: { ...scope, type: "simulation", title: "SQL restore drill", conductedOn: new Date("2026-10-01T09:00:00Z"), result: "passed" },
    });
    await db.exerciseMeasurement.create({ data: { orgId: org.orgId, exerciseId: exercise.id, systemId: sql.id, locationKey: "nas", restoreMinutes: 45, usedGB: 500 } });
    const r = await getSystemReadiness({ actor: org.actors.auditor, planId: plan.id, systemId: sql.id, now: NOW });
    const vmLoss = r.perScenario.find((s) => s.scenario === "vm-loss")!;
    expect(vmLoss.rpo).toMatchObject({ location: "nas", worstCaseMinutes: 5 });
    expect(vmLoss.rto).toMatchObject({ source: "test", achievableMinutes: 48.6 });
    expect(vmLoss.testOverReplica).toBe("SQL also has a replica at NAS: this measured restore is used instead of failing over to it.");
    // The office lost, the NAS and its replica go with it: SQL restores from the cloud, no test.
    expect(r.perScenario.find((s) => s.scenario === "site-loss")!.testOverReplica).toBeNull();
  });

  it("says where an RTO passed down from a system that depends on it comes from, on its page, its findings, the matrix and the timeline", async () => {
    const org = await makeOrg();
    const { plan, sql, policy } = await fixture(org);
    // SQL (RTO 2 h from Sign-in) depends on a file server no function names.
    const scope = { orgId: org.orgId, planId: plan.id };
    const hv1 = await db.host.findFirstOrThrow({ where: { ...scope, key: "hv1" } });
    const files = await db.system.create({ data: { ...scope, name: "FILES", hostId: hv1.id, ramMiB: 4096, usedGB: 2000, bootMinutes: 5, verifyMinutes: 5, dependents: { connect: { id: sql.id } } } });
    await db.backupPolicy.update({ where: { id: policy.id }, data: { systems: { connect: { id: files.id } } } });
    const siteLoss = await db.scenario.findFirstOrThrow({ where: { ...scope, key: "site-loss" } });
    const standby = await db.host.findFirstOrThrow({ where: { ...scope, key: "standby" } });
    await db.systemRecoveryHost.create({ data: { orgId: org.orgId, systemId: files.id, scenarioId: siteLoss.id, hostId: standby.id } });

    const sentence = "RTO 2 h, inherited from SQL, which depends on it (the RTO of Sign-in).";
    const r = await getSystemReadiness({ actor: org.actors.auditor, planId: plan.id, systemId: files.id, now: NOW });
    expect(r.targets).toEqual({ rpo: { minutes: null, from: [] }, rto: { minutes: 120, from: [], inherited: "inherited from SQL, which depends on it (the RTO of Sign-in)" } });
    const breach = r.findings.find((f) => f.code === "RTO_BREACHED" && f.scenario === "site-loss");
    expect(breach?.message).toContain("more than its RTO of 2 h");
    expect(breach?.note).toBe(sentence);
    // Only RPO is missing now, and that finding carries no RTO note.
    expect(r.findings.filter((f) => f.code === "NO_TARGET").map((f) => [f.message.includes("no RPO target"), f.note])).toEqual([[true, null]]);
    // SQL's own RTO is no one else's: no note.
    const own = await getSystemReadiness({ actor: org.actors.auditor, planId: plan.id, systemId: sql.id, now: NOW });
    expect(own.targets.rto.inherited).toBeNull();
    expect(own.findings.every((f) => f.note === null)).toBe(true);

    const dashboard = await getReadiness({ actor: org.actors.auditor, planId: plan.id, now: NOW });
    if (!dashboard.ok) throw new Error(JSON.stringify(dashboard.issues));
    expect(dashboard.matrix.inheritedRto).toEqual({ FILES: { system: "FILES", minutes: 120, functionName: "Sign-in", through: ["SQL"] } });
    const cell = dashboard.dashboard.matrix.find((m) => m.system === "FILES")!.cells.find((c) => c.scenario === "site-loss")!;
    expect(cell.rto).toMatchObject({ status: "breached", target: 120 });
    const scenario = await getScenarioReadiness({ actor: org.actors.auditor, planId: plan.id, scenarioKey: "site-loss", now: NOW });
    if (!scenario.ok) throw new Error("not assessed");
    expect(Object.keys(scenario.inheritedRto)).toEqual(["FILES"]);
  });

  it("refuses a system of another plan or organisation", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const { plan, sql } = await fixture(org);
    const { plan: second } = await fixture(org);
    expect((await failure(getSystemReadiness({ actor: org.actors.committee, planId: second.id, systemId: sql.id, now: NOW }))).code).toBe("NOT_FOUND");
    expect((await failure(getSystemReadiness({ actor: other.actors.admin, planId: plan.id, systemId: sql.id, now: NOW }))).code).toBe("NOT_FOUND");
  });
});

describe("model download", () => {
  it("exports the model as the CLI reads it and audits the export", async () => {
    const org = await makeOrg();
    const { plan } = await fixture(org);
    const r = await exportRecoveryModel({ actor: org.actors.auditor, planId: plan.id, now: NOW });
    expect(r.fileName).toMatch(/^readiness-0-\d+-recovery-model\.json$/);
    expect(r.model).toMatchObject({ version: 1, assessedAt: NOW.toISOString() });
    expect(r.model.systems?.map((s) => s.id)).toEqual(["DC", "SQL"]);
    const audit = await db.auditLog.findMany({ where: { orgId: org.orgId, action: "recovery.model_exported" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: "plan", entityId: plan.id, actorId: org.actors.auditor.userId, after: { systems: 2, scenarios: 2, unmodelled: ["Microsoft 365"] } });
  });

  it("refuses another organisation's plan and records nothing", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const { plan } = await fixture(org);
    expect((await failure(exportRecoveryModel({ actor: other.actors.admin, planId: plan.id, now: NOW }))).code).toBe("NOT_FOUND");
    expect(await db.auditLog.count({ where: { action: "recovery.model_exported", entityId: plan.id } })).toBe(0);
  });
});

describe("what-if", () => {
  it("every 3 hours with a 1-hour window meets the 4-hour RPO that nightly breaches, and saves nothing", async () => {
    const org = await makeOrg();
    const { plan, policy } = await fixture(org);
    const r = await runWhatIf({ actor: org.actors.executive, planId: plan.id, now: NOW, values: { policy: "nightly", schedule: "every", everyMinutes: "180", windowMinutes: "60" } });
    if (r.state !== "assessed") throw new Error(JSON.stringify(r));
    expect(r.changes).toContainEqual(
      expect.objectContaining({ scenario: "vm-loss", system: "SQL", rpo: { before: 1560, after: 240, statusBefore: "breached", statusAfter: "met" } }),
    );
    expect(r.scenarioNames).toEqual({ "site-loss": "Office lost", "vm-loss": "One VM lost" });
    expect(await db.backupPolicy.findUniqueOrThrow({ where: { id: policy.id } })).toMatchObject({ cron: "0 23 * * *", everyMinutes: null, version: 1 });
  });

  it("holds the draft against the saved plan as the readiness pages last assessed it", async () => {
    const org = await makeOrg();
    const { plan } = await fixture(org);
    const shown = await getReadiness({ actor: org.actors.committee, planId: plan.id, now: NOW });
    if (!shown.ok) throw new Error("the fixture's model is valid");
    const sql = shown.assessment.scenarios.find((sc) => sc.id === "vm-loss")?.systems.find((s) => s.id === "SQL");
    const r = await runWhatIf({ actor: org.actors.auditor, planId: plan.id, now: new Date(NOW.getTime() + 30_000), values: { policy: "nightly", schedule: "every", everyMinutes: "180", windowMinutes: "60" } });
    if (r.state !== "assessed") throw new Error(JSON.stringify(r));
    expect(r.changes).toContainEqual(expect.objectContaining({ scenario: "vm-loss", system: "SQL", rpo: expect.objectContaining({ before: sql?.rpo.worstCaseMinutes, statusBefore: sql?.rpo.status }) }));
    expect(r.outcomes.problems.before).toBe(shown.assessment.findings.filter((f) => f.severity === "error").length);
  });

  it("shows field errors for an incomplete draft or a key of another plan, and nothing for an empty form", async () => {
    const org = await makeOrg();
    const { plan } = await fixture(org);
    const missing = await runWhatIf({ actor: org.actors.committee, planId: plan.id, now: NOW, values: { policy: "nightly", schedule: "every", everyMinutes: "" } });
    expect(missing).toMatchObject({ state: "invalid", fieldErrors: { everyMinutes: "Every (minutes): enter how often the backup runs, in minutes or as a duration like 90min, 4h or 1d." } });
    const foreign = await runWhatIf({ actor: org.actors.committee, planId: plan.id, now: NOW, values: { location: "tape", throughputMBps: "500" } });
    expect(foreign).toMatchObject({ state: "invalid", fieldErrors: { location: "Choose a location of this plan." } });
    expect(await runWhatIf({ actor: org.actors.committee, planId: plan.id, now: NOW, values: {} })).toMatchObject({ state: "empty" });
  });

  it("reports a draft the engine rejects by its issues", async () => {
    const org = await makeOrg();
    const { plan } = await fixture(org);
    const r = await runWhatIf({ actor: org.actors.committee, planId: plan.id, now: NOW, values: { policy: "nightly", schedule: "cron", cron: "0 25 * * *" } });
    expect(r).toMatchObject({ state: "draft-invalid", issues: [], fieldErrors: { cron: 'Cron expression: invalid cron "0 25 * * *": hour field: 25 is out of range 0–23.' } });
    const zone = await runWhatIf({ actor: org.actors.committee, planId: plan.id, now: NOW, values: { policy: "nightly", schedule: "cron", cron: "0 1 * * *", timezone: "Mars/Base" } });
    expect(zone).toMatchObject({ state: "draft-invalid", fieldErrors: { timezone: expect.stringMatching(/^Time zone: unknown time zone "Mars\/Base"/) } });
  });
  it("more memory on the standby host places the system that did not fit there, and saves nothing", async () => {
    const org = await makeOrg();
    const { plan } = await fixture(org);
    // 16 GiB: DC goes first and SQL (16 GiB + overhead) no longer fits.
    const standby = await db.host.update({ where: { planId_key: { planId: plan.id, key: "standby" } }, data: { ramMiB: 16384 } });
    const r = await runWhatIf({ actor: org.actors.executive, planId: plan.id, now: NOW, values: { host: "standby", ramMiB: "32768" } });
    if (r.state !== "assessed") throw new Error(JSON.stringify(r));
    expect(r.draft.hosts).toEqual([{ key: "standby", ramMiB: 32768, reservedMiB: undefined, readyAfterMinutes: undefined }]);
    // Placed, SQL waits for DC's 1.2 TB from the cloud: ready, if late, instead of never.
    expect(r.changes).toEqual([
      expect.objectContaining({
        scenario: "site-loss", system: "SQL", unplaced: { before: true, after: false },
        rto: { before: null, after: 490, statusBefore: "breached", statusAfter: "breached" },
      }),
    ]);
    expect(await db.host.findUniqueOrThrow({ where: { id: standby.id } })).toMatchObject({ ramMiB: 16384, version: standby.version });
  });

  it("a copy added to the cloud as soon as each backup lands shortens the site-loss RPO; one to the policy's own target is refused at the field", async () => {
    const org = await makeOrg();
    const { plan, policy } = await fixture(org);
    const r = await runWhatIf({ actor: org.actors.committee, planId: plan.id, now: NOW, values: { policy: "nightly", copyTo: "cloud", copyMode: "immediate", copyLagMinutes: "30" } });
    if (r.state !== "assessed") throw new Error(JSON.stringify(r));
    // The nightly point reaches the cloud 30 min after it is usable, not at 06:00 UTC + 1 h: the
    // worst case is the 25-hour night of the clock change + the window + the lag.
    for (const system of ["DC", "SQL"]) {
      expect(r.changes).toContainEqual(expect.objectContaining({ scenario: "site-loss", system, rpo: expect.objectContaining({ before: 1980, after: 1590 }) }));
    }
    expect(r.changes.every((c) => c.scenario === "site-loss")).toBe(true);
    expect(await db.policyCopy.count({ where: { policyId: policy.id } })).toBe(1);

    const target = await runWhatIf({ actor: org.actors.committee, planId: plan.id, now: NOW, values: { policy: "nightly", copyTo: "nas", copyLagMinutes: "30" } });
    expect(target).toMatchObject({ state: "invalid", fieldErrors: { copyTo: "Add a copy to: a copy goes to another location than the policy's target (NAS)." } });
    const foreign = await runWhatIf({ actor: org.actors.committee, planId: plan.id, now: NOW, values: { host: "hv9", ramMiB: "65536" } });
    expect(foreign).toMatchObject({ state: "invalid", fieldErrors: { host: "Choose a host of this plan." } });
  });
});

describe("what-if: one pass, and a system's recovery host", () => {
  it("refuses a bad cron, an unknown time zone, a copy to the policy's own target and an unreadable window in one round", async () => {
    const org = await makeOrg();
    const { plan } = await fixture(org);
    const r = await runWhatIf({
      actor: org.actors.committee, planId: plan.id, now: NOW,
      values: { policy: "nightly", schedule: "cron", cron: "0 25 * * *", timezone: "Europe/Londn", copyTo: "nas", windowMinutes: "abc" },
    });
    expect(r).toMatchObject({
      state: "invalid",
      fieldErrors: {
        windowMinutes: "Window (minutes): enter minutes, or a duration like 90min, 4h or 1d.",
        copyTo: "Add a copy to: a copy goes to another location than the policy's target (NAS).",
        cron: 'Cron expression: invalid cron "0 25 * * *": hour field: 25 is out of range 0–23.',
        timezone: 'Time zone: unknown time zone "Europe/Londn" (use an IANA name such as Europe/Paris).',
      },
    });
  });

  it("a surviving recovery host turns a system never ready when its host is lost into a ready one, and saves nothing", async () => {
    const org = await makeOrg();
    const { plan, dc } = await fixture(org);
    await db.scenario.create({ data: { orgId: org.orgId, planId: plan.id, key: "hv1-loss", name: "HV1 lost", kind: "host", lostHostKeys: ["hv1"] } });
    const saved = await db.systemRecoveryHost.count({ where: { systemId: dc.id } });
    const r = await runWhatIf({ actor: org.actors.committee, planId: plan.id, now: NOW, values: { system: "DC", scenario: "hv1-loss", recoveryHost: "standby" } });
    if (r.state !== "assessed") throw new Error(JSON.stringify(r));
    // The form marks the host the scenario loses.
    expect(r.options.scenarios).toContainEqual({ key: "hv1-loss", name: "HV1 lost", lostHosts: ["hv1"] });
    // Restored on its own host, which the scenario loses, DC is never ready; on the standby host it is.
    expect(r.changes).toEqual([
      expect.objectContaining({ scenario: "hv1-loss", system: "DC", rto: { before: null, after: 203.333, statusBefore: "breached", statusAfter: "breached" }, unplaced: { before: true, after: false } }),
    ]);
    // SQL waits for DC and stays on HV1, with no room there: Sign-in, which needs both, is still never recovered.
    expect(r.outcomes).toEqual({
      // DC's "no room" problem gives way to an RTO breach (3 h 23 min against Sign-in's 2 h).
      problems: { before: 12, after: 12 },
      functions: [],
      capacity: [{ scenario: "hv1-loss", host: "hv1", before: ["DC", "SQL"], after: ["SQL"] }],
    });
    expect(describeDraft(r.options, r.draft)).toEqual([{ subject: "System DC", changes: ["recovery host in “HV1 lost” its own host HV1 → Standby"] }]);
    expect(await db.systemRecoveryHost.count({ where: { systemId: dc.id } })).toBe(saved);
  });

  it("a replica of SQL to the cloud is refused a second time, as the replica form refuses it", async () => {
    const org = await makeOrg();
    const { plan, sql } = await fixture(org);
    const cloud = await db.backupLocation.findUniqueOrThrow({ where: { planId_key: { planId: plan.id, key: "cloud" } } });
    const r = await runWhatIf({ actor: org.actors.committee, planId: plan.id, now: NOW, values: { system: "SQL", replicaLocation: "cloud", replicaLagMinutes: "15" } });
    if (r.state !== "assessed") throw new Error(JSON.stringify(r));
    expect(r.changes).toContainEqual(expect.objectContaining({ scenario: "site-loss", system: "SQL", rpo: expect.objectContaining({ after: 15, statusAfter: "met" }) }));
    expect(await db.replica.count({ where: { systemId: sql.id } })).toBe(0);
    await db.replica.create({ data: { orgId: org.orgId, planId: plan.id, systemId: sql.id, locationId: cloud.id, lagMinutes: 5 } });
    expect(await runWhatIf({ actor: org.actors.committee, planId: plan.id, now: NOW, values: { system: "SQL", replicaLocation: "cloud", replicaLagMinutes: "15" } })).toMatchObject({
      state: "invalid",
      fieldErrors: { replicaLocation: "Replica location: this system already replicates there." },
    });
  });
});

describe("plan overview", () => {
  it("reports the recovery stage's completeness and the current ages", async () => {
    const org = await makeOrg();
    const { plan } = await fixture(org);
    // Both systems covered by the policy and with both targets; neither meets every target.
    expect(await recoveryCompleteness({ orgId: org.orgId, planId: plan.id })).toEqual({
      recovery: 67,
      todo: { recovery: ["Make DC and SQL meet their RPO and RTO in every scenario (see Recovery readiness)."] },
    });
    const overview = await getRecoveryOverview({ actor: org.actors.auditor, planId: plan.id });
    expect(overview).toMatchObject({ ok: true, modelled: 2, unmodelled: ["Microsoft 365"], ages: { lackingEvidence: ["SQL"] } });
    const empty = await createPlan({ actor: org.actors.committee, input: { name: "Empty" } });
    expect(await recoveryCompleteness({ orgId: org.orgId, planId: empty.id })).toEqual({ recovery: 0, todo: { recovery: [] } });
  });

  it("asks only for the RPO of a system whose RTO comes down from a system that depends on it", async () => {
    const org = await makeOrg();
    const { plan, dc } = await fixture(org);
    // DC serves no function of its own now; SQL, which depends on it, passes its RTO down.
    const signIn = await db.businessFunction.findFirstOrThrow({ where: { planId: plan.id, name: "Sign-in" } });
    await db.businessFunction.update({ where: { id: signIn.id }, data: { systems: { disconnect: { id: dc.id } } } });
    const { todo } = await recoveryCompleteness({ orgId: org.orgId, planId: plan.id });
    expect(todo?.recovery).toContain("Give DC an RPO: link it to the business functions whose data it holds (an RTO can come from the systems that depend on it; an RPO cannot).");
    expect(todo?.recovery?.some((t) => t.startsWith("Link "))).toBe(false);
  });
});
