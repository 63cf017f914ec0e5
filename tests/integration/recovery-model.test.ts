import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Assessment } from "@/lib/engine";
import { db } from "@/lib/db/client";
import { assessPlan } from "@/lib/recovery/assess-plan";
import { createPlan } from "@/lib/plans/create-plan";
import { failure, makeOrg, type TestOrg } from "./factories";

const NOW = new Date("2026-11-25T12:00:00Z");

/** A small plan: a DC and a database VM on an office host, backed up nightly to an office NAS. */
async function fixture(org: TestOrg) {
  const plan = await createPlan({ actor: org.actors.committee, input: { name: `Recovery ${Math.random()}` } });
  const scope = { orgId: org.orgId, planId: plan.id };
  const office = await db.site.create({ data: { orgId: org.orgId, name: `Office ${plan.id}` } });
  const dr = await db.site.create({ data: { orgId: org.orgId, name: `DR ${plan.id}` } });
  const nas = await db.backupLocation.create({ data: { ...scope, key: "nas", name: "NAS", siteId: office.id, throughputMBps: 200, streamMBps: 150, maxStreams: 2 } });
  const hv1 = await db.host.create({ data: { ...scope, key: "hv1", name: "HV1", siteId: office.id, ramMiB: 65536, reservedMiB: 4096 } });
  const standby = await db.host.create({ data: { ...scope, key: "standby", name: "Standby", siteId: dr.id, ramMiB: 32768 } });
  const dc = await db.system.create({ data: { ...scope, name: "DC", hostId: hv1.id, ramMiB: 4096, usedGB: 60, bootMinutes: 5, priority: 1 } });
  const sql = await db.system.create({
    data: { ...scope, name: "SQL", hostId: hv1.id, ramMiB: 16384, usedGB: 540, bootMinutes: 10, verifyMinutes: 10, dependsOn: { connect: { id: dc.id } } },
  });
  await db.system.create({ data: { ...scope, name: "Microsoft 365", kind: "saas" } });
  const policy = await db.backupPolicy.create({
    data: { ...scope, key: "nightly", name: "Nightly", cron: "0 23 * * *", timezone: "Europe/London", windowMinutes: 60, targetId: nas.id, systems: { connect: [{ id: dc.id }, { id: sql.id }] } },
  });
  await db.businessFunction.create({ data: { ...scope, name: "Invoicing", rpoMinutes: 240, rtoMinutes: 480, mtdMinutes: 1440, wrtMinutes: 60, systems: { connect: [{ id: sql.id }] } } });
  await db.businessFunction.create({ data: { ...scope, name: "Sign-in", rpoMinutes: 1440, rtoMinutes: 120, systems: { connect: [{ id: dc.id }, { id: sql.id }] } } });
  const siteLoss = await db.scenario.create({ data: { ...scope, key: "site-loss", name: "Office lost", kind: "site", lostSites: { connect: { id: office.id } }, declareMinutes: 30 } });
  await db.scenario.create({ data: { ...scope, key: "vm-loss", name: "One VM lost", kind: "system" } });
  await db.systemRecoveryHost.createMany({
    data: [dc, sql].map((s) => ({ orgId: org.orgId, systemId: s.id, scenarioId: siteLoss.id, hostId: standby.id })),
  });
  return { plan, policy };
}

function runCli(modelFile: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile("node", [path.join(process.cwd(), "bin/continuity.mjs"), "check", modelFile, "--json"], (error, stdout) =>
      resolve({ code: error ? Number(error.code) : 0, stdout }),
    );
  });
}

describe("recovery model built from the database", () => {
  it("maps the plan's rows to the engine's model, with targets inherited from the functions", async () => {
    const org = await makeOrg();
    const { plan } = await fixture(org);
    const result = await assessPlan({ actor: org.actors.auditor, planId: plan.id, now: NOW });
    expect(result.ok).toBe(true);
    expect(result.unmodelled).toEqual(["Microsoft 365"]);
    const sql = result.model.systems?.find((s) => s.id === "SQL");
    // Tightest of Invoicing (RPO 4 h, RTO 8 h) and Sign-in (RPO 24 h, RTO 2 h).
    expect(sql).toMatchObject({ host: "hv1", dependsOn: ["DC"], rpoMinutes: 240, rtoMinutes: 120, recoveryHosts: { "site-loss": "standby" } });
    expect(result.model.backupPolicies).toEqual([
      { id: "nightly", systems: ["DC", "SQL"], schedule: { cron: "0 23 * * *", timezone: "Europe/London" }, windowMinutes: 60, target: "nas", copies: [] },
    ]);
  });

  it("finds the nightly backup too rare for a 4-hour RPO, across the clock change, and a 3-hourly one sufficient", async () => {
    const org = await makeOrg();
    const { plan, policy } = await fixture(org);
    const before = await assessPlan({ actor: org.actors.committee, planId: plan.id, now: NOW });
    if (!before.ok) throw new Error(JSON.stringify(before.issues));
    const vmLoss = before.assessment.scenarios.find((s) => s.id === "vm-loss")!;
    const sqlRpo = vmLoss.systems.find((s) => s.id === "SQL")!.rpo;
    // 23:00 London every night: the night the clocks go back is 25 h long; + 60 min window.
    expect(sqlRpo).toMatchObject({ worstCaseMinutes: 25 * 60 + 60, target: 240, status: "breached", location: "nas" });
    const finding = before.assessment.findings.find((f) => f.code === "RPO_BREACHED" && f.system === "SQL" && f.scenario === "vm-loss");
    expect(finding?.message).toMatch(/3 h/);

    await db.backupPolicy.update({ where: { id: policy.id }, data: { cron: null, everyMinutes: 180, anchor: new Date("2026-01-01T00:00:00Z"), windowMinutes: 60 } });
    const after = await assessPlan({ actor: org.actors.committee, planId: plan.id, now: NOW });
    if (!after.ok) throw new Error(JSON.stringify(after.issues));
    const fixed = after.assessment.scenarios.find((s) => s.id === "vm-loss")!.systems.find((s) => s.id === "SQL")!.rpo;
    expect(fixed).toMatchObject({ worstCaseMinutes: 240, status: "met" });
  });

  it("gives the same assessment through the CLI on the exported model (the round trip), exiting 1 on a breach", async () => {
    const org = await makeOrg();
    const { plan } = await fixture(org);
    const result = await assessPlan({ actor: org.actors.executive, planId: plan.id, now: NOW });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const file = path.join(mkdtempSync(path.join(tmpdir(), "continuity-")), "model.json");
    writeFileSync(file, JSON.stringify(result.model));
    const cli = await runCli(file);
    expect(cli.code).toBe(1);
    // The same results and findings; only the findings' sentences differ, since the app gives the
    // engine the plan's names for locations, hosts and policies and the CLI has only their ids.
    const subjects = (a: Assessment) => ({ ...a, findings: a.findings.map((finding) => ({ ...finding, message: undefined })) });
    const fromCli = JSON.parse(cli.stdout) as Assessment;
    expect(subjects(fromCli)).toEqual(subjects(JSON.parse(JSON.stringify(result.assessment))));
    const sentence = (a: Assessment) => a.findings.find((f) => f.code === "RPO_BREACHED")!.message;
    expect(sentence(fromCli)).not.toEqual(sentence(result.assessment));
    expect(result.names.locations).not.toEqual({});
  });

  it("reports an incomplete scenario as a model issue naming its field, not as a crash", async () => {
    const org = await makeOrg();
    const { plan } = await fixture(org);
    await db.scenario.create({ data: { orgId: org.orgId, planId: plan.id, key: "ransomware", name: "Ransomware", kind: "ransomware" } });
    const result = await assessPlan({ actor: org.actors.committee, planId: plan.id, now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["scenarios[0].at", "scenarios[0].cleanBefore"]));
  });

  it("is scoped: another organisation's plan has no recovery model for you", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const { plan } = await fixture(org);
    expect((await failure(assessPlan({ actor: other.actors.admin, planId: plan.id, now: NOW }))).code).toBe("NOT_FOUND");
  });
});
