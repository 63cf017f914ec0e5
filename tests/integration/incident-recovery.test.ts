import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { addIncidentEntry } from "@/lib/incidents/add-incident-entry";
import { getIncident } from "@/lib/incidents/get-incident";
import { getIncidentRecovery } from "@/lib/incidents/get-incident-recovery";
import { exportIncidentLog } from "@/lib/incidents/export-incident-log";
import { correctDeclaration } from "@/lib/incidents/correct-declaration";
import type { Actor } from "@/lib/auth/context";
import { failure, makeOrg, type TestOrg } from "./factories";
import { headOffice } from "./incident-fixtures";

const NOW = new Date("2026-12-04T12:00:00Z");

/** The expected recovery as the incident's page works it out: from its one read of the incident. */
const recoveryOf = async (actor: Actor, ref: { planId: string; incidentId: string }) =>
  getIncidentRecovery({ actor, ...(await getIncident({ actor, ...ref })), now: NOW });

const declare = (org: TestOrg, input: Record<string, string>) =>
  declareIncident({ actor: org.actors.executive, input: { title: "Head office flooded", declaredAt: "2026-12-04 07:10", declaredByName: "Duty manager", ...input }, now: NOW });

describe("recovery during an incident", () => {
  it("works out from the plan's rows when each affected system is expected back and what data it loses, beside what the log reports back", async () => {
    const org = await makeOrg("Incident recovery");
    const { plan, siteLoss, app } = await headOffice(org);
    const incident = await declare(org, { planId: plan.id, scenarioId: siteLoss.id, startedAt: "2026-12-04 06:40" });
    expect(incident.startedAt?.toISOString()).toBe("2026-12-04T06:40:00.000Z");

    const ref = { planId: plan.id, incidentId: incident.id };
    const view = await recoveryOf(org.actors.auditor, ref);
    if (view.state !== "assessed") throw new Error(view.state);
    const { systems, functions } = view.recovery;
    expect(view.recovery.disasterAt.toISOString()).toBe("2026-12-04T06:40:00.000Z");
    // SQL: last night's 22:00 backup, restored from 07:10 (the declaration) in an hour, booted and
    // verified by 08:25; its RTO is APP's hour, passed down to what APP needs (decision 16).
    expect(systems.map((s) => [s.system, s.restoreFrom, s.dataFrom?.toISOString() ?? null, s.ready?.toISOString() ?? null, s.deadline?.toISOString() ?? null, s.cannot])).toEqual([
      ["SQL", "Cloud vault", "2026-12-03T22:00:00.000Z", "2026-12-04T08:25:00.000Z", "2026-12-04T07:40:00.000Z", null],
      ["APP", "Cloud vault", "2026-12-03T22:00:00.000Z", "2026-12-04T08:25:00.000Z", "2026-12-04T07:40:00.000Z", null],
      ["FILES", null, null, null, "2026-12-04T14:40:00.000Z", "no surviving copy"],
    ]);
    expect(systems[0].newestImported?.toISOString()).toBe("2026-12-01T22:00:00.000Z");
    expect(functions.map((f) => [f.name, f.resumes?.toISOString() ?? null, f.mtdOk])).toEqual([
      ["Archive", null, false],
      ["Billing", "2026-12-04T08:55:00.000Z", true],
      ["Order entry", "2026-12-04T08:25:00.000Z", null],
    ]);
    expect(systems.every((s) => s.backAt === null)).toBe(true);

    // The log reports APP back; the entry keeps its name, and the expected recovery shows it back.
    await addIncidentEntry({ actor: org.actors.committee, input: { ...ref, at: "2026-12-04 09:05", kind: "recovery", text: "Order entry working again.", systemId: app.id }, now: NOW });
    const entry = await db.incidentEntry.findFirstOrThrow({ where: { incidentId: incident.id } });
    expect(entry).toMatchObject({ systemId: app.id, systemName: "APP" });
    const after = await recoveryOf(org.actors.auditor, ref);
    expect(after.state === "assessed" && after.recovery.systems.map((s) => [s.system, s.backAt?.toISOString() ?? null])).toEqual([
      ["SQL", null],
      ["APP", "2026-12-04T09:05:00.000Z"],
      ["FILES", null],
    ]);
    // Renamed later, the system is still the one reported back.
    await db.system.update({ where: { id: app.id }, data: { name: "APP-01" } });
    const renamed = await recoveryOf(org.actors.auditor, ref);
    expect(renamed.state === "assessed" && renamed.recovery.systems.find((s) => s.system === "APP-01")?.backAt?.toISOString()).toBe("2026-12-04T09:05:00.000Z");

    const { entries } = await getIncident({ actor: org.actors.auditor, ...ref });
    expect(entries[0].systemName).toBe("APP");
    const csv = (await exportIncidentLog({ actor: org.actors.auditor, ...ref })).csv;
    expect(csv).toContain("Disruption began");
    expect(csv.split("\r\n").find((line) => line.includes("Order entry working again."))?.endsWith(",APP")).toBe(true);
    const exported = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "incident.exported" } });
    expect(exported).toMatchObject({ actorId: org.actors.auditor.userId, entityId: incident.id, planId: plan.id });
  });

  it("follows a corrected declaration: the recovery of its new scenario, struck at its new start", async () => {
    const org = await makeOrg("Incident recovery corrected");
    const { plan, siteLoss } = await headOffice(org);
    const vmLost = await db.scenario.create({ data: { orgId: org.orgId, planId: plan.id, key: "vm-lost", name: "One VM lost", kind: "system" } });
    const incident = await declare(org, { planId: plan.id, scenarioId: siteLoss.id, startedAt: "2026-12-04 06:40" });
    const ref = { planId: plan.id, incidentId: incident.id };
    const read = (view: Awaited<ReturnType<typeof recoveryOf>>) =>
      view.state === "assessed" ? [view.scenarioKey, view.recovery.disasterAt.toISOString(), view.recovery.systems.map((s) => `${s.system} from ${s.restoreFrom}`)] : view.state;
    expect(read(await recoveryOf(org.actors.auditor, ref))).toEqual(["site-loss", "2026-12-04T06:40:00.000Z", ["SQL from Cloud vault", "APP from Cloud vault", "FILES from null"]]);

    const correction = { ...ref, title: "Head office flooded", declaredAt: "2026-12-04 07:10", startedAt: "2026-12-04 06:40", declaredByName: "Duty manager", reason: "Only SQL's VM was lost." };
    await correctDeclaration({ actor: org.actors.committee, input: { ...correction, version: "1", scenarioId: vmLost.id }, now: NOW });
    // Assessed again, not the site loss's assessment kept for the same times.
    expect(read(await recoveryOf(org.actors.auditor, ref))).toEqual(["vm-lost", "2026-12-04T06:40:00.000Z", ["APP from Office NAS", "SQL from Office NAS", "FILES from null"]]);
    await correctDeclaration({ actor: org.actors.committee, input: { ...correction, version: "2", scenarioId: vmLost.id, startedAt: "2026-12-04 05:10" }, now: NOW });
    expect(read(await recoveryOf(org.actors.auditor, ref))[1]).toBe("2026-12-04T05:10:00.000Z");
  });

  it("refuses an impossible start, a clean boundary outside ransomware, and a system of another plan, writing nothing", async () => {
    const org = await makeOrg("Incident checks");
    const { plan, siteLoss } = await headOffice(org);
    const other = await headOffice(org);
    const before = await db.incident.count({ where: { orgId: org.orgId } });

    const late = await failure(declare(org, { planId: plan.id, scenarioId: siteLoss.id, startedAt: "2026-12-04 07:30" }));
    expect(late.fieldErrors).toEqual({ startedAt: "The disruption cannot have begun after the declaration: leave this blank if it began then." });
    const clean = await failure(declare(org, { planId: plan.id, scenarioId: siteLoss.id, cleanBefore: "2026-12-03 18:00" }));
    expect(clean.fieldErrors).toEqual({ cleanBefore: "Only a ransomware scenario takes a last time known clean: choose one, or leave this blank." });
    const ransomware = await db.scenario.create({ data: { orgId: org.orgId, planId: plan.id, key: "ransomware", name: "Ransomware", kind: "ransomware" } });
    const afterStart = await failure(declare(org, { planId: plan.id, scenarioId: ransomware.id, startedAt: "2026-12-04 06:40", cleanBefore: "2026-12-04 06:50" }));
    expect(afterStart.fieldErrors).toEqual({ cleanBefore: "The last time known clean cannot be after the disruption began." });
    expect(await db.incident.count({ where: { orgId: org.orgId } })).toBe(before);

    const incident = await declare(org, { planId: plan.id, scenarioId: ransomware.id, cleanBefore: "2026-12-03 18:00" });
    expect(incident.cleanBefore?.toISOString()).toBe("2026-12-03T18:00:00.000Z");
    const ref = { planId: plan.id, incidentId: incident.id };
    const foreign = await failure(addIncidentEntry({ actor: org.actors.committee, input: { ...ref, at: "", kind: "recovery", text: "Back.", systemId: other.sql.id }, now: NOW }));
    expect(foreign.fieldErrors).toEqual({ systemId: "Choose one of this plan's systems, or none." });
    expect(await db.incidentEntry.count({ where: { incidentId: incident.id } })).toBe(0);
  });

  it("says why there is nothing to follow: no scenario, or one deleted since", async () => {
    const org = await makeOrg("Incident without scenario");
    const { plan, siteLoss } = await headOffice(org);
    const none = await declare(org, { planId: plan.id });
    expect(await recoveryOf(org.actors.auditor, { planId: plan.id, incidentId: none.id })).toEqual({ state: "no-scenario" });
    const incident = await declare(org, { planId: plan.id, scenarioId: siteLoss.id });
    await db.systemRecoveryHost.deleteMany({ where: { scenarioId: siteLoss.id } });
    await db.scenario.delete({ where: { id: siteLoss.id } });
    expect(await recoveryOf(org.actors.auditor, { planId: plan.id, incidentId: incident.id })).toEqual({ state: "scenario-gone", scenarioName: "Head office lost" });
  });

  it("shows another organisation nothing", async () => {
    const org = await makeOrg("Incident owner");
    const stranger = await makeOrg("Incident stranger");
    const { plan, siteLoss } = await headOffice(org);
    const incident = await declare(org, { planId: plan.id, scenarioId: siteLoss.id });
    const ref = { planId: plan.id, incidentId: incident.id };
    expect((await failure(recoveryOf(stranger.actors.admin, ref))).code).toBe("NOT_FOUND");
    // Handed the organisation's own read, the stranger is refused all the same.
    const read = await getIncident({ actor: org.actors.auditor, ...ref });
    expect((await failure(getIncidentRecovery({ actor: stranger.actors.admin, ...read, now: NOW }))).code).toBe("NOT_FOUND");
  });
});
