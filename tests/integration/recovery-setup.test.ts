import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { archivePlan } from "@/lib/plans/archive-plan";
import { saveLocation } from "@/lib/recovery/setup/save-location";
import { deleteLocation } from "@/lib/recovery/setup/delete-location";
import { saveHost } from "@/lib/recovery/setup/save-host";
import { deleteHost } from "@/lib/recovery/setup/delete-host";
import { deletePolicy } from "@/lib/recovery/setup/delete-policy";
import { savePolicy } from "@/lib/recovery/setup/save-policy";
import { addPolicyCopy } from "@/lib/recovery/setup/policy-copies";
import { updateVmFacts } from "@/lib/recovery/setup/update-vm-facts";
import { saveSite } from "@/lib/recovery/setup/save-site";
import { addReplica } from "@/lib/recovery/setup/replicas";
import { getVmFacts, listVmFacts } from "@/lib/recovery/setup/list-vm-facts";
import { recoveryDataCompleteness } from "@/lib/recovery/setup/completeness";
import { getSetup } from "@/lib/recovery/setup/get-setup";
import { updateScenario } from "@/lib/risks/update-scenario";
import type { AppError } from "@/lib/errors";
import { failure, makeOrg, refused } from "./factories";

const LOCATION = { key: "nas", name: "NAS", throughputMBps: "200", streamMBps: "", maxStreams: "2", immutableDays: "0", retrievalMinutes: "0", online: "online" };

async function setup() {
  const org = await makeOrg();
  const actor = org.actors.committee;
  const plan = await createPlan({ actor, input: { name: "Setup" } });
  return { org, actor, plan };
}

describe("recovery setup", () => {
  it("says what each host's own systems need today, as a restore onto it counts them", async () => {
    const { org, actor, plan } = await setup();
    const host = await db.host.create({ data: { orgId: org.orgId, planId: plan.id, key: "hv1", name: "HV1", ramMiB: 8192, reservedMiB: 1024 } });
    // 4 GiB needs 4096 + 32 + 3 × 8 = 4152 MiB; two of them, 8304, more than the 7168 left.
    for (const name of ["A", "B"]) await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name, hostId: host.id, ramMiB: 4096, usedGB: 10 } });
    const { hosts } = await getSetup({ actor, planId: plan.id });
    expect(hosts).toEqual([expect.objectContaining({ key: "hv1", neededMiB: 8304, memoryUnknown: [], ramMiB: 8192, reservedMiB: 1024 })]);
  });

  it("counts a host's VMs without memory as not known, naming them, not as their overhead alone", async () => {
    const { org, actor, plan } = await setup();
    const host = await db.host.create({ data: { orgId: org.orgId, planId: plan.id, key: "hv1", name: "HV1", ramMiB: 8192, reservedMiB: 1024 } });
    await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "A", hostId: host.id, ramMiB: 4096, usedGB: 10 } });
    for (const name of ["SYS2", "SYS1"]) await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name, hostId: host.id, usedGB: 10 } });
    const { hosts } = await getSetup({ actor, planId: plan.id });
    expect(hosts).toEqual([expect.objectContaining({ key: "hv1", neededMiB: 4152, memoryUnknown: ["SYS1", "SYS2"] })]);
  });

  it("adds a replica on its system's own site with a warning naming the site, and lists it with the warning", async () => {
    const { org, actor, plan } = await setup();
    const office = await saveSite({ actor, input: { name: "Head office", kind: "office" } });
    const dr = await saveSite({ actor, input: { name: "DR site", kind: "office" } });
    const host = await saveHost({ actor, input: { planId: plan.id, key: "host01", name: "HOST01", siteId: office.id, ramMiB: "65536", reservedMiB: "0", readyAfterMinutes: "0" } });
    const nas = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, siteId: office.id } });
    const remote = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, key: "dr-nas", name: "DR NAS", siteId: dr.id } });
    const sql = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "SQL01", hostId: host.id } });
    const warning = "NAS is at Head office, the same site as HOST01: this replica does not survive losing Head office (it still covers losing HOST01 alone).";
    // A warning, not a refusal: the replica is stored and audited.
    expect(await addReplica({ actor, input: { planId: plan.id, systemId: sql.id, locationId: nas.id, lagMinutes: "5" } })).toMatchObject({ warning });
    expect(await addReplica({ actor, input: { planId: plan.id, systemId: sql.id, locationId: remote.id, lagMinutes: "5" } })).toMatchObject({ warning: null });
    expect(await db.replica.count({ where: { planId: plan.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "recovery.replica.created" } })).toBe(2);
    const { replicas } = await getSetup({ actor, planId: plan.id });
    expect(replicas.map((r) => [r.location.name, r.warning])).toEqual(expect.arrayContaining([["NAS", warning], ["DR NAS", null]]));
  });

  it("creates a location with its audit row, and refuses invalid fields naming them", async () => {
    const { org, actor, plan } = await setup();
    const location = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, online: "offline", retrievalMinutes: "90" } });
    expect(await db.backupLocation.findUniqueOrThrow({ where: { id: location.id } })).toMatchObject({ orgId: org.orgId, online: false, retrievalMinutes: 90, streamMBps: null, version: 1 });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "recovery.location.created", entityId: location.id } })).toBe(1);

    const error = await failure(saveLocation({ actor, input: { planId: plan.id, ...LOCATION, key: "Bad Key", throughputMBps: "0", streamMBps: "" } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toMatchObject({
      key: "Key: use lower-case letters, digits and hyphens, starting with a letter or digit.",
      throughputMBps: "Throughput (MB/s): enter a number above 0.",
    });
    const duplicate = await failure(saveLocation({ actor, input: { planId: plan.id, ...LOCATION } }));
    expect(duplicate.fieldErrors).toEqual({ key: "Key: another location of this plan already uses it." });
    expect(await db.backupLocation.count({ where: { planId: plan.id } })).toBe(1);
  });

  it("takes a duration in any unit and stores it in the field's unit, as a bare number always was", async () => {
    const { actor, plan } = await setup();
    const location = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, retrievalMinutes: "2h", immutableDays: "2w" } });
    const host = await saveHost({ actor, input: { planId: plan.id, key: "hv01", name: "HV01", ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "1d" } });
    // Read back from Postgres itself: the columns hold minutes (and days), as before.
    const [row] = await db.$queryRaw<{ retrieval: number; immutable: number; ready: number }[]>`
      SELECT l."retrievalMinutes" AS retrieval, l."immutableDays" AS immutable, h."readyAfterMinutes" AS ready
      FROM "BackupLocation" l, "Host" h WHERE l.id = ${location.id} AND h.id = ${host.id}`;
    expect(row).toEqual({ retrieval: 120, immutable: 14, ready: 1440 });
    // An edit typed as before (bare minutes) keeps its meaning.
    await saveHost({ actor, input: { planId: plan.id, hostId: host.id, version: "1", key: "hv01", name: "HV01", ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "90" } });
    expect(await db.host.findUniqueOrThrow({ where: { id: host.id } })).toMatchObject({ readyAfterMinutes: 90, version: 2 });

    const tooLong = await failure(
      savePolicy({ actor, input: { planId: plan.id, key: "nightly", name: "Nightly", cron: "0 23 * * *", timezone: "UTC", windowMinutes: "2w", targetId: location.id } }),
    );
    expect(tooLong.fieldErrors).toEqual({ windowMinutes: "Window (minutes): enter at most 1 week (10,080 minutes)." });
    const junk = await failure(saveHost({ actor, input: { planId: plan.id, key: "hv02", name: "HV02", ramMiB: "1024", reservedMiB: "0", readyAfterMinutes: "4x" } }));
    expect(junk.fieldErrors).toEqual({ readyAfterMinutes: "Ready after (minutes): enter minutes, or a duration like 90min, 4h or 1d." });
  });

  it("renames a location's key in the plan's measured restores, and in no other plan's", async () => {
    const { org, actor, plan } = await setup();
    const other = await createPlan({ actor, input: { name: "Other" } });
    const location = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION } });
    await saveLocation({ actor, input: { planId: other.id, ...LOCATION } });
    const measured = async (planId: string) => {
      const system = await db.system.create({ data: { orgId: org.orgId, planId, name: "SQL01" } });
      const exercise = await db.exercise.create({ data: { orgId: org.orgId, planId, type: "simulation", title: "Restore", conductedOn: new Date("2026-09-22"), result: "passed" } });
      return db.exerciseMeasurement.create({ data: { orgId: org.orgId, exerciseId: exercise.id, systemId: system.id, locationKey: "nas", restoreMinutes: 60 } });
    };
    const [mine, theirs] = [await measured(plan.id), await measured(other.id)];
    await saveLocation({ actor, input: { planId: plan.id, locationId: location.id, version: "1", ...LOCATION, key: "nas-1" } });
    expect((await db.exerciseMeasurement.findUniqueOrThrow({ where: { id: mine.id } })).locationKey).toBe("nas-1");
    expect((await db.exerciseMeasurement.findUniqueOrThrow({ where: { id: theirs.id } })).locationKey).toBe("nas");
    // The test record's history shows the change to its measurement; the other plan's has nothing.
    const audits = await db.auditLog.findMany({ where: { orgId: org.orgId, action: "exercise.measurement_updated" }, select: { entityId: true, before: true, after: true } });
    expect(audits).toEqual([{ entityId: mine.exerciseId, before: { measurementId: mine.id, locationKey: "nas" }, after: { measurementId: mine.id, locationKey: "nas-1" } }]);
  });

  it("edits with optimistic concurrency: a stale version is refused and nothing is overwritten", async () => {
    const { actor, plan, org } = await setup();
    const host = await saveHost({ actor, input: { planId: plan.id, key: "hv01", name: "HV01", ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "0" } });
    await saveHost({ actor: org.actors.admin, input: { planId: plan.id, hostId: host.id, version: "1", key: "hv01", name: "HV01 renamed", ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "0" } });
    const error = await failure(saveHost({ actor, input: { planId: plan.id, hostId: host.id, version: "1", key: "hv01", name: "Stale", ramMiB: "65536", reservedMiB: "0", readyAfterMinutes: "0" } }));
    expect(error.code).toBe("CONFLICT");
    expect(await db.host.findUniqueOrThrow({ where: { id: host.id } })).toMatchObject({ name: "HV01 renamed", ramMiB: 131072, version: 2 });
    const reserved = await failure(saveHost({ actor, input: { planId: plan.id, key: "hv02", name: "HV02", ramMiB: "1024", reservedMiB: "2048", readyAfterMinutes: "0" } }));
    expect(reserved.fieldErrors).toEqual({ reservedMiB: "Reserved memory (MiB): must be less than the host's memory." });
  });

  it("saves a cron policy with a copy, validates the schedule, and refuses deleting a location in use", async () => {
    const { actor, plan, org } = await setup();
    const nas = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION } });
    const usb = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, key: "usb", name: "USB drives" } });
    const system = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "SQL01" } });
    const badCron = await failure(savePolicy({ actor, input: { planId: plan.id, key: "nightly", name: "Nightly", scheduleKind: "cron", cron: "61 23 * * *", timezone: "Europe/London", windowMinutes: "60", targetId: nas.id } }));
    expect(badCron.fieldErrors?.cron).toMatch(/^Cron: /);
    const badZone = await failure(savePolicy({ actor, input: { planId: plan.id, key: "nightly", name: "Nightly", scheduleKind: "cron", cron: "0 23 * * *", timezone: "Mars/Olympus", windowMinutes: "60", targetId: nas.id } }));
    expect(badZone.fieldErrors).toEqual({ timezone: "Time zone: use an IANA name such as Europe/London." });

    const policy = await savePolicy({ actor, input: { planId: plan.id, key: "nightly", name: "Nightly", scheduleKind: "cron", cron: "0 23 * * *", timezone: "Europe/London", windowMinutes: "60", targetId: nas.id, systemIds: [system.id] } });
    await addPolicyCopy({ actor, input: { planId: plan.id, policyId: policy.id, version: "1", toId: usb.id, mode: "rotation", lagMinutes: "60", scheduleKind: "cron", cron: "0 17 * * 5", timezone: "Europe/London" } });
    const row = await db.backupPolicy.findUniqueOrThrow({ where: { id: policy.id }, include: { systems: true, copies: true } });
    expect(row).toMatchObject({ cron: "0 23 * * *", timezone: "Europe/London", everyMinutes: null, windowMinutes: 60, version: 2 });
    expect(row.systems.map((s) => s.name)).toEqual(["SQL01"]);
    expect(row.copies[0]).toMatchObject({ mode: "rotation", cron: "0 17 * * 5", lagMinutes: 60 });

    const updated = await savePolicy({ actor, input: { planId: plan.id, policyId: policy.id, version: "2", key: "nightly", name: "Every 3 hours", scheduleKind: "interval", everyMinutes: "180", anchor: "2026-01-01T00:00:00Z", windowMinutes: "60", targetId: nas.id, systemIds: [system.id] } });
    expect(updated).toMatchObject({ cron: null, everyMinutes: 180, anchor: new Date("2026-01-01T00:00:00Z"), version: 3 });

    const inUse = await failure(deleteLocation({ actor, input: { planId: plan.id, id: usb.id, version: "1" } }));
    expect(inUse).toMatchObject({ code: "CONFLICT", message: "USB drives is used by Every 3 hours. Change those policies first." });
    expect(await db.backupLocation.count({ where: { planId: plan.id } })).toBe(2);
  });

  it("refuses to delete a host, location or policy someone saved since the page was loaded, saying who changed what, and deletes each at its current version", async () => {
    const { actor, plan, org } = await setup();
    const admin = org.actors.admin;
    const hostInput = { planId: plan.id, key: "standby", name: "Standby", ramMiB: "65536", reservedMiB: "0", readyAfterMinutes: "0" };
    const host = await saveHost({ actor, input: hostInput });
    await saveHost({ actor: admin, input: { ...hostInput, hostId: host.id, version: "1", ramMiB: "131072" } });
    const nas = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION } });
    const usb = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, key: "usb", name: "USB drives" } });
    await saveLocation({ actor: admin, input: { planId: plan.id, ...LOCATION, key: "usb", name: "USB drives (weekly)", locationId: usb.id, version: "1" } });
    const policy = await savePolicy({ actor, input: { planId: plan.id, key: "nightly", name: "Nightly", scheduleKind: "cron", cron: "0 23 * * *", timezone: "Europe/London", windowMinutes: "60", targetId: nas.id } });
    const cloud = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, key: "cloud", name: "Cloud" } });
    await addPolicyCopy({ actor: admin, input: { planId: plan.id, policyId: policy.id, version: "1", toId: cloud.id, mode: "immediate", lagMinutes: "0" } });
    const stored = async () => [
      await db.host.findUniqueOrThrow({ where: { id: host.id } }),
      await db.backupLocation.findUniqueOrThrow({ where: { id: usb.id } }),
      await db.backupPolicy.findUniqueOrThrow({ where: { id: policy.id }, include: { copies: true } }),
    ];
    const before = await stored();
    const deletes = [
      { what: "The host", run: (version: string) => deleteHost({ actor, input: { planId: plan.id, id: host.id, version } }), change: { label: "Memory (MiB)", from: "65536", to: "131072" } },
      { what: "The backup location", run: (version: string) => deleteLocation({ actor, input: { planId: plan.id, id: usb.id, version } }), change: { label: "Name", from: "USB drives", to: "USB drives (weekly)" } },
      { what: "The backup policy", run: (version: string) => deletePolicy({ actor, input: { planId: plan.id, id: policy.id, version } }), change: { label: "Copies", from: "none" } },
    ];
    for (const { what, run, change } of deletes) {
      const stale = (await failure(run("1"))) as AppError;
      expect(stale).toMatchObject({ code: "CONFLICT", message: `${what} was changed after this page was loaded, so it was not deleted.` });
      expect(stale.conflict).toMatchObject({ version: 2, by: admin.name, refused: "delete", changes: [expect.objectContaining(change)] });
    }
    expect(await stored()).toEqual(before);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: { endsWith: ".deleted" } } })).toBe(0);

    for (const { run } of deletes) await run("2");
    expect([await db.host.count({ where: { id: host.id } }), await db.backupLocation.count({ where: { id: usb.id } }), await db.backupPolicy.count({ where: { id: policy.id } })]).toEqual([0, 0, 0]);
    for (const { what, run } of deletes) expect(await failure(run("2"))).toMatchObject({ code: "NOT_FOUND", message: `${what} was not found: it has probably been deleted already.` });
  });

  it("keeps in a deleted policy's or location's audit row what it held: the systems it backed up, its schedule and copies, the restore points that went", async () => {
    const { actor, plan, org } = await setup();
    const nas = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION } });
    const usb = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, key: "usb", name: "USB drives", online: "offline" } });
    const system = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "SQL01" } });
    const policy = await savePolicy({ actor, input: { planId: plan.id, key: "nightly", name: "Nightly", scheduleKind: "cron", cron: "0 23 * * *", timezone: "Europe/London", windowMinutes: "60", targetId: nas.id, systemIds: [system.id] } });
    await addPolicyCopy({ actor, input: { planId: plan.id, policyId: policy.id, version: "1", toId: usb.id, mode: "rotation", lagMinutes: "60", scheduleKind: "cron", cron: "0 17 * * 5", timezone: "Europe/London" } });
    await db.restorePoint.create({ data: { orgId: org.orgId, planId: plan.id, systemId: system.id, locationId: usb.id, pointInTime: new Date("2026-11-20T23:00:00Z"), usableAt: new Date("2026-11-21T00:00:00Z") } });

    await deletePolicy({ actor, input: { planId: plan.id, id: policy.id, version: "2" } });
    await deleteLocation({ actor, input: { planId: plan.id, id: usb.id, version: "1" } });
    // Before, each row kept only the key and name: nobody could tell which systems lost their backups.
    const policyRow = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "recovery.policy.deleted" } });
    expect(policyRow.before).toEqual({
      key: "nightly", name: "Nightly", cron: "0 23 * * *", timezone: "Europe/London", everyMinutes: null, anchor: null, windowMinutes: 60, targetId: nas.id, systemIds: [system.id],
      copies: [{ toId: usb.id, mode: "rotation", lagMinutes: 60, cron: "0 17 * * 5", timezone: "Europe/London", everyMinutes: null, anchor: null }],
    });
    const locationRow = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "recovery.location.deleted" } });
    expect(locationRow.before).toMatchObject({ key: "usb", name: "USB drives", online: false, throughputMBps: 200, maxStreams: 2, restorePoints: 1 });
  });

  it("refuses a policy or copy schedule more often than every 5 minutes at its field, and writes nothing", async () => {
    const { actor, plan, org } = await setup();
    const nas = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION } });
    const cloud = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, key: "cloud", name: "Cloud" } });
    const why = "model continuous protection as a replica";
    const policyInput = { planId: plan.id, key: "logs", name: "Log backups", windowMinutes: "0", targetId: nas.id };
    const everyMinute = await failure(savePolicy({ actor, input: { ...policyInput, scheduleKind: "cron", cron: "* * * * *", timezone: "Europe/London" } }));
    expect(everyMinute.code).toBe("VALIDATION");
    expect(everyMinute.fieldErrors).toEqual({ cron: `Cron: runs more often than every 5 minutes (at 00:00 and 00:01); ${why}.` });
    const interval = await failure(savePolicy({ actor, input: { ...policyInput, scheduleKind: "interval", everyMinutes: "2", anchor: "2026-01-01T00:00:00Z" } }));
    expect(interval.fieldErrors).toEqual({ everyMinutes: `Every (minutes): runs more often than every 5 minutes (every 2 min); ${why}.` });
    expect(await db.backupPolicy.count({ where: { planId: plan.id } })).toBe(0);

    const policy = await savePolicy({ actor, input: { ...policyInput, scheduleKind: "cron", cron: "*/15 * * * *", timezone: "Europe/London" } });
    const copy = await failure(addPolicyCopy({ actor, input: { planId: plan.id, policyId: policy.id, version: "1", toId: cloud.id, mode: "scheduled", lagMinutes: "0", scheduleKind: "interval", everyMinutes: "1", anchor: "2026-01-01T00:00:00Z" } }));
    expect(copy.fieldErrors).toEqual({ everyMinutes: `Every (minutes): runs more often than every 5 minutes (every 1 min); ${why}.` });
    expect(await db.policyCopy.count({ where: { policyId: policy.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, entityId: policy.id, action: "recovery.copy.created" } })).toBe(0);
  });

  it("refuses a copy to the policy's own target, or one repeating another copy, at Copy to, and writes nothing", async () => {
    const { actor, plan, org } = await setup();
    const nas = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, name: "Synology NAS" } });
    const usb = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, key: "usb", name: "USB drives" } });
    const policy = await savePolicy({ actor, input: { planId: plan.id, key: "nightly", name: "Nightly", scheduleKind: "cron", cron: "0 23 * * *", timezone: "Europe/London", windowMinutes: "60", targetId: nas.id } });
    const copy = (version: number, fields: Record<string, string>) => addPolicyCopy({ actor, input: { planId: plan.id, policyId: policy.id, version: String(version), lagMinutes: "0", ...fields } });
    const stored = async () => ({
      policy: await db.backupPolicy.findUniqueOrThrow({ where: { id: policy.id }, select: { version: true, targetId: true } }),
      copies: await db.policyCopy.findMany({ where: { policyId: policy.id }, orderBy: { sortOrder: "asc" }, select: { toId: true, mode: true, cron: true, lagMinutes: true } }),
      audits: await db.auditLog.count({ where: { orgId: org.orgId, entityId: policy.id, action: { in: ["recovery.copy.created", "recovery.policy.updated"] } } }),
    });

    for (const mode of ["immediate", "scheduled"]) {
      const self = await failure(copy(1, { toId: nas.id, mode, scheduleKind: "cron", cron: "0 6 * * *", timezone: "UTC" }));
      expect(self.code).toBe("VALIDATION");
      expect(self.fieldErrors).toEqual({ toId: "Copy to: a copy goes to another location than the policy's target (Synology NAS)." });
    }
    expect(await stored()).toEqual({ policy: { version: 1, targetId: nas.id }, copies: [], audits: 0 });

    // A second copy on the same path adds nothing, whatever its lag or spacing; another schedule to the same place adds landings.
    await copy(1, { toId: usb.id, mode: "scheduled", scheduleKind: "cron", cron: "0 6 * * 1-5", timezone: "UTC", lagMinutes: "60" });
    const twice = await failure(copy(2, { toId: usb.id, mode: "scheduled", scheduleKind: "cron", cron: " 0  6 * * 1-5", timezone: "UTC", lagMinutes: "30" }));
    expect(twice.fieldErrors).toEqual({
      toId: "Copy to: this policy already has a scheduled copy to USB drives on the same schedule; a second one adds nothing (to change its lag, remove that copy and add it again).",
    });
    await copy(2, { toId: usb.id, mode: "immediate", lagMinutes: "15" });
    const immediateTwice = await failure(copy(3, { toId: usb.id, mode: "immediate", lagMinutes: "5" }));
    expect(immediateTwice.fieldErrors?.toId).toMatch(/^Copy to: this policy already has an immediate copy to USB drives; /);
    await copy(3, { toId: usb.id, mode: "scheduled", scheduleKind: "cron", cron: "0 9 * * 0,6", timezone: "UTC" });
    const copies = [
      { toId: usb.id, mode: "scheduled", cron: "0 6 * * 1-5", lagMinutes: 60 },
      { toId: usb.id, mode: "immediate", cron: null, lagMinutes: 15 },
      { toId: usb.id, mode: "scheduled", cron: "0 9 * * 0,6", lagMinutes: 0 },
    ];
    expect(await stored()).toEqual({ policy: { version: 4, targetId: nas.id }, copies, audits: 3 });

    // Nor can the target move onto a copy's location.
    const moved = await failure(savePolicy({ actor, input: { planId: plan.id, policyId: policy.id, version: "4", key: "nightly", name: "Nightly", scheduleKind: "cron", cron: "0 23 * * *", timezone: "Europe/London", windowMinutes: "60", targetId: usb.id } }));
    expect(moved.fieldErrors).toEqual({ targetId: "Target location: a copy of this policy goes to USB drives; remove that copy first, or choose another target." });
    expect(await stored()).toEqual({ policy: { version: 4, targetId: nas.id }, copies, audits: 3 });
  });

  it("checks that referenced ids belong to the plan, and hides other organisations' plans", async () => {
    const { actor, plan, org } = await setup();
    const other = await setup();
    const foreign = await saveLocation({ actor: other.actor, input: { planId: other.plan.id, ...LOCATION } });
    const error = await failure(savePolicy({ actor, input: { planId: plan.id, key: "p", name: "P", cron: "0 1 * * *", timezone: "UTC", windowMinutes: "0", targetId: foreign.id } }));
    expect(error.fieldErrors).toEqual({ targetId: "Target location: choose one of this plan's locations." });
    const crossOrg = await failure(saveLocation({ actor, input: { planId: other.plan.id, locationId: foreign.id, version: "1", ...LOCATION, name: "Hijacked" } }));
    expect(crossOrg.code).toBe("NOT_FOUND");
    expect(await db.backupLocation.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ name: "NAS" });
    expect((await failure(saveLocation({ actor: org.actors.executive, input: { planId: plan.id, ...LOCATION } }))).code).toBe("FORBIDDEN");
    await archivePlan({ actor, input: { planId: plan.id } });
    expect((await failure(saveLocation({ actor, input: { planId: plan.id, ...LOCATION } }))).code).toBe("CONFLICT");
  });

  it("edits a system's recovery facts, dependencies and recovery host per scenario", async () => {
    const { actor, plan, org } = await setup();
    const hv = await saveHost({ actor, input: { planId: plan.id, key: "hv01", name: "HV01", ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "0" } });
    const standby = await saveHost({ actor, input: { planId: plan.id, key: "standby", name: "Standby", ramMiB: "65536", reservedMiB: "0", readyAfterMinutes: "60" } });
    const dc = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "DC01" } });
    const owner = await db.person.create({ data: { orgId: org.orgId, name: "Alex Morgan" } });
    const sql = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "SQL01", ownerPersonId: owner.id } });
    const scenario = await db.scenario.create({ data: { orgId: org.orgId, planId: plan.id, key: "site-loss", name: "Site loss", kind: "site" } });
    const input = { planId: plan.id, systemId: sql.id, version: "1", hostId: hv.id, ramMiB: "32768", usedGB: "540", bootMinutes: "10", verifyMinutes: "15", priority: "1", dependsOnIds: [dc.id], recoveryHosts: { [scenario.id]: standby.id } };
    await updateVmFacts({ actor, input });
    const row = await db.system.findUniqueOrThrow({ where: { id: sql.id }, include: { dependsOn: true, recoveryHosts: true } });
    expect(row).toMatchObject({ hostId: hv.id, ramMiB: 32768, usedGB: 540, priority: 1, ownerPersonId: owner.id, version: 1, recoveryVersion: 2 });
    expect(row.dependsOn.map((d) => d.name)).toEqual(["DC01"]);
    expect(row.recoveryHosts).toMatchObject([{ scenarioId: scenario.id, hostId: standby.id }]);
    expect((await failure(updateVmFacts({ actor, input }))).code).toBe("CONFLICT");
    const self = await failure(updateVmFacts({ actor, input: { ...input, version: "2", dependsOnIds: [sql.id] } }));
    expect(self.fieldErrors).toEqual({ dependsOnIds: "Depends on: a system cannot depend on itself." });
    const priority = await failure(updateVmFacts({ actor, input: { ...input, version: "2", priority: "7" } }));
    expect(priority.fieldErrors).toEqual({ priority: "Priority: enter a number of at most 5." });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "recovery.system.updated" } })).toBe(1);
    await addReplica({ actor, input: { planId: plan.id, systemId: sql.id, locationId: (await saveLocation({ actor, input: { planId: plan.id, ...LOCATION } })).id, lagMinutes: "5" } });
    expect(await db.replica.count({ where: { planId: plan.id } })).toBe(1);
  });

  it("marks the hosts each scenario loses, and refuses a lost host newly chosen for it at its field", async () => {
    const { actor, plan, org } = await setup();
    const room = await saveSite({ actor, input: { name: "Server room" } });
    const cloud = await saveSite({ actor, input: { name: "Cloud" } });
    const host = (key: string, name: string, siteId: string) => saveHost({ actor, input: { planId: plan.id, key, name, siteId, ramMiB: "131072", reservedMiB: "0", readyAfterMinutes: "0" } });
    const hv01 = await host("hv01", "HV01 (Hyper-V, server room)", room.id);
    const hv02 = await host("hv02", "HV02", room.id);
    const standby = await host("standby", "Cloud standby", cloud.id);
    const dc = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "DC01", hostId: hv01.id } });
    const hostLoss = await db.scenario.create({ data: { orgId: org.orgId, planId: plan.id, key: "host-loss", name: "Host HV01 lost", kind: "host", lostHostKeys: ["hv01"] } });
    const siteLoss = await db.scenario.create({ data: { orgId: org.orgId, planId: plan.id, key: "site-loss", name: "Site lost", kind: "site", lostSites: { connect: [{ id: room.id }] } } });
    const vmLoss = await db.scenario.create({ data: { orgId: org.orgId, planId: plan.id, key: "vm-loss", name: "One VM lost", kind: "system" } });

    const { scenarios } = await getVmFacts({ actor, planId: plan.id, systemId: dc.id });
    const lost = Object.fromEntries(scenarios.map((sc) => [sc.key, sc.lostHostIds.sort()]));
    expect(lost).toEqual({ "host-loss": [hv01.id], "site-loss": [hv01.id, hv02.id].sort(), "vm-loss": [] });

    const facts = { planId: plan.id, systemId: dc.id, hostId: hv01.id, ramMiB: "4096", usedGB: "60", bootMinutes: "5", verifyMinutes: "5", priority: "1", dependsOnIds: [] };
    const refused = await failure(updateVmFacts({ actor, input: { ...facts, version: "1", recoveryHosts: { [hostLoss.id]: hv01.id } } }));
    expect(refused.fieldErrors).toEqual({ [`recoveryHosts.${hostLoss.id}`]: "In “Host HV01 lost”: HV01 (Hyper-V, server room) is lost in this scenario, so nothing can be restored to it; choose a host that survives it." });
    const onLostSite = await failure(updateVmFacts({ actor, input: { ...facts, version: "1", recoveryHosts: { [siteLoss.id]: hv02.id } } }));
    expect(onLostSite.fieldErrors).toEqual({ [`recoveryHosts.${siteLoss.id}`]: "In “Site lost”: HV02 is lost in this scenario, so nothing can be restored to it; choose a host that survives it." });
    expect(await db.system.findUniqueOrThrow({ where: { id: dc.id }, include: { recoveryHosts: true } })).toMatchObject({ recoveryVersion: 1, ramMiB: null, recoveryHosts: [] });

    // Hosts that survive are taken; so is its own host, which is no choice to refuse.
    await updateVmFacts({ actor, input: { ...facts, version: "1", recoveryHosts: { [hostLoss.id]: hv02.id, [siteLoss.id]: standby.id, [vmLoss.id]: hv01.id } } });
    // A choice the scenario came to lose after it was saved is kept, so other facts can still change.
    await db.scenario.update({ where: { id: hostLoss.id }, data: { lostHostKeys: ["hv01", "hv02"] } });
    await updateVmFacts({ actor, input: { ...facts, version: "2", ramMiB: "8192", recoveryHosts: { [hostLoss.id]: hv02.id, [siteLoss.id]: standby.id, [vmLoss.id]: hv01.id } } });
    const saved = await db.system.findUniqueOrThrow({ where: { id: dc.id }, include: { recoveryHosts: { orderBy: { scenario: { key: "asc" } } } } });
    expect(saved).toMatchObject({ recoveryVersion: 3, ramMiB: 8192 });
    expect(saved.recoveryHosts.map((r) => r.hostId)).toEqual([hv02.id, standby.id, hv01.id]);
  });

  it("refuses a dependency that would close a loop, naming it, and changes nothing", async () => {
    const { actor, plan, org } = await setup();
    const hv = await saveHost({ actor, input: { planId: plan.id, key: "hv01", name: "HV01", ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "0" } });
    const dc = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "DC01", hostId: hv.id } });
    const sql = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "SQL01", hostId: hv.id } });
    const app = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "APP01", hostId: hv.id } });
    const facts = { planId: plan.id, hostId: hv.id, ramMiB: "4096", usedGB: "60", bootMinutes: "5", verifyMinutes: "5", priority: "3", recoveryHosts: {} };
    await updateVmFacts({ actor, input: { ...facts, systemId: sql.id, version: "1", dependsOnIds: [dc.id] } });
    const two = await failure(updateVmFacts({ actor, input: { ...facts, systemId: dc.id, version: "1", dependsOnIds: [sql.id] } }));
    expect(two.fieldErrors).toEqual({ dependsOnIds: "Depends on: would form a cycle DC01 → SQL01 → DC01." });
    await updateVmFacts({ actor, input: { ...facts, systemId: app.id, version: "1", dependsOnIds: [sql.id] } });
    const three = await failure(updateVmFacts({ actor, input: { ...facts, systemId: dc.id, version: "1", dependsOnIds: [app.id] } }));
    expect(three.fieldErrors).toEqual({ dependsOnIds: "Depends on: would form a cycle DC01 → APP01 → SQL01 → DC01." });
    const after = await db.system.findUniqueOrThrow({ where: { id: dc.id }, include: { dependsOn: true } });
    expect(after).toMatchObject({ recoveryVersion: 1, ramMiB: null, dependsOn: [] });
    // Depending on both ends of a chain is no loop.
    await updateVmFacts({ actor, input: { ...facts, systemId: app.id, version: "2", dependsOnIds: [sql.id, dc.id] } });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "recovery.system.updated" } })).toBe(3);
  });

  it("keeps scenarios' lost hosts valid: a renamed host is renamed in them, a lost host cannot be deleted", async () => {
    const { actor, plan, org } = await setup();
    const host = { planId: plan.id, name: "HV01", ramMiB: "65536", reservedMiB: "0", readyAfterMinutes: "0" };
    const hv = await saveHost({ actor, input: { ...host, key: "hv01" } });
    const scenario = await db.scenario.create({ data: { orgId: org.orgId, planId: plan.id, key: "host-loss", name: "Host HV01 lost", kind: "host", lostHostKeys: ["hv01"] } });
    await saveHost({ actor, input: { ...host, hostId: hv.id, version: "1", key: "hv-01" } });
    expect(await db.scenario.findUniqueOrThrow({ where: { id: scenario.id } })).toMatchObject({ lostHostKeys: ["hv-01"], version: 2 });
    const refusedDelete = await failure(deleteHost({ actor, input: { planId: plan.id, id: hv.id, version: "2" } }));
    expect(refusedDelete).toMatchObject({ code: "CONFLICT", message: "HV01 is lost in “Host HV01 lost”. Take it out of those scenarios on the Risks page first." });
    expect(await db.host.count({ where: { id: hv.id } })).toBe(1);
  });

  it("records a host's new key in each scenario that loses it as a change of that scenario, by whoever renamed the host", async () => {
    const { actor, plan, org } = await setup();
    const host = { planId: plan.id, ramMiB: "65536", reservedMiB: "0", readyAfterMinutes: "0" };
    const hv = await saveHost({ actor, input: { ...host, key: "hv01", name: "HV01" } });
    await saveHost({ actor, input: { ...host, key: "hv02", name: "HV02" } });
    const other = await createPlan({ actor, input: { name: "Other" } });
    await saveHost({ actor, input: { ...host, planId: other.id, key: "hv01", name: "HV01" } });
    const scenario = (planId: string, key: string, lostHostKeys: string[]) =>
      db.scenario.create({ data: { orgId: org.orgId, planId, key, name: key, kind: "host", lostHostKeys } });
    const both = await scenario(plan.id, "both-lost", ["hv02", "hv01"]);
    await scenario(plan.id, "hv02-lost", ["hv02"]);
    await scenario(other.id, "theirs-lost", ["hv01"]);
    await saveHost({ actor, input: { ...host, hostId: hv.id, version: "1", key: "hv-01", name: "HV01" } });

    const rows = await db.auditLog.findMany({ where: { orgId: org.orgId, action: "scenario.updated" } });
    expect(rows).toEqual([
      expect.objectContaining({
        actorId: actor.userId,
        entityType: "scenario",
        entityId: both.id,
        planId: plan.id,
        before: expect.objectContaining({ key: "both-lost", lostHostKeys: ["hv02", "hv01"] }),
        after: expect.objectContaining({ key: "both-lost", lostHostKeys: ["hv02", "hv-01"] }),
      }),
    ]);
    // An edit of the scenario opened before the rename is told who changed what in it.
    const stale = await refused(updateScenario({ actor: org.actors.admin, input: { planId: plan.id, scenarioId: both.id, version: 1, key: "both-lost", name: "Both lost", kind: "host", lostHostKeys: "hv02, hv01" } }));
    expect(stale.conflict).toMatchObject({ version: 2, by: actor.name, changes: [{ field: "lostHostKeys", label: "Lost hosts", from: "hv02, hv01", to: "hv02, hv-01" }] });
  });

  it("refuses to delete a host that systems are restored to in a scenario, keeping their recovery hosts", async () => {
    const { actor, plan, org } = await setup();
    const host = { planId: plan.id, ramMiB: "65536", reservedMiB: "0", readyAfterMinutes: "0" };
    const hv = await saveHost({ actor, input: { ...host, key: "hv01", name: "HV01" } });
    const standby = await saveHost({ actor, input: { ...host, key: "standby", name: "Cloud standby host" } });
    const siteLoss = await db.scenario.create({ data: { orgId: org.orgId, planId: plan.id, key: "site-loss", name: "Site loss", kind: "site" } });
    const facts = { planId: plan.id, hostId: hv.id, ramMiB: "4096", usedGB: "60", bootMinutes: "5", verifyMinutes: "5", priority: "3", dependsOnIds: [], version: "1" };
    for (const name of ["DC01", "SQL01"]) {
      const system = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name, hostId: hv.id } });
      await updateVmFacts({ actor, input: { ...facts, systemId: system.id, recoveryHosts: { [siteLoss.id]: standby.id } } });
    }
    // No system runs on the standby host and no scenario loses it: before, it went, and both systems with it fell back to HV01.
    const refused = await failure(deleteHost({ actor, input: { planId: plan.id, id: standby.id, version: "1" } }));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      message: "DC01 and SQL01 are restored to Cloud standby host in “Site loss”. Choose another recovery host for them under VM facts first.",
    });
    expect(await db.host.count({ where: { id: standby.id } })).toBe(1);
    expect(await db.systemRecoveryHost.count({ where: { orgId: org.orgId, hostId: standby.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "recovery.host.deleted" } })).toBe(0);
  });

  it("adds and renames organisation sites with a concurrency check", async () => {
    const { actor, org } = await setup();
    const site = await saveSite({ actor, input: { name: "Cloud recovery site", kind: "cloud" } });
    await saveSite({ actor, input: { siteId: site.id, version: "1", name: "Azure UK South", kind: "cloud" } });
    expect((await failure(saveSite({ actor, input: { siteId: site.id, version: "1", name: "Stale", kind: "cloud" } }))).code).toBe("CONFLICT");
    expect(await db.site.findUniqueOrThrow({ where: { id: site.id } })).toMatchObject({ orgId: org.orgId, name: "Azure UK South", version: 2 });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, entityId: site.id } })).toBe(2);
  });

  it("reports the recovery stage's completeness from the data recorded", async () => {
    const { actor, plan, org } = await setup();
    const scope = { orgId: org.orgId, planId: plan.id };
    // Nothing recorded: no to-do, so the overview shows the stage's empty state.
    expect(await recoveryDataCompleteness(scope)).toEqual({ recovery: 0 });
    const bare = await db.system.create({ data: { ...scope, name: "BARE" } });
    // A system from the impact analysis and nothing else: still 0%, and what it lacks is listed.
    expect(await recoveryDataCompleteness(scope)).toEqual({
      recovery: 0,
      todo: {
        recovery: [
          "Add the backup locations where restore points are kept.",
          "Add the hosts systems run on and are restored to.",
          "Add the backup policies that protect the systems.",
          "Give BARE a host.",
          "Give BARE a memory size.",
          "Give BARE a used size.",
          "Put BARE in a backup policy.",
        ],
      },
    });
    await db.system.delete({ where: { id: bare.id } });
    const nas = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION } });
    const hv = await saveHost({ actor, input: { planId: plan.id, key: "hv01", name: "HV01", ramMiB: "131072", reservedMiB: "0", readyAfterMinutes: "0" } });
    const a = await db.system.create({ data: { ...scope, name: "A", hostId: hv.id, ramMiB: 4096, usedGB: 100 } });
    await db.system.create({ data: { ...scope, name: "B" } });
    // C came from an import with its host, memory and size: only its policy is missing.
    await db.system.create({ data: { ...scope, name: "C", hostId: hv.id, ramMiB: 2048, usedGB: 20 } });
    // A SaaS service has nothing of ours to describe: it does not count against the data.
    await db.system.create({ data: { ...scope, name: "Microsoft 365", kind: "saas" } });
    await savePolicy({ actor, input: { planId: plan.id, key: "p", name: "P", cron: "0 1 * * *", timezone: "UTC", windowMinutes: "0", targetId: nas.id, systemIds: [a.id] } });
    // B has no host, memory, size or policy; C no policy: each is asked for what it lacks, by name.
    expect(await recoveryDataCompleteness(scope)).toEqual({
      recovery: 83,
      todo: { recovery: ["Give B a host.", "Give B a memory size.", "Give B a used size.", "Put 2 systems in a backup policy (B and C)."] },
    });
  });

  it("lists systems with their recovery facts, searched, sorted and paged in the database", async () => {
    const { actor, plan, org } = await setup();
    const scope = { orgId: org.orgId, planId: plan.id };
    await db.system.createMany({ data: Array.from({ length: 12 }, (_, i) => ({ ...scope, name: `VM-${String(i).padStart(2, "0")}`, usedGB: i % 3 ? i * 10 : null })) });
    const first = await listVmFacts({ actor, planId: plan.id, query: { sort: "name", pageSize: "10" } });
    expect(first.page).toMatchObject({ total: 12, pageCount: 2 });
    expect(first.page.rows[0].name).toBe("VM-00");
    const bySize = await listVmFacts({ actor, planId: plan.id, query: { sort: "usedGB", dir: "desc" } });
    expect(bySize.page.rows[0].name).toBe("VM-11");
    expect(bySize.page.rows.at(-1)?.usedGB).toBeNull();
    const search = await listVmFacts({ actor, planId: plan.id, query: { q: "vm-1" } });
    expect(search.page.rows.map((r) => r.name)).toEqual(["VM-10", "VM-11"]);
    // What each system depends on, by name (the list shows the first few of them).
    const named = async (name: string) => db.system.findFirstOrThrow({ where: { ...scope, name } });
    await db.system.update({ where: { id: (await named("VM-10")).id }, data: { dependsOn: { connect: [{ id: (await named("VM-03")).id }, { id: (await named("VM-01")).id }] } } });
    const again = await listVmFacts({ actor, planId: plan.id, query: { q: "vm-1" } });
    expect(again.page.rows.map((r) => r.dependsOn.map((d) => d.name))).toEqual([["VM-01", "VM-03"], []]);
    const other = await makeOrg();
    expect((await listVmFacts({ actor: other.actors.admin, planId: plan.id, query: {} })).page.total).toBe(0);
  });
});

describe("a recovery setup save that changes nothing", () => {
  const auditRows = (orgId: string, entityId: string) => db.auditLog.count({ where: { orgId, entityId } });

  it("writes no version and no audit row for a site, location, host, policy or system's facts re-saved as stored, and writes a one-field change", async () => {
    const { org, actor, plan } = await setup();
    const orgId = org.orgId;

    const site = await saveSite({ actor, input: { name: "Server room", address: "1 Quay Street", kind: "office" } });
    const siteForm = { siteId: site.id, version: "1", name: "Server room", address: "1 Quay Street", kind: "office" };
    expect(await saveSite({ actor, input: siteForm })).toMatchObject({ changed: false, version: 1 });
    expect(await auditRows(orgId, site.id)).toBe(1);
    await saveSite({ actor, input: { ...siteForm, address: "2 Quay Street" } });
    expect(await db.site.findUniqueOrThrow({ where: { id: site.id } })).toMatchObject({ version: 2, address: "2 Quay Street" });
    expect(await auditRows(orgId, site.id)).toBe(2);

    const nas = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION } });
    const locationForm = { planId: plan.id, locationId: nas.id, version: "1", ...LOCATION };
    expect(await saveLocation({ actor, input: locationForm })).toMatchObject({ changed: false, version: 1 });
    expect(await db.backupLocation.findUniqueOrThrow({ where: { id: nas.id } })).toMatchObject({ version: 1 });
    expect(await auditRows(orgId, nas.id)).toBe(1);
    await saveLocation({ actor, input: { ...locationForm, maxStreams: "4" } });
    expect(await db.backupLocation.findUniqueOrThrow({ where: { id: nas.id } })).toMatchObject({ version: 2, maxStreams: 4 });
    expect(await auditRows(orgId, nas.id)).toBe(2);
    expect((await failure(saveLocation({ actor, input: { ...locationForm, maxStreams: "4" } }))).code).toBe("CONFLICT");

    const host = await saveHost({ actor, input: { planId: plan.id, key: "hv01", name: "HV01", ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "10" } });
    // "10min" is stored as the 10 minutes already there.
    const hostForm = { planId: plan.id, hostId: host.id, version: "1", key: "hv01", name: "HV01", ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "10min" };
    expect(await saveHost({ actor, input: hostForm })).toMatchObject({ changed: false, version: 1 });
    expect(await auditRows(orgId, host.id)).toBe(1);
    await saveHost({ actor, input: { ...hostForm, reservedMiB: "8192" } });
    expect(await db.host.findUniqueOrThrow({ where: { id: host.id } })).toMatchObject({ version: 2, reservedMiB: 8192 });
    expect(await auditRows(orgId, host.id)).toBe(2);

    const [dc, sql] = await Promise.all(["DC01", "SQL01"].map((name) => db.system.create({ data: { orgId, planId: plan.id, name } })));
    const policyForm = { planId: plan.id, key: "nightly", name: "Nightly", scheduleKind: "cron", cron: "0 23 * * *", timezone: "Europe/London", windowMinutes: "60", targetId: nas.id, systemIds: [dc.id, sql.id] };
    const policy = await savePolicy({ actor, input: policyForm });
    const policyEdit = { ...policyForm, policyId: policy.id, version: "1", systemIds: [sql.id, dc.id] };
    expect(await savePolicy({ actor, input: policyEdit })).toMatchObject({ changed: false, version: 1 });
    expect(await auditRows(orgId, policy.id)).toBe(1);
    await savePolicy({ actor, input: { ...policyEdit, systemIds: [sql.id] } });
    const policyRow = await db.backupPolicy.findUniqueOrThrow({ where: { id: policy.id }, include: { systems: true } });
    expect(policyRow).toMatchObject({ version: 2 });
    expect(policyRow.systems.map((s) => s.name)).toEqual(["SQL01"]);
    expect(await auditRows(orgId, policy.id)).toBe(2);

    const scenario = await db.scenario.create({ data: { orgId, planId: plan.id, key: "site-loss", name: "Site loss", kind: "site" } });
    const facts = { planId: plan.id, systemId: sql.id, version: "1", hostId: host.id, ramMiB: "32768", usedGB: "540", bootMinutes: "10", verifyMinutes: "15", priority: "1", dependsOnIds: [dc.id], recoveryHosts: { [scenario.id]: host.id } };
    await updateVmFacts({ actor, input: facts });
    const factAudits = await auditRows(orgId, sql.id);
    expect(await updateVmFacts({ actor, input: { ...facts, version: "2" } })).toMatchObject({ changed: false, recoveryVersion: 2 });
    expect(await db.system.findUniqueOrThrow({ where: { id: sql.id } })).toMatchObject({ recoveryVersion: 2 });
    expect(await auditRows(orgId, sql.id)).toBe(factAudits);
    await updateVmFacts({ actor, input: { ...facts, version: "2", recoveryHosts: {} } });
    const system = await db.system.findUniqueOrThrow({ where: { id: sql.id }, include: { recoveryHosts: true } });
    expect(system).toMatchObject({ recoveryVersion: 3, recoveryHosts: [] });
    expect(await auditRows(orgId, sql.id)).toBe(factAudits + 1);
  });
});
