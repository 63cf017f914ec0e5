import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { formatInstant } from "@/lib/days";
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
    const input = { planId: plan.id, kind: "rvtools", fileName: "vInfo.csv", text: fixture("rvtools-vinfo.csv"), includePoweredOff: true };
    const progress: number[] = [];
    const preview = await previewImport({ actor, input, onProgress: (p) => progress.push(p.done) });
    expect(preview).toMatchObject({ rows: 3, creates: 3, updates: 0, unchanged: 0, leftOut: null });
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
    expect(again).toMatchObject({ creates: 0, updates: 0, unchanged: 2, changes: [] });
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
    const update = preview.changes.find((c) => c.kind === "update")?.changes;
    expect(update).toEqual(expect.arrayContaining([{ field: "usedGB", from: "161.06", to: "170" }, { field: "priority", from: "3", to: "2" }]));
    // "esx01" is the host RVTools calls esx01.harbourlane.local: not a change.
    expect(update?.map((c) => c.field)).not.toContain("hostName");
    await applyImport({ actor, input: { planId: plan.id, kind: "vms", text: fixture("vms-generic.csv"), fingerprint: preview.fingerprint } });
    expect(await db.system.findFirstOrThrow({ where: { planId: plan.id, name: "APP-CRM" } })).toMatchObject({ usedGB: 170, bootMinutes: 6, verifyMinutes: 15, priority: 2, version: 1, recoveryVersion: 2 });
  });

  it("previews exactly what it applies: a host the plan lacks and a blank cell leave a linked system as it is", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Hosts" } });
    for (const key of ["hv01", "hv02"]) {
      await saveHost({ actor, input: { planId: plan.id, key, name: key.toUpperCase(), ramMiB: "262144", reservedMiB: "8192", readyAfterMinutes: "0" } });
    }
    await applyImport({ actor, input: { planId: plan.id, kind: "vms", text: "name,host,ramMiB\nDC01,HV01,4096\nWEB-SHOP,HV02,4096\nLEGACY,old01.harbourlane.local,2048\n" } });
    const read = async () =>
      (await db.system.findMany({ where: { planId: plan.id }, orderBy: { name: "asc" }, include: { host: true } })).map((s) => ({
        name: s.name, host: s.host?.key ?? null, hostName: s.hostName, ramMiB: s.ramMiB, recoveryVersion: s.recoveryVersion,
      }));
    const before = await read();
    const auditBefore = await db.auditLog.count({ where: { orgId: org.orgId } });

    const input = { planId: plan.id, kind: "vms", fileName: "hosts.csv", text: "name,host,ramMiB\nDC01,hv09.harbourlane.local,4096\nWEB-SHOP,,4096\n" };
    const preview = await previewImport({ actor, input });
    expect(preview).toMatchObject({ rows: 2, creates: 0, updates: 0, unchanged: 2, changes: [] });
    expect(preview.warnings).toEqual([
      `Line 2: host "hv09.harbourlane.local" is not one of this plan's hosts, so DC01 keeps its current host. Add the host under Setup and import again to link it.`,
    ]);
    const applied = await applyImport({ actor, input: { ...input, fingerprint: preview.fingerprint } });
    expect(applied).toMatchObject({ creates: 0, updates: 0, unchanged: 2 });
    expect(await read()).toEqual(before);
    expect(before).toEqual([
      { name: "DC01", host: "hv01", hostName: "HV01", ramMiB: 4096, recoveryVersion: 1 },
      { name: "LEGACY", host: null, hostName: "old01.harbourlane.local", ramMiB: 2048, recoveryVersion: 1 },
      { name: "WEB-SHOP", host: "hv02", hostName: "HV02", ramMiB: 4096, recoveryVersion: 1 },
    ]);
    expect(await db.auditLog.count({ where: { orgId: org.orgId } })).toBe(auditBefore);

    // A system with no host linked shows the name it was given, as the VM list does; a blank memory cell keeps its memory.
    const renamed = { ...input, text: "name,host,ramMiB\nLEGACY,new01.harbourlane.local,\nDC01,hv02,\n" };
    const second = await previewImport({ actor, input: renamed });
    expect(second).toMatchObject({ creates: 0, updates: 2, unchanged: 0 });
    expect(second.changes).toEqual([
      { kind: "update", line: 2, name: "LEGACY", changes: [{ field: "host", from: "old01.harbourlane.local (not linked)", to: "new01.harbourlane.local (not linked)" }] },
      { kind: "update", line: 3, name: "DC01", changes: [{ field: "host", from: "hv01", to: "hv02" }] },
    ]);
    const done = await applyImport({ actor, input: { ...renamed, fingerprint: second.fingerprint } });
    expect(done).toMatchObject({ creates: 0, updates: 2, unchanged: 0 });
    expect(await read()).toEqual([
      { name: "DC01", host: "hv02", hostName: "hv02", ramMiB: 4096, recoveryVersion: 2 },
      { name: "LEGACY", host: null, hostName: "new01.harbourlane.local", ramMiB: 2048, recoveryVersion: 2 },
      { name: "WEB-SHOP", host: "hv02", hostName: "HV02", ramMiB: 4096, recoveryVersion: 1 },
    ]);
  });

  it("skips rows that repeat earlier ones and reads RVTools' thousands separators, and applies what it previewed", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    const vinfo = [
      "VM,Powerstate,Template,Memory,In Use MB,Host",
      'APP-CRM,poweredOn,False,"16,384","59,605",esx01.harbourlane.local',
      'APP-EDI,poweredOn,False,8192,"1,234,567",esx01.harbourlane.local',
      'APP-CRM,poweredOn,False,"16,384","59,605",esx01.harbourlane.local', // 4: an exact repeat of line 2
      'app-edi,poweredOn,False,8192,1234567,ESX01.harbourlane.local', // 5: line 3 again, spelt otherwise
    ].join("\n");
    const input = { planId: plan.id, kind: "rvtools", fileName: "vInfo.csv", text: vinfo };
    const preview = await previewImport({ actor, input });
    expect(preview).toMatchObject({ rows: 4, creates: 2, updates: 0, unchanged: 0, repeats: 2 });
    expect(preview.warnings).toEqual(["Line 4 repeats line 2 and is skipped.", "Line 5 repeats line 3 and is skipped."]);
    const applied = await applyImport({ actor, input: { ...input, fingerprint: preview.fingerprint } });
    expect(applied).toMatchObject({ creates: 2, updates: 0, unchanged: 0, repeats: 2 });
    const systems = await db.system.findMany({ where: { planId: plan.id }, orderBy: { name: "asc" } });
    expect(systems.map((s) => [s.name, s.ramMiB, s.usedGB])).toEqual([
      ["APP-CRM", 16384, 62.5],
      ["APP-EDI", 8192, 1294.54],
    ]);
    const [audit] = await db.auditLog.findMany({ where: { orgId: org.orgId, action: "recovery.import.applied" } });
    expect(audit.after).toEqual({ kind: "rvtools", fileName: "vInfo.csv", rows: 4, created: 2, updated: 0, unchanged: 0, repeats: 2 });

    // The same name with other values is still refused, naming both lines.
    const conflicting = `${vinfo}\nAPP-CRM,poweredOn,False,"32,768","59,605",esx01.harbourlane.local`;
    const error = await failure(applyImport({ actor, input: { ...input, text: conflicting } }));
    expect(error.message).toBe('Line 6, column "VM": This name already appears on line 2, with other values. Nothing was imported.');

    // A restore point listed twice, its names in another case: saved once.
    const points = [
      "system,location,pointInTime,usableAt,sizeGB",
      "APP-CRM,nas,2026-11-24T23:00:00Z,2026-11-24T23:30:00Z,62.5",
      "APP-EDI,nas,2026-11-24T23:00:00Z,2026-11-24T23:40:00Z,",
      "app-crm,NAS,2026-11-24T23:00:00Z,2026-11-24T23:30:00Z,62.5",
    ].join("\n");
    const pointInput = { planId: plan.id, kind: "restore-points", fileName: "jobs.csv", text: points };
    const pointPreview = await previewImport({ actor, input: pointInput });
    expect(pointPreview).toMatchObject({ rows: 3, creates: 2, updates: 0, unchanged: 0, repeats: 1, warnings: ["Line 4 repeats line 2 and is skipped."] });
    expect(await applyImport({ actor, input: { ...pointInput, fingerprint: pointPreview.fingerprint } })).toMatchObject({ creates: 2, repeats: 1 });
    expect(await db.restorePoint.count({ where: { planId: plan.id } })).toBe(2);
    expect(await previewImport({ actor, input: pointInput })).toMatchObject({ creates: 0, updates: 0, unchanged: 2, repeats: 1 });
  });

  it("reads a German or Dutch RVTools export's points between thousands as thousands, and refuses a size with a fraction", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    // As Excel saves it in those locales: semicolons, and a point between thousands.
    const vinfo = [
      "VM;Powerstate;Template;Memory;Provisioned MiB;In Use MiB;Host",
      "APP-CRM;poweredOn;False;16.384;204.800;59.605;esx01.harbourlane.local",
      "APP-EDI;poweredOn;False;8.192;2.097.152;1.234.567;esx01.harbourlane.local",
    ].join("\n");
    const input = { planId: plan.id, kind: "rvtools", fileName: "vInfo-de.csv", text: vinfo };
    const preview = await previewImport({ actor, input });
    expect(preview).toMatchObject({ rows: 2, creates: 2, updates: 0, unchanged: 0 });
    await applyImport({ actor, input: { ...input, fingerprint: preview.fingerprint } });
    const systems = await db.system.findMany({ where: { planId: plan.id }, orderBy: { name: "asc" } });
    expect(systems.map((s) => [s.name, s.ramMiB, s.usedGB])).toEqual([
      ["APP-CRM", 16384, 62.5],
      ["APP-EDI", 8192, 1294.54],
    ]);

    // A fraction of a MiB, or a decimal comma beside a point, is refused whole, naming its line and column.
    const fractions = `${vinfo}\nAPP-WEB;poweredOn;False;4.096;61.440;59.6;esx01.harbourlane.local\nAPP-ERP;poweredOn;False;1.234,5;61.440;20.480;esx01.harbourlane.local`;
    const error = await failure(applyImport({ actor, input: { ...input, text: fractions } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe("The file has 2 errors, listed below. Nothing was imported: fix them all and import it again.");
    const whole = "write it as digits, with commas or points between thousands if any, e.g. 59605, 59,605 or 59.605";
    expect(error.fieldErrors).toEqual({
      "4:In Use MiB": `Line 4, column "In Use MiB": "59.6" is not a whole number of MiB (${whole}).`,
      "5:Memory": `Line 5, column "Memory": "1.234,5" is not a whole number of MiB (${whole}).`,
    });
    expect(await db.system.count({ where: { planId: plan.id } })).toBe(2);
  });

  it("is atomic: one bad row names its line and column and nothing is written", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    const text = fixture("rvtools-vinfo.csv").replace("APP-EDI,poweredOn,False,2,8192", "APP-EDI,poweredOn,False,2,eight");
    const error = await failure(applyImport({ actor, input: { planId: plan.id, kind: "rvtools", text } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe('Line 3, column "Memory": "eight" is not a whole number of MiB (write it as digits, with commas or points between thousands if any, e.g. 59605, 59,605 or 59.605). Nothing was imported.');
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
    expect(preview.changes.map((c) => c.name)).toEqual(["APP-CRM @ nas 23 Nov 2026, 23:00 UTC", "APP-CRM @ nas 24 Nov 2026, 23:00 UTC", "APP-EDI @ nas 24 Nov 2026, 23:00 UTC"]);
    // A new point's preview says what it will hold, its size included.
    expect(preview.changes[0].changes).toEqual([
      { field: "usableAt", from: "—", to: "23 Nov 2026, 23:48 UTC" },
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

  it("leaves RVTools templates and powered-off VMs out, says so in the preview, and creates none of them", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    const template = (name: string) => `${name},poweredOff,True,2,4096,40960,10240,esx01.harbourlane.local,Bristol-Cluster,Bristol,x,x`;
    const text = `${fixture("rvtools-vinfo.csv")}${template("TPL-W2022")}\n${template("TPL-W2019")}\nOLD-FTP,poweredOff,False,1,1024,1000,1000,esx01,c,d,x,x\n`;
    const input = { planId: plan.id, kind: "rvtools", fileName: "vInfo.csv", text };
    const preview = await previewImport({ actor, input });
    expect(preview).toMatchObject({
      rows: 6,
      creates: 2,
      leftOut: {
        templates: 2,
        poweredOff: 2,
        note: "2 templates and 2 powered-off VMs were left out: templates are never systems; powered-off VMs are imported only when “Include powered-off VMs” is ticked.",
      },
    });
    await applyImport({ actor, input: { ...input, fingerprint: preview.fingerprint } });
    const names = (await db.system.findMany({ where: { planId: plan.id }, orderBy: { name: "asc" } })).map((s) => s.name);
    expect(names).toEqual(["APP-CRM", "APP-EDI"]);
    const [audit] = await db.auditLog.findMany({ where: { orgId: org.orgId, action: "recovery.import.applied" } });
    expect(audit.after).toEqual({ kind: "rvtools", fileName: "vInfo.csv", rows: 6, created: 2, updated: 0, unchanged: 0, leftOut: { templates: 2, poweredOff: 2 } });

    // Included, the powered-off VMs are created; the templates never are.
    const included = await previewImport({ actor, input: { ...input, includePoweredOff: true } });
    expect(included).toMatchObject({ creates: 2, unchanged: 2, leftOut: { templates: 2, poweredOff: 0, note: "2 templates were left out: templates are never systems." } });
    // A preview made without them does not confirm an import with them.
    expect((await failure(applyImport({ actor, input: { ...input, includePoweredOff: true, fingerprint: preview.fingerprint } }))).code).toBe("CONFLICT");
    await applyImport({ actor, input: { ...input, includePoweredOff: true, fingerprint: included.fingerprint } });
    expect((await db.system.findMany({ where: { planId: plan.id }, orderBy: { name: "asc" } })).map((s) => s.name)).toEqual(["APP-CRM", "APP-EDI", "LABEL-PRINT, old", "OLD-FTP"]);
  });

  it("leaves a Hyper-V VM that is Off out of a generic file unless included, says so, and keeps a saved one", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    // As Get-VM | Select-Object Name, State, … | Export-Csv writes it, columns renamed to the generic ones.
    const text = "name,host,ramMiB,usedGB,State\nHV-SQL,esx01,16384,200,Running\nHV-OLDFTP,esx01,1024,20,Off\nHV-TIMECLOCK,esx01,2048,40,Saved\n";
    const input = { planId: plan.id, kind: "vms", fileName: "hyper-v.csv", text };
    const preview = await previewImport({ actor, input });
    expect(preview).toMatchObject({
      rows: 3,
      creates: 2,
      leftOut: { templates: 0, poweredOff: 1, note: "1 powered-off VM was left out: powered-off VMs are imported only when “Include powered-off VMs” is ticked." },
    });
    const applied = await applyImport({ actor, input: { ...input, fingerprint: preview.fingerprint } });
    expect(applied.leftOut?.poweredOff).toBe(1);
    const systems = async () => (await db.system.findMany({ where: { planId: plan.id }, orderBy: { name: "asc" } })).map((s) => [s.name, s.ramMiB, s.usedGB]);
    expect(await systems()).toEqual([
      ["HV-SQL", 16384, 200],
      ["HV-TIMECLOCK", 2048, 40],
    ]);
    const [audit] = await db.auditLog.findMany({ where: { orgId: org.orgId, action: "recovery.import.applied" } });
    expect(audit.after).toEqual({ kind: "vms", fileName: "hyper-v.csv", rows: 3, created: 2, updated: 0, unchanged: 0, leftOut: { templates: 0, poweredOff: 1 } });

    // Included, the VM that is off is created too, and nothing is left out.
    const included = await previewImport({ actor, input: { ...input, includePoweredOff: true } });
    expect(included).toMatchObject({ creates: 1, unchanged: 2, leftOut: null });
    await applyImport({ actor, input: { ...input, includePoweredOff: true, fingerprint: included.fingerprint } });
    expect(await systems()).toEqual([
      ["HV-OLDFTP", 1024, 20],
      ["HV-SQL", 16384, 200],
      ["HV-TIMECLOCK", 2048, 40],
    ]);

    // A state the import cannot read refuses the file at its line and column, writing nothing.
    const error = await failure(previewImport({ actor, input: { ...input, text: "name,State\nHV-NEW,Sleeping\n" } }));
    expect(error.message).toBe(
      `Line 2, column "State": "Sleeping" is not a power state (vSphere's poweredOn, poweredOff or suspended, or a Hyper-V state such as Running, Off, Saved or Paused). Nothing was imported.`,
    );
  });

  it("alternating RVTools and Hyper-V files: a host named two ways is unchanged, and nothing is written", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    const rvtools = { planId: plan.id, kind: "rvtools", text: fixture("rvtools-vinfo.csv") };
    const hyperV = { planId: plan.id, kind: "vms", text: "name,host,ramMiB,usedGB\nAPP-CRM,ESX01,16384,161.06\nAPP-EDI,esx01,8192,53.69\n" };
    await applyImport({ actor, input: rvtools });
    const before = await db.system.findMany({ where: { planId: plan.id }, orderBy: { name: "asc" } });
    const auditBefore = await db.auditLog.count({ where: { orgId: org.orgId } });
    for (const input of [hyperV, rvtools, hyperV]) {
      expect(await previewImport({ actor, input })).toMatchObject({ creates: 0, updates: 0, unchanged: 2, changes: [] });
      await applyImport({ actor, input });
    }
    expect(await db.system.findMany({ where: { planId: plan.id }, orderBy: { name: "asc" } })).toEqual(before);
    expect(before.map((s) => s.hostName)).toEqual(["esx01.harbourlane.local", "esx01.harbourlane.local"]);
    expect(await db.auditLog.count({ where: { orgId: org.orgId } })).toBe(auditBefore);
  });

  it("refuses a bad restore-point file with all its errors at once, and writes nothing", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    await applyImport({ actor, input: { planId: plan.id, kind: "rvtools", text: fixture("rvtools-vinfo.csv") } });
    const future = new Date(Date.now() + 24 * 3600_000).toISOString();
    const text = [
      "system,location,pointInTime,usableAt,sizeGB",
      "APP-CRM,nas,2026-11-24,2026-11-24T23:30:00Z,1", // 2: the format
      "APP-CRM,nas,2026-11-23T23:00:00Z,2026-11-23T22:00:00Z,1", // 3: a point usable before it was taken
      `APP-CRM,nas,${future},${future},1`, // 4: a point in the future
      "GHOST,nas,2026-11-22T23:00:00Z,2026-11-22T23:30:00Z,1", // 5: a name
      "APP-EDI,nas,2026-11-22T23:00:00Z,2026-11-22T23:30:00Z,1",
      "APP-EDI,Synology NAS,2026-11-22T23:00:00Z,2026-11-22T23:40:00Z,1", // 7: line 6's point again
    ].join("\n");
    const error = await failure(applyImport({ actor, input: { planId: plan.id, kind: "restore-points", text } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe("The file has 5 errors, listed below. Nothing was imported: fix them all and import it again.");
    expect(Object.values(error.fieldErrors ?? {})).toEqual([
      expect.stringMatching(/^Line 2, column "pointInTime": "2026-11-24" is not a date/),
      'Line 3, column "usableAt": usable before its point in time.',
      expect.stringMatching(new RegExp(`^Line 4, column "pointInTime": ${future.replace(/[.]/g, "\\.")} is in the future \\(this import runs at `)),
      'Line 5, column "system": "GHOST" is not a system of this plan.',
      'Line 7, column "pointInTime": This restore point already appears on line 6, with another usable time or size.',
    ]);
    expect(await db.restorePoint.count({ where: { planId: plan.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "recovery.import.applied", after: { path: ["kind"], equals: "restore-points" } } })).toBe(0);

    // A long list stops at 50 and counts the rest.
    const ghosts = Array.from({ length: 70 }, (_, i) => `GHOST-${i},tape,2026-11-22T23:00:00Z,2026-11-22T23:30:00Z,1`);
    const many = await failure(previewImport({ actor, input: { planId: plan.id, kind: "restore-points", text: ["system,location,pointInTime,usableAt", ...ghosts].join("\n") } }));
    const listed = Object.values(many.fieldErrors ?? {});
    expect(many.message).toBe("The file has 140 errors, listed below. Nothing was imported: fix them all and import it again.");
    expect(listed).toHaveLength(51);
    expect(listed.slice(0, 2)).toEqual(['Line 2, column "system": "GHOST-0" is not a system of this plan.', 'Line 2, column "location": "tape" is not a backup location of this plan (use its key or name).']);
    expect(listed.at(-1)).toBe("…and 90 more.");
  });

  it("accepts a point a few minutes ahead of the server's clock", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    await applyImport({ actor, input: { planId: plan.id, kind: "rvtools", text: fixture("rvtools-vinfo.csv") } });
    const soon = new Date(Date.now() + 2 * 60_000).toISOString();
    await applyImport({ actor, input: { planId: plan.id, kind: "restore-points", text: `system,location,pointInTime,usableAt\nAPP-CRM,nas,${soon},${soon}\n` } });
    expect(await db.restorePoint.count({ where: { planId: plan.id } })).toBe(1);
  });

  it("accepts a point whose copy is not usable yet, with a warning in the app's date format", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    await applyImport({ actor, input: { planId: plan.id, kind: "rvtools", text: fixture("rvtools-vinfo.csv") } });
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    const taken = new Date(minute - 22 * 60_000);
    const usable = new Date(minute + 60 * 60_000);
    const text = ["system,location,pointInTime,usableAt", `APP-CRM,nas,${taken.toISOString()},${usable.toISOString()}`, `APP-EDI,nas,${taken.toISOString()},${taken.toISOString()}`].join("\n");
    const input = { planId: plan.id, kind: "restore-points", text };
    const preview = await previewImport({ actor, input });
    expect(preview).toMatchObject({ creates: 2, updates: 0 });
    expect(preview.warnings).toEqual([`Line 2: APP-CRM @ nas ${formatInstant(taken)} is usable only from ${formatInstant(usable)}: the copy is not usable yet.`]);
    expect(preview.changes[0]).toEqual({ kind: "create", line: 2, name: `APP-CRM @ nas ${formatInstant(taken)}`, changes: [{ field: "usableAt", from: "—", to: formatInstant(usable) }] });
    await applyImport({ actor, input: { ...input, fingerprint: preview.fingerprint } });
    const points = await db.restorePoint.findMany({ where: { planId: plan.id }, orderBy: { usableAt: "desc" }, select: { pointInTime: true, usableAt: true } });
    expect(points).toEqual([
      { pointInTime: taken, usableAt: usable },
      { pointInTime: taken, usableAt: taken },
    ]);

    // Many such points: the first are named, the rest counted.
    const many = Array.from({ length: 23 }, (_, i) => `APP-CRM,nas,${new Date(taken.getTime() - (i + 1) * 60_000).toISOString()},${usable.toISOString()}`);
    const warned = await previewImport({ actor, input: { ...input, text: ["system,location,pointInTime,usableAt", ...many].join("\n") } });
    expect(warned.warnings).toHaveLength(21);
    expect(warned.warnings.at(-1)).toBe("3 more points are not usable yet either.");
  });

  it("warns, without refusing, that a SaaS service's restore points are not used by the assessment", async () => {
    const org = await makeOrg();
    const actor = org.actors.committee;
    const plan = await planWithHost(org);
    await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "Microsoft 365", kind: "saas" } });
    const input = { planId: plan.id, kind: "restore-points", text: "system,location,pointInTime,usableAt\nMicrosoft 365,nas,2026-11-24T23:00:00Z,2026-11-24T23:30:00Z\n" };
    const preview = await previewImport({ actor, input });
    expect(preview).toMatchObject({ creates: 1 });
    expect(preview.warnings).toEqual([
      "Line 2: Microsoft 365 is a SaaS service, restored by its provider and left out of the recovery assessment (no host), so its restore points are saved but not used in the assessment (no restore-point age, no RPO).",
    ]);
    await applyImport({ actor, input: { ...input, fingerprint: preview.fingerprint } });
    expect(await db.restorePoint.count({ where: { planId: plan.id } })).toBe(1);
  });
});
