import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { applyImport, previewImport } from "@/lib/recovery/imports/run-import";
import { saveHost } from "@/lib/recovery/setup/save-host";
import { saveLocation } from "@/lib/recovery/setup/save-location";
import { failure, makeOrg, type TestOrg } from "./factories";

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, "utf8");

async function planWithHost(org: TestOrg) {
  const actor = org.actors.committee;
  const plan = await createPlan({ actor, input: { name: "Imports" } });
  await saveHost({ actor, input: { planId: plan.id, key: "esx01", name: "ESX01", ramMiB: "262144", reservedMiB: "8192", readyAfterMinutes: "0" } });
  await saveLocation({ actor, input: { planId: plan.id, key: "nas", name: "Synology NAS", throughputMBps: "200", maxStreams: "2", immutableDays: "0", retrievalMinutes: "0" } });
  return plan;
}

describe("recovery imports", () => {
  it("previews an RVTools vInfo export, then creates the VMs with converted units and one audit row", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    const input = { planId: plan.id, kind: "rvtools", fileName: "vInfo.csv", text: fixture("rvtools-vinfo.csv") };
    const progress: number[] = [];
    const preview = await previewImport({ actor, input, onProgress: (p) => progress.push(p.done) });
    expect(preview).toMatchObject({ rows: 3, creates: 3, updates: 0, unchanged: 0 });
    expect(progress).toEqual([3]);
    expect(preview.warnings).toEqual([expect.stringContaining('Line 4: host "esx02.harbourlane.local" is not one of this plan\'s hosts')]);
    expect(await db.system.count({ where: { planId: plan.id } })).toBe(0);

    await applyImport({ actor, input: { ...input, fingerprint: preview.fingerprint } });
    const host = await db.host.findFirstOrThrow({ where: { planId: plan.id, key: "esx01" } });
    const crm = await db.system.findFirstOrThrow({ where: { planId: plan.id, name: "APP-CRM" } });
    expect(crm).toMatchObject({ orgId: org.orgId, ramMiB: 16384, usedGB: 161.06, hostId: host.id, hostName: "esx01.harbourlane.local" });
    expect(await db.system.findFirstOrThrow({ where: { planId: plan.id, name: "LABEL-PRINT, old" } })).toMatchObject({ hostId: null, ramMiB: 4096 });
    const audit = await db.auditLog.findMany({ where: { orgId: org.orgId, action: "recovery.import.applied" } });
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toEqual({ kind: "rvtools", fileName: "vInfo.csv", rows: 3, created: 3, updated: 0, unchanged: 0 });
  });

  it("is idempotent: the same file again previews no changes and writes nothing", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    const input = { planId: plan.id, kind: "rvtools", text: fixture("rvtools-vinfo.csv") };
    await applyImport({ actor, input });
    const before = await db.system.findMany({ where: { planId: plan.id }, orderBy: { name: "asc" } });
    const auditBefore = await db.auditLog.count({ where: { orgId: org.orgId } });
    const again = await previewImport({ actor, input });
    expect(again).toMatchObject({ creates: 0, updates: 0, unchanged: 3, changes: [] });
    await applyImport({ actor, input: { ...input, fingerprint: again.fingerprint } });
    expect(await db.system.findMany({ where: { planId: plan.id }, orderBy: { name: "asc" } })).toEqual(before);
    expect(await db.auditLog.count({ where: { orgId: org.orgId } })).toBe(auditBefore);
  });

  it("updates matched systems from a generic CSV, naming each changed field", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    await applyImport({ actor, input: { planId: plan.id, kind: "rvtools", text: fixture("rvtools-vinfo.csv") } });
    const preview = await previewImport({ actor, input: { planId: plan.id, kind: "vms", text: fixture("vms-generic.csv") } });
    expect(preview).toMatchObject({ creates: 1, updates: 1, unchanged: 0 });
    expect(preview.changes.find((c) => c.kind === "update")?.changes).toEqual(
      expect.arrayContaining([{ field: "usedGB", from: "161.06", to: "170" }, { field: "priority", from: "3", to: "2" }]),
    );
    await applyImport({ actor, input: { planId: plan.id, kind: "vms", text: fixture("vms-generic.csv"), fingerprint: preview.fingerprint } });
    expect(await db.system.findFirstOrThrow({ where: { planId: plan.id, name: "APP-CRM" } })).toMatchObject({ usedGB: 170, bootMinutes: 6, verifyMinutes: 15, priority: 2, version: 1, recoveryVersion: 2 });
  });

  it("is atomic: one bad row names its line and column and nothing is written", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    const text = fixture("rvtools-vinfo.csv").replace("APP-EDI,poweredOn,False,2,8192", "APP-EDI,poweredOn,False,2,eight");
    const error = await failure(applyImport({ actor, input: { planId: plan.id, kind: "rvtools", text } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe('Line 3, column "Memory": "eight" is not a number (write it as plain digits, e.g. 60 or 1.5). Nothing was imported.');
    expect(await db.system.count({ where: { planId: plan.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "recovery.import.applied" } })).toBe(0);
  });

  it("refuses to apply when the plan changed since the preview", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    const input = { planId: plan.id, kind: "vms", text: fixture("vms-generic.csv") };
    const preview = await previewImport({ actor, input });
    await applyImport({ actor, input: { planId: plan.id, kind: "rvtools", text: fixture("rvtools-vinfo.csv") } });
    const error = await failure(applyImport({ actor, input: { ...input, fingerprint: preview.fingerprint } }));
    expect(error.code).toBe("CONFLICT");
    expect(await db.system.findFirstOrThrow({ where: { planId: plan.id, name: "APP-CRM" } })).toMatchObject({ usedGB: 161.06 });
  });

  it("imports restore points idempotently and names an unknown system's line and column", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    await applyImport({ actor, input: { planId: plan.id, kind: "rvtools", text: fixture("rvtools-vinfo.csv") } });
    const input = { planId: plan.id, kind: "restore-points", text: fixture("restore-points.csv") };
    const preview = await previewImport({ actor, input });
    expect(preview).toMatchObject({ creates: 3, updates: 0 });
    // A new point's preview says what it will hold, its size included.
    expect(preview.changes[0].changes).toEqual([
      { field: "usableAt", from: "—", to: "2026-11-23T23:48:00.000Z" },
      { field: "sizeGB", from: "—", to: "161.06" },
    ]);
    await applyImport({ actor, input });
    const points = await db.restorePoint.findMany({ where: { planId: plan.id }, orderBy: [{ pointInTime: "asc" }, { sizeGB: "asc" }] });
    expect(points).toHaveLength(3);
    expect(points[0]).toMatchObject({ orgId: org.orgId, usableAt: new Date("2026-11-23T23:48:00Z"), sizeGB: 161.06 });
    expect(await previewImport({ actor, input })).toMatchObject({ creates: 0, updates: 0, unchanged: 3 });

    const bad = fixture("restore-points.csv") + "GHOST,nas,2026-11-24T23:00:00Z,2026-11-24T23:30:00Z,1\n";
    const error = await failure(applyImport({ actor, input: { ...input, text: bad } }));
    expect(error.message).toBe('Line 5, column "system": "GHOST" is not a system of this plan. Nothing was imported.');
    expect(await db.restorePoint.count({ where: { planId: plan.id } })).toBe(3);
  });

  it("scopes imports: another organisation's plan is not found, read-only roles are refused", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const plan = await planWithHost(org);
    const input = { planId: plan.id, kind: "rvtools", text: fixture("rvtools-vinfo.csv") };
    expect((await failure(previewImport({ actor: other.actors.admin, input }))).code).toBe("NOT_FOUND");
    expect((await failure(applyImport({ actor: other.actors.admin, input }))).code).toBe("NOT_FOUND");
    expect((await failure(applyImport({ actor: org.actors.auditor, input }))).code).toBe("FORBIDDEN");
    expect(await db.system.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("reports real progress in chunks while a large file is checked and written", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    const lines = Array.from({ length: 600 }, (_, i) => `VM-${String(i).padStart(4, "0")},esx01,4096,${i},5,5,3`);
    const input = { planId: plan.id, kind: "vms", text: ["name,host,ramMiB,usedGB,bootMinutes,verifyMinutes,priority", ...lines].join("\n") };
    const progress: string[] = [];
    await applyImport({ actor, input, onProgress: (p) => progress.push(`${p.phase} ${p.done}/${p.total}`) });
    expect(progress).toEqual(["checking 250/600", "checking 500/600", "checking 600/600", "writing 250/600", "writing 500/600", "writing 600/600"]);
    expect(await db.system.count({ where: { planId: plan.id, hostId: { not: null } } })).toBe(600);
  });
});
