import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { saveLocation } from "@/lib/recovery/setup/save-location";
import { saveHost } from "@/lib/recovery/setup/save-host";
import { savePolicy } from "@/lib/recovery/setup/save-policy";
import { createScenario } from "@/lib/risks/create-scenario";
import { updateScenario } from "@/lib/risks/update-scenario";
import { createGroup } from "@/lib/priorities/create-group";
import { updateGroup } from "@/lib/priorities/update-group";
import { failure, makeOrg } from "./factories";
import { signal, untilWaitingOnLock } from "./interleave";

/**
 * A record created with its key left blank gets one made from its name (lib/slug.ts), free among
 * the plan's keys of that kind; an edit still needs one. Every key here is read back from Postgres.
 */

const LOCATION = { throughputMBps: "200", streamMBps: "", maxStreams: "2", immutableDays: "0", retrievalMinutes: "0", online: "online" };
const HOST = { ramMiB: "65536", reservedMiB: "0", readyAfterMinutes: "0" };
const KEY_REQUIRED = "Key: give a short id, e.g. nas or cloud-dr.";

async function setup() {
  const org = await makeOrg();
  const actor = org.actors.committee;
  const plan = await createPlan({ actor, input: { name: "Keys" } });
  return { org, actor, plan };
}

describe("keys made from names", () => {
  it("backup locations: from the name, -2 for the same name again, a typed key kept; an edit with a blank key changes nothing", async () => {
    const { org, actor, plan } = await setup();
    const key = async (id: string) => (await db.backupLocation.findUniqueOrThrow({ where: { id } })).key;
    const first = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, key: "", name: "Café Serveur NAS" } });
    expect(await key(first.id)).toBe("cafe-serveur-nas");
    // Absent altogether (an API client) reads as blank too.
    const second = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, name: "Café Serveur NAS" } });
    expect(await key(second.id)).toBe("cafe-serveur-nas-2");
    const typed = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, key: "usb", name: "Café Serveur NAS" } });
    expect(await key(typed.id)).toBe("usb");
    const symbols = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, key: "  ", name: "???" } });
    expect(await key(symbols.id)).toBe("location");
    // The audit row records the key that was made.
    expect((await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "recovery.location.created", entityId: first.id } })).after).toMatchObject({ key: "cafe-serveur-nas" });
    // Another plan's keys are its own.
    const other = await createPlan({ actor, input: { name: "Other" } });
    expect(await key((await saveLocation({ actor, input: { planId: other.id, ...LOCATION, key: "", name: "Café Serveur NAS" } })).id)).toBe("cafe-serveur-nas");

    // An edit keeps its key: blank is refused, nothing is written, measured restores keep naming it.
    const system = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "SQL01" } });
    const exercise = await db.exercise.create({ data: { orgId: org.orgId, planId: plan.id, type: "simulation", title: "Restore", conductedOn: new Date("2026-09-22"), result: "passed" } });
    await db.exerciseMeasurement.create({ data: { orgId: org.orgId, exerciseId: exercise.id, systemId: system.id, locationKey: "cafe-serveur-nas", restoreMinutes: 60 } });
    const blank = await failure(saveLocation({ actor, input: { planId: plan.id, locationId: first.id, version: "1", ...LOCATION, key: "", name: "Renamed" } }));
    expect(blank).toMatchObject({ code: "VALIDATION", fieldErrors: { key: KEY_REQUIRED } });
    expect(await db.backupLocation.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ key: "cafe-serveur-nas", name: "Café Serveur NAS", version: 1 });
    expect(await db.exerciseMeasurement.findMany({ where: { exerciseId: exercise.id }, select: { locationKey: true } })).toEqual([{ locationKey: "cafe-serveur-nas" }]);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "recovery.location.updated" } })).toBe(0);
  });

  it("hosts: from the name, -2 for the same name again, a typed key kept; an edit with a blank key changes nothing", async () => {
    const { org, actor, plan } = await setup();
    const key = async (id: string) => (await db.host.findUniqueOrThrow({ where: { id } })).key;
    const first = await saveHost({ actor, input: { planId: plan.id, ...HOST, key: "", name: "Hyper-V host 1" } });
    expect(await key(first.id)).toBe("hyper-v-host-1");
    const second = await saveHost({ actor, input: { planId: plan.id, ...HOST, key: "", name: "Hyper-V host 1" } });
    expect(await key(second.id)).toBe("hyper-v-host-1-2");
    const typed = await saveHost({ actor, input: { planId: plan.id, ...HOST, key: "hv01", name: "Hyper-V host 1" } });
    expect(await key(typed.id)).toBe("hv01");
    // A typed key that is taken is still refused, naming the key.
    const taken = await failure(saveHost({ actor, input: { planId: plan.id, ...HOST, key: "hyper-v-host-1", name: "Another" } }));
    expect(taken.fieldErrors).toEqual({ key: "Key: another host of this plan already uses it." });

    // A scenario names the host by its made key; a blank key on edit leaves both as they were.
    const scenario = await createScenario({ actor, input: { planId: plan.id, name: "Host lost", kind: "host", lostHostKeys: "hyper-v-host-1" } });
    const blank = await failure(saveHost({ actor, input: { planId: plan.id, hostId: first.id, version: "1", ...HOST, key: " ", name: "Renamed" } }));
    expect(blank).toMatchObject({ code: "VALIDATION", fieldErrors: { key: KEY_REQUIRED } });
    expect(await db.host.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ key: "hyper-v-host-1", name: "Hyper-V host 1", version: 1 });
    expect(await db.scenario.findUniqueOrThrow({ where: { id: scenario.id } })).toMatchObject({ lostHostKeys: ["hyper-v-host-1"], version: 1 });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "recovery.host.updated" } })).toBe(0);
  });

  it("backup policies: from the name, -2 for the same name again, a typed key kept; an edit with a blank key changes nothing", async () => {
    const { actor, plan } = await setup();
    const nas = await saveLocation({ actor, input: { planId: plan.id, ...LOCATION, key: "nas", name: "NAS" } });
    const policy = { planId: plan.id, scheduleKind: "cron", cron: "0 23 * * *", timezone: "Europe/London", windowMinutes: "60", targetId: nas.id };
    const key = async (id: string) => (await db.backupPolicy.findUniqueOrThrow({ where: { id } })).key;
    const first = await savePolicy({ actor, input: { ...policy, key: "", name: "Nightly to NAS" } });
    expect(await key(first.id)).toBe("nightly-to-nas");
    const second = await savePolicy({ actor, input: { ...policy, key: "", name: "Nightly to NAS" } });
    expect(await key(second.id)).toBe("nightly-to-nas-2");
    const typed = await savePolicy({ actor, input: { ...policy, key: "nightly", name: "Nightly to NAS" } });
    expect(await key(typed.id)).toBe("nightly");

    const blank = await failure(savePolicy({ actor, input: { ...policy, policyId: first.id, version: "1", key: "", name: "Renamed" } }));
    expect(blank).toMatchObject({ code: "VALIDATION", fieldErrors: { key: KEY_REQUIRED } });
    expect(await db.backupPolicy.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ key: "nightly-to-nas", name: "Nightly to NAS", version: 1 });
  });

  it("scenarios: from the name, -2 for a name making the same id, a typed id kept; an edit with a blank id changes nothing", async () => {
    const { actor, plan } = await setup();
    const key = async (id: string) => (await db.scenario.findUniqueOrThrow({ where: { id } })).key;
    const first = await createScenario({ actor, input: { planId: plan.id, key: "", name: "Site loss", kind: "system" } });
    expect(await key(first.id)).toBe("site-loss");
    // Scenario names are unique in the plan: a second name making the same id gets -2.
    const second = await createScenario({ actor, input: { planId: plan.id, key: "", name: "Site-loss!", kind: "system" } });
    expect(await key(second.id)).toBe("site-loss-2");
    const typed = await createScenario({ actor, input: { planId: plan.id, key: "fire", name: "Site loss (fire)", kind: "system" } });
    expect(await key(typed.id)).toBe("fire");
    // The same name again is refused at the name, not at an id the user did not type.
    const sameName = await failure(createScenario({ actor, input: { planId: plan.id, key: "", name: "Site loss", kind: "system" } }));
    expect(sameName.fieldErrors).toEqual({ name: "The plan already has a scenario with this name." });
    expect(await db.scenario.count({ where: { planId: plan.id } })).toBe(3);

    const edit = { planId: plan.id, scenarioId: first.id, version: 1, name: "Renamed", kind: "system" };
    const blank = await failure(updateScenario({ actor, input: { ...edit, key: "" } }));
    expect(blank).toMatchObject({ code: "VALIDATION", fieldErrors: { key: "Give the scenario an id, like site-loss." } });
    expect(await db.scenario.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ key: "site-loss", name: "Site loss", version: 1 });
  });

  it("consistency groups: from the name, -2 for the same name again, a typed key kept; an edit with a blank key changes nothing", async () => {
    const { org, actor, plan } = await setup();
    const [sql, erp] = await Promise.all(["SQL01", "ERP-APP"].map((name) => db.system.create({ data: { orgId: org.orgId, planId: plan.id, name } })));
    const base = { planId: plan.id, name: "ERP and its database", maxSkewMinutes: "15", systemIds: [sql.id, erp.id] };
    const key = async (id: string) => (await db.consistencyGroup.findUniqueOrThrow({ where: { id } })).key;
    const first = await createGroup({ actor, input: { ...base, key: "" } });
    expect(await key(first.id)).toBe("erp-and-its-database");
    expect(await key((await createGroup({ actor, input: base })).id)).toBe("erp-and-its-database-2");
    expect(await key((await createGroup({ actor, input: { ...base, key: "erp" } })).id)).toBe("erp");
    expect((await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "consistency_group.created", entityId: first.id } })).after).toMatchObject({ key: "erp-and-its-database" });
    const blank = await failure(updateGroup({ actor, input: { ...base, groupId: first.id, version: "1", key: "", name: "Renamed" } }));
    expect(blank).toMatchObject({ code: "VALIDATION", fieldErrors: { key: "Give the group a key." } });
    expect(await db.consistencyGroup.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ key: "erp-and-its-database", name: "ERP and its database", version: 1 });
  });

  it("takes the next key when a save of the same name commits first, instead of refusing a key nobody typed", async () => {
    const { org, actor, plan } = await setup();
    // Another save holds "nas" uncommitted: this one finds it free, and its insert waits on the
    // unique index until the other commits, then fails; run again, it takes nas-2.
    const held = signal();
    const holder = db.$transaction(
      async (tx) => {
        await tx.backupLocation.create({ data: { orgId: org.orgId, planId: plan.id, key: "nas", name: "NAS", throughputMBps: 100 } });
        await held.promise;
      },
      { timeout: 20_000 },
    );
    const saving = saveLocation({ actor, input: { planId: plan.id, ...LOCATION, key: "", name: "NAS" } });
    // Wait until the save's insert is blocked on the uncommitted "nas", so the retry is what runs.
    await untilWaitingOnLock({ query: 'INSERT INTO "public"."BackupLocation"%', what: "location saves" });
    held.settle();
    await holder;
    const saved = await saving;
    expect((await db.backupLocation.findUniqueOrThrow({ where: { id: saved.id } })).key).toBe("nas-2");
    expect((await db.backupLocation.findMany({ where: { planId: plan.id }, select: { key: true }, orderBy: { key: "asc" } })).map((l) => l.key)).toEqual(["nas", "nas-2"]);
  });
});
