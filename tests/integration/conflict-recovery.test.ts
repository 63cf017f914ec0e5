import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createSystem } from "@/lib/systems/create-system";
import { updateSystem } from "@/lib/systems/update-system";
import { saveSite } from "@/lib/recovery/setup/save-site";
import { saveHost } from "@/lib/recovery/setup/save-host";
import { saveLocation } from "@/lib/recovery/setup/save-location";
import { savePolicy } from "@/lib/recovery/setup/save-policy";
import { addPolicyCopy, deletePolicyCopy } from "@/lib/recovery/setup/policy-copies";
import { updateVmFacts } from "@/lib/recovery/setup/update-vm-facts";
import { applyImport } from "@/lib/recovery/imports/run-import";
import { makeOrg, refused } from "./factories";

const LOCATION = { key: "nas", name: "NAS", throughputMBps: "200", streamMBps: "", maxStreams: "2", immutableDays: "0", retrievalMinutes: "0", online: "online" };

/** Two people of one organisation editing one plan: Alex saves first, Priya's older form second. */
async function setup() {
  const org = await makeOrg("Conflicts");
  const alex = org.actors.admin;
  const priya = org.actors.committee;
  const plan = await createPlan({ actor: priya, input: { name: "Recovery" } });
  const office = await saveSite({ actor: priya, input: { name: "Head office", kind: "office" } });
  const dr = await saveSite({ actor: priya, input: { name: "DR site", kind: "datacentre" } });
  return { ...org, alex, priya, plan, office, dr };
}

describe("who changed what on refused stale saves of the recovery setup and systems", () => {
  it("a system's register entry: names the kind as the form shows it", async () => {
    const { orgId, alex, priya, plan } = await setup();
    const sam = await db.person.create({ data: { orgId, name: "Sam Lee" } });
    const ravi = await db.person.create({ data: { orgId, name: "Ravi Patel" } });
    const system = await createSystem({ actor: priya, input: { planId: plan.id, name: "SQL01", kind: "vm", ownerPersonId: sam.id } });
    const form = { planId: plan.id, systemId: system.id, version: "1", name: "SQL01", kind: "vm", ownerPersonId: sam.id, description: "" };
    await updateSystem({ actor: alex, input: { ...form, kind: "physical", ownerPersonId: ravi.id } });

    const stale = await refused(updateSystem({ actor: priya, input: { ...form, description: "Orders database" } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe("Someone else changed this system while you were editing.");
    expect(stale.conflict).toMatchObject({ version: 2, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "kind", label: "Kind", from: "Virtual machine", to: "Physical server" },
      { field: "ownerPersonId", label: "Owner", from: "Sam Lee", to: "Ravi Patel" },
    ]);
    expect(await db.system.findUniqueOrThrow({ where: { id: system.id } })).toMatchObject({ kind: "physical", ownerPersonId: ravi.id, description: "", version: 2 });

    await updateSystem({ actor: priya, input: { ...form, version: String(stale.conflict?.version), description: "Orders database" } });
    expect(await db.system.findUniqueOrThrow({ where: { id: system.id } })).toMatchObject({ kind: "vm", ownerPersonId: sam.id, description: "Orders database", version: 3 });
  });

  it("a system's recovery facts: hosts, dependencies and recovery hosts by name, under their own version", async () => {
    const { orgId, alex, priya, plan } = await setup();
    const scope = { orgId, planId: plan.id };
    const hv01 = await saveHost({ actor: priya, input: { planId: plan.id, key: "hv01", name: "HV01", ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "0" } });
    const standby = await saveHost({ actor: priya, input: { planId: plan.id, key: "standby", name: "Standby", ramMiB: "65536", reservedMiB: "0", readyAfterMinutes: "60" } });
    const dc = await db.system.create({ data: { ...scope, name: "DC01" } });
    const sql = await db.system.create({ data: { ...scope, name: "SQL01", hostId: hv01.id, ramMiB: 16384, usedGB: 200, bootMinutes: 5, verifyMinutes: 10, priority: 2 } });
    const siteLoss = await db.scenario.create({ data: { ...scope, key: "site-loss", name: "Site loss", kind: "site" } });
    const form = { planId: plan.id, systemId: sql.id, version: "1", hostId: hv01.id, ramMiB: "16384", usedGB: "200", bootMinutes: "5", verifyMinutes: "10", priority: "2" };

    // The register is edited meanwhile: that is another form's version, so it does not conflict.
    const dba = await db.person.create({ data: { orgId, name: "Dana Byrne" } });
    await updateSystem({ actor: alex, input: { planId: plan.id, systemId: sql.id, version: "1", name: "SQL01", kind: "vm", ownerPersonId: dba.id } });
    await updateVmFacts({ actor: alex, input: { ...form, ramMiB: "32768", bootMinutes: "12", dependsOnIds: [dc.id], recoveryHosts: { [siteLoss.id]: standby.id } } });

    const stale = await refused(updateVmFacts({ actor: priya, input: { ...form, priority: "1" } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe("Someone else changed this system's recovery facts while you were editing.");
    expect(stale.conflict).toMatchObject({ version: 2, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "ramMiB", label: "Memory (MiB)", from: "16384", to: "32768" },
      { field: "bootMinutes", label: "Boot time (minutes)", from: "5", to: "12" },
      { field: "dependsOnIds", label: "Depends on", from: "none", to: "DC01" },
      { field: `recoveryHost.${siteLoss.id}`, label: "In “Site loss”", from: "Its own host", to: "Standby (standby)" },
    ]);
    const row = await db.system.findUniqueOrThrow({ where: { id: sql.id }, include: { dependsOn: true } });
    expect(row).toMatchObject({ ramMiB: 32768, priority: 2, ownerPersonId: dba.id, version: 2, recoveryVersion: 2 });
    expect(row.dependsOn.map((d) => d.name)).toEqual(["DC01"]);

    await updateVmFacts({ actor: priya, input: { ...form, version: String(stale.conflict?.version), priority: "1" } });
    const saved = await db.system.findUniqueOrThrow({ where: { id: sql.id }, include: { dependsOn: true, recoveryHosts: true } });
    expect(saved).toMatchObject({ ramMiB: 16384, bootMinutes: 5, priority: 1, recoveryVersion: 3 });
    expect(saved.dependsOn).toEqual([]);
    expect(saved.recoveryHosts).toEqual([]);
  });

  it("an import between loading and saving the recovery facts: the notice starts from the values the form showed", async () => {
    const { orgId, alex, priya, plan } = await setup();
    const esx = await saveHost({ actor: priya, input: { planId: plan.id, key: "esx01", name: "ESX01", ramMiB: "262144", reservedMiB: "8192", readyAfterMinutes: "0" } });
    const crm = await db.system.create({ data: { orgId, planId: plan.id, name: "APP-CRM", hostId: esx.id, ramMiB: 8192, usedGB: 100, bootMinutes: 4, verifyMinutes: 10, priority: 3 } });
    // Priya opens the form at recovery version 1; Alex edits the register, then imports a file.
    const form = { planId: plan.id, systemId: crm.id, version: "1", hostId: esx.id, ramMiB: "8192", usedGB: "100", bootMinutes: "4", verifyMinutes: "10", priority: "5" };
    const sales = await db.person.create({ data: { orgId, name: "Mark Evans" } });
    await updateSystem({ actor: alex, input: { planId: plan.id, systemId: crm.id, version: "1", name: "APP-CRM", kind: "vm", ownerPersonId: sales.id } });
    const csv = "name,host,ramMiB,usedGB,bootMinutes,verifyMinutes,priority\nAPP-CRM,esx01,16384,170,6,15,2\nHV-TIMECLOCK,esx01,2048,40,3,5,4\n";
    await applyImport({ actor: alex, input: { planId: plan.id, kind: "vms", fileName: "vms.csv", text: csv } });
    expect(await db.system.findUniqueOrThrow({ where: { id: crm.id } })).toMatchObject({ version: 2, recoveryVersion: 2 });

    const stale = await refused(updateVmFacts({ actor: priya, input: form }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe("Someone else changed this system's recovery facts while you were editing.");
    expect(stale.conflict).toMatchObject({ version: 2, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "ramMiB", label: "Memory (MiB)", from: "8192", to: "16384" },
      { field: "usedGB", label: "Used size (GB)", from: "100", to: "170" },
      { field: "bootMinutes", label: "Boot time (minutes)", from: "4", to: "6" },
      { field: "verifyMinutes", label: "Verification time (minutes)", from: "10", to: "15" },
      { field: "priority", label: "Priority", from: "3", to: "2" },
    ]);
    expect(await db.system.findUniqueOrThrow({ where: { id: crm.id } })).toMatchObject({ ramMiB: 16384, priority: 2, recoveryVersion: 2 });

    await updateVmFacts({ actor: priya, input: { ...form, version: String(stale.conflict?.version) } });
    expect(await db.system.findUniqueOrThrow({ where: { id: crm.id } })).toMatchObject({ ramMiB: 8192, usedGB: 100, priority: 5, ownerPersonId: sales.id, recoveryVersion: 3 });
    // One audit row per system the import changed, set-based, with what it changed.
    const imported = await db.auditLog.findMany({ where: { orgId, action: "recovery.system.imported" }, select: { entityId: true, before: true, after: true } });
    expect(imported).toEqual([
      {
        entityId: crm.id,
        before: { ramMiB: 8192, usedGB: 100, bootMinutes: 4, verifyMinutes: 10, priority: 3 },
        after: { ramMiB: 16384, usedGB: 170, bootMinutes: 6, verifyMinutes: 15, priority: 2 },
      },
    ]);
  });

  it("a host: its site by name", async () => {
    const { alex, priya, plan, office, dr } = await setup();
    const host = await saveHost({ actor: priya, input: { planId: plan.id, key: "hv01", name: "HV01", siteId: office.id, ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "0" } });
    const form = { planId: plan.id, hostId: host.id, version: "1", key: "hv01", name: "HV01", siteId: office.id, ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "0" };
    await saveHost({ actor: alex, input: { ...form, siteId: dr.id, readyAfterMinutes: "30" } });

    const stale = await refused(saveHost({ actor: priya, input: { ...form, name: "HV01 (rack 2)" } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe("Someone else changed this host while you were editing.");
    expect(stale.conflict).toMatchObject({ version: 2, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "siteId", label: "Site", from: "Head office", to: "DR site" },
      { field: "readyAfterMinutes", label: "Ready after (minutes)", from: "0", to: "30" },
    ]);
    expect(await db.host.findUniqueOrThrow({ where: { id: host.id } })).toMatchObject({ name: "HV01", siteId: dr.id, readyAfterMinutes: 30, version: 2 });

    await saveHost({ actor: priya, input: { ...form, version: String(stale.conflict?.version), name: "HV01 (rack 2)" } });
    expect(await db.host.findUniqueOrThrow({ where: { id: host.id } })).toMatchObject({ name: "HV01 (rack 2)", siteId: office.id, readyAfterMinutes: 0, version: 3 });
  });

  it("a backup location: its site by name and whether it is online as the form says it", async () => {
    const { alex, priya, plan, office } = await setup();
    const location = await saveLocation({ actor: priya, input: { planId: plan.id, ...LOCATION } });
    const form = { planId: plan.id, locationId: location.id, version: "1", ...LOCATION };
    await saveLocation({ actor: alex, input: { ...form, online: "offline", siteId: office.id, retrievalMinutes: "120" } });

    const stale = await refused(saveLocation({ actor: priya, input: { ...form, throughputMBps: "400" } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe("Someone else changed this backup location while you were editing.");
    expect(stale.conflict).toMatchObject({ version: 2, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "siteId", label: "Site", from: "—", to: "Head office" },
      { field: "online", label: "Reachable", from: "Online", to: "Offline media" },
      { field: "retrievalMinutes", label: "Retrieval time (minutes)", from: "0", to: "120" },
    ]);
    expect(await db.backupLocation.findUniqueOrThrow({ where: { id: location.id } })).toMatchObject({ online: false, throughputMBps: 200, retrievalMinutes: 120, version: 2 });

    await saveLocation({ actor: priya, input: { ...form, version: String(stale.conflict?.version), throughputMBps: "400" } });
    expect(await db.backupLocation.findUniqueOrThrow({ where: { id: location.id } })).toMatchObject({ online: true, throughputMBps: 400, siteId: null, version: 3 });
  });

  it("a site of the organisation", async () => {
    const { alex, priya, dr } = await setup();
    const form = { siteId: dr.id, version: "1", name: "DR site", address: "", kind: "datacentre" };
    await saveSite({ actor: alex, input: { ...form, name: "Azure UK South", kind: "cloud" } });

    const stale = await refused(saveSite({ actor: priya, input: { ...form, address: "Unit 4, Avonmouth" } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe("Someone else changed this site while you were editing.");
    expect(stale.conflict).toMatchObject({ version: 2, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "name", label: "Name", from: "DR site", to: "Azure UK South" },
      { field: "kind", label: "Kind", from: "datacentre", to: "cloud" },
    ]);
    expect(await db.site.findUniqueOrThrow({ where: { id: dr.id } })).toMatchObject({ name: "Azure UK South", address: "", kind: "cloud", version: 2 });

    await saveSite({ actor: priya, input: { ...form, version: String(stale.conflict?.version), address: "Unit 4, Avonmouth" } });
    expect(await db.site.findUniqueOrThrow({ where: { id: dr.id } })).toMatchObject({ name: "DR site", address: "Unit 4, Avonmouth", kind: "datacentre", version: 3 });
  });

  it("a backup policy: schedule, target and systems by name, and the copies added and removed on it", async () => {
    const { orgId, alex, priya, plan } = await setup();
    const nas = await saveLocation({ actor: priya, input: { planId: plan.id, ...LOCATION } });
    const cloud = await saveLocation({ actor: priya, input: { planId: plan.id, ...LOCATION, key: "cloud", name: "Cloud vault" } });
    const usb = await saveLocation({ actor: priya, input: { planId: plan.id, ...LOCATION, key: "usb", name: "USB drive", online: "offline" } });
    const sql = await db.system.create({ data: { orgId, planId: plan.id, name: "SQL01" } });
    const policy = await savePolicy({
      actor: priya,
      input: { planId: plan.id, key: "nightly", name: "Nightly", scheduleKind: "cron", cron: "0 23 * * *", timezone: "Europe/London", windowMinutes: "60", targetId: nas.id, systemIds: [] },
    });
    const usbCopy = await addPolicyCopy({ actor: priya, input: { planId: plan.id, policyId: policy.id, version: "1", toId: usb.id, mode: "immediate", lagMinutes: "0" } });
    // Priya opens the policy at version 2. Alex edits it, adds a copy and removes another.
    const form = { planId: plan.id, policyId: policy.id, version: "2", key: "nightly", name: "Nightly", scheduleKind: "cron", cron: "0 23 * * *", timezone: "Europe/London", windowMinutes: "60", targetId: nas.id, systemIds: [] };
    await savePolicy({ actor: alex, input: { ...form, scheduleKind: "interval", everyMinutes: "180", anchor: "2026-01-01T00:00:00Z", targetId: cloud.id, systemIds: [sql.id] } });
    await addPolicyCopy({
      actor: alex,
      input: { planId: plan.id, policyId: policy.id, version: "3", toId: nas.id, mode: "scheduled", lagMinutes: "30", scheduleKind: "cron", cron: "0 6 * * *", timezone: "UTC" },
    });
    await deletePolicyCopy({ actor: alex, input: { planId: plan.id, copyId: usbCopy.id } });

    const stale = await refused(savePolicy({ actor: priya, input: { ...form, name: "Nightly full" } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe("Someone else changed this backup policy while you were editing.");
    expect(stale.conflict).toMatchObject({ version: 5, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "targetId", label: "Target location", from: "NAS (nas)", to: "Cloud vault (cloud)" },
      { field: "systemIds", label: "Systems it backs up", from: "none", to: "SQL01" },
      { field: "copies", label: "Copies", from: "immediate to USB drive (usb), lag 0 min", to: "scheduled to NAS (nas) (cron 0 6 * * * (UTC)), lag 30 min" },
      { field: "schedule", label: "Schedule", from: "cron 0 23 * * * (Europe/London)", to: "every 3 h from 2026-01-01T00:00:00.000Z" },
    ]);
    expect(await db.backupPolicy.findUniqueOrThrow({ where: { id: policy.id } })).toMatchObject({ name: "Nightly", cron: null, everyMinutes: 180, targetId: cloud.id, version: 5 });

    // Adding a copy from the same stale page is refused with the same details.
    const staleCopy = await refused(addPolicyCopy({ actor: priya, input: { planId: plan.id, policyId: policy.id, version: "2", toId: usb.id, mode: "immediate", lagMinutes: "0" } }));
    expect(staleCopy.message).toBe("Someone else changed this backup policy while you were editing.");
    expect(staleCopy.conflict?.changes).toEqual(stale.conflict?.changes);
    expect(await db.policyCopy.count({ where: { policyId: policy.id } })).toBe(1);

    // Overwriting knowingly would put the target back on the NAS, where Alex's copy now goes: refused at the field.
    const overwrite = { ...form, version: String(stale.conflict?.version), name: "Nightly full" };
    const ontoCopy = await refused(savePolicy({ actor: priya, input: overwrite }));
    expect(ontoCopy.fieldErrors).toEqual({ targetId: "Target location: a copy of this policy goes to NAS; remove that copy first, or choose another target." });
    await savePolicy({ actor: priya, input: { ...overwrite, targetId: cloud.id } });
    expect(await db.backupPolicy.findUniqueOrThrow({ where: { id: policy.id } })).toMatchObject({ name: "Nightly full", cron: "0 23 * * *", targetId: cloud.id, version: 6 });
  });
});
