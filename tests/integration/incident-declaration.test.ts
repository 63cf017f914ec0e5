import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { archivePlan } from "@/lib/plans/archive-plan";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { addIncidentEntry } from "@/lib/incidents/add-incident-entry";
import { standDownIncident } from "@/lib/incidents/stand-down-incident";
import { correctDeclaration } from "@/lib/incidents/correct-declaration";
import { getIncident } from "@/lib/incidents/get-incident";
import { KEPT_SCENARIO } from "@/lib/incidents/schemas";
import { refused, makeOrg, type TestOrg } from "./factories";

const NOW = new Date("2026-12-04T12:00:00Z");

/** A plan with two scenarios and a person of the register, an incident declared under the first at 09:10. */
async function declared(org: TestOrg) {
  const plan = await createPlan({ actor: org.actors.committee, input: { name: `Bristol operations ${Math.random()}` } });
  const scope = { orgId: org.orgId, planId: plan.id };
  const siteLoss = await db.scenario.create({ data: { ...scope, key: "site-loss", name: "Bristol site lost", kind: "site" } });
  const ransomware = await db.scenario.create({ data: { ...scope, key: "ransomware", name: "Ransomware", kind: "ransomware" } });
  const person =
    (await db.person.findFirst({ where: { orgId: org.orgId, name: "Daniel Okafor" } })) ?? (await db.person.create({ data: { orgId: org.orgId, name: "Daniel Okafor" } }));
  const incident = await declareIncident({
    actor: org.actors.executive,
    input: { planId: plan.id, title: "Head office flooded", scenarioId: siteLoss.id, declaredAt: "2026-12-04 09:10", declaredByPersonId: person.id },
    now: NOW,
  });
  const ref = { planId: plan.id, incidentId: incident.id };
  return { plan, siteLoss, ransomware, person, incident, ref };
}

/** The correction form as the page fills it: the declaration as stored, then what is changed. */
const form = (fixture: Awaited<ReturnType<typeof declared>>, changes: Record<string, string>) => ({
  ...fixture.ref,
  version: "1",
  title: "Head office flooded",
  scenarioId: fixture.siteLoss.id,
  declaredAt: "2026-12-04 09:10",
  startedAt: "",
  cleanBefore: "",
  declaredByPersonId: fixture.person.id,
  declaredByName: "",
  reason: "CCTV shows the water at 08:40.",
  ...changes,
});

const snapshot = async (incidentId: string) => ({
  incident: await db.incident.findUniqueOrThrow({ where: { id: incidentId } }),
  entries: await db.incidentEntry.count({ where: { incidentId } }),
  audit: await db.auditLog.count({ where: { entityId: incidentId } }),
});

describe("correcting an incident's declaration", () => {
  it("saves the corrected fields, audits them before and after, and adds an entry to the log saying so", async () => {
    const org = await makeOrg("Declaration corrected");
    const fixture = await declared(org);
    const { incident, ref } = fixture;
    await addIncidentEntry({ actor: org.actors.committee, input: { ...ref, at: "2026-12-04 09:20", kind: "decision", text: "Invoke the cloud site." }, now: NOW });

    const saved = await correctDeclaration({
      actor: org.actors.committee,
      input: form(fixture, { startedAt: "2026-12-04 08:40", scenarioId: fixture.ransomware.id, cleanBefore: "2026-12-04 02:00" }),
      now: NOW,
    });
    expect(saved).toEqual({ changed: true, version: 2 });

    const row = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(row).toMatchObject({ scenarioId: fixture.ransomware.id, scenarioName: "Ransomware", declarationVersion: 2, version: 1, declaredByName: "Daniel Okafor" });
    expect(row.startedAt?.toISOString()).toBe("2026-12-04T08:40:00.000Z");
    expect(row.cleanBefore?.toISOString()).toBe("2026-12-04T02:00:00.000Z");

    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "incident.declaration_corrected" } });
    expect(audit).toMatchObject({ actorId: org.actors.committee.userId, entityType: "incident", entityId: incident.id, planId: ref.planId });
    expect(audit.before).toEqual({ scenario: "Bristol site lost", startedAt: null, cleanBefore: null });
    expect(audit.after).toEqual({
      scenario: "Ransomware",
      startedAt: "2026-12-04T08:40:00.000Z",
      cleanBefore: "2026-12-04T02:00:00.000Z",
      reason: "CCTV shows the water at 08:40.",
    });

    // The log shows it, after the entry typed before it: the correction happened at noon.
    const { entries } = await getIncident({ actor: org.actors.auditor, ...ref });
    expect(entries.map((e) => e.kind)).toEqual(["decision", "correction"]);
    expect(entries[1]).toMatchObject({ recordedById: org.actors.committee.userId, recordedBy: org.actors.committee.name, systemName: "" });
    expect(entries[1].at.toISOString()).toBe(NOW.toISOString());
    expect(entries[1].text).toBe(
      `Declaration corrected by ${org.actors.committee.name}: scenario “Bristol site lost” → “Ransomware”; ` +
        "disruption began at the declaration → 4 Dec 2026, 08:40 UTC; last time known clean the scenario's own → 4 Dec 2026, 02:00 UTC " +
        "(reason: CCTV shows the water at 08:40.)",
    );
  });

  it("corrects a stood-down incident too, without touching the stand-down's version", async () => {
    const org = await makeOrg("Declaration after stand-down");
    const fixture = await declared(org);
    const { incident, ref } = fixture;
    await standDownIncident({ actor: org.actors.committee, input: { ...ref, version: "1", stoodDownAt: "2026-12-04 11:00", reviewSummary: "Back by 11:00." }, now: NOW });
    const later = new Date("2026-12-06T10:00:00Z");
    await correctDeclaration({ actor: org.actors.executive, input: form(fixture, { title: "Head office and yard flooded" }), now: later });
    const row = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(row).toMatchObject({ title: "Head office and yard flooded", status: "stood_down", version: 2, declarationVersion: 2 });
    const entry = await db.incidentEntry.findFirstOrThrow({ where: { incidentId: incident.id } });
    expect(entry).toMatchObject({ kind: "correction", at: later });
    expect(entry.text).toContain("what happened “Head office flooded” → “Head office and yard flooded”");
  });

  it("refuses a stale correction with what the other person corrected, changing nothing", async () => {
    const org = await makeOrg("Declaration stale");
    const fixture = await declared(org);
    await correctDeclaration({ actor: org.actors.executive, input: form(fixture, { startedAt: "2026-12-04 08:40" }), now: NOW });
    const before = await snapshot(fixture.incident.id);

    // Opened before that correction: still at version 1.
    const stale = await refused(correctDeclaration({ actor: org.actors.committee, input: form(fixture, { title: "Flood at head office" }), now: NOW }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.conflict).toMatchObject({
      version: 2,
      by: org.actors.executive.name,
      changes: [{ field: "startedAt", label: "Disruption began at", from: "—", to: "2026-12-04 08:40" }],
    });
    expect(await snapshot(fixture.incident.id)).toEqual(before);

    // Saved again knowingly, at the version the conflict gave.
    await correctDeclaration({ actor: org.actors.committee, input: form(fixture, { version: "2", title: "Flood at head office", startedAt: "2026-12-04 08:40" }), now: NOW });
    expect((await db.incident.findUniqueOrThrow({ where: { id: fixture.incident.id } })).title).toBe("Flood at head office");
  });

  it("names each impossible field, writing nothing", async () => {
    const org = await makeOrg("Declaration invalid");
    const fixture = await declared(org);
    const other = await declared(org);
    const { ref } = fixture;
    await addIncidentEntry({ actor: org.actors.committee, input: { ...ref, at: "2026-12-04 09:30", kind: "action", text: "Called the insurer." }, now: NOW });
    const correct = (changes: Record<string, string>) => refused(correctDeclaration({ actor: org.actors.committee, input: form(fixture, changes), now: NOW }));
    const before = await snapshot(fixture.incident.id);

    expect((await correct({ startedAt: "2026-12-04 13:00" })).fieldErrors).toEqual({ startedAt: "The time the disruption began cannot be in the future." });
    expect((await correct({ declaredAt: "2026-12-04 09:45" })).fieldErrors).toEqual({
      declaredAt: "The time it was declared cannot be after the log's first entry (4 Dec 2026, 09:30 UTC).",
    });
    expect((await correct({ declaredAt: "", reason: "" })).fieldErrors).toEqual({
      declaredAt: "Enter the time it was declared.",
      reason: "Say why the declaration is corrected, e.g. “Start time taken from the CCTV log”.",
    });
    expect((await correct({ scenarioId: other.siteLoss.id, declaredByPersonId: "nobody", cleanBefore: "2026-12-04 02:00" })).fieldErrors).toEqual({
      scenarioId: "Choose one of this plan's scenarios, or none.",
      declaredByPersonId: "Choose a person of the People register, or type a name.",
    });
    expect((await correct({ cleanBefore: "2026-12-04 02:00" })).fieldErrors).toEqual({
      cleanBefore: "Only a ransomware scenario takes a last time known clean: choose one, or leave this blank.",
    });
    // Only an incident whose scenario was deleted keeps its name this way.
    expect((await correct({ scenarioId: KEPT_SCENARIO })).fieldErrors).toEqual({ scenarioId: "Choose one of this plan's scenarios, or none." });
    expect(await snapshot(fixture.incident.id)).toEqual(before);

    await standDownIncident({ actor: org.actors.committee, input: { ...ref, version: "1", stoodDownAt: "2026-12-04 10:00", reviewSummary: "Done." }, now: NOW });
    const stood = await snapshot(fixture.incident.id);
    expect((await correct({ startedAt: "2026-12-04 10:30", declaredAt: "2026-12-04 10:40" })).fieldErrors).toEqual({
      declaredAt: "The time it was declared cannot be after the stand-down (4 Dec 2026, 10:00 UTC).",
      startedAt: "The disruption cannot have begun after the stand-down (4 Dec 2026, 10:00 UTC).",
    });
    expect(await snapshot(fixture.incident.id)).toEqual(stood);
  });

  it("writes nothing when nothing changed, keeping times stored to the second and a deleted scenario's name", async () => {
    const org = await makeOrg("Declaration unchanged");
    const fixture = await declared(org);
    const { incident } = fixture;
    // Declared "now": seconds the form never shows.
    const exact = await declareIncident({
      actor: org.actors.committee,
      input: { planId: fixture.plan.id, title: "Power cut", scenarioId: fixture.siteLoss.id, declaredAt: "", declaredByName: "Duty manager" },
      now: new Date("2026-12-04T11:58:37.250Z"),
    });
    await db.scenario.delete({ where: { id: fixture.siteLoss.id } });
    const before = await snapshot(incident.id);
    expect(await correctDeclaration({ actor: org.actors.committee, input: form(fixture, { scenarioId: KEPT_SCENARIO }), now: NOW })).toEqual({ changed: false, version: 1 });
    expect(await snapshot(incident.id)).toEqual(before);

    const untouched = await correctDeclaration({
      actor: org.actors.committee,
      input: { ...form(fixture, {}), incidentId: exact.id, title: "Power cut", scenarioId: KEPT_SCENARIO, declaredAt: "2026-12-04 11:58", declaredByPersonId: "", declaredByName: "Duty manager" },
      now: NOW,
    });
    expect(untouched).toEqual({ changed: false, version: 1 });
    expect((await db.incident.findUniqueOrThrow({ where: { id: exact.id } })).declaredAt.toISOString()).toBe("2026-12-04T11:58:37.250Z");
  });

  it("refuses another organisation, a role without incident:record and an archived plan, changing nothing", async () => {
    const org = await makeOrg("Declaration owner");
    const stranger = await makeOrg("Declaration stranger");
    const fixture = await declared(org);
    // Stood down first: a plan is archived only once its incidents are, and a correction after the stand-down is allowed but for the archive.
    await standDownIncident({ actor: org.actors.committee, input: { ...fixture.ref, version: "1", stoodDownAt: "2026-12-04 11:00", reviewSummary: "Back to normal." }, now: NOW });
    const before = await snapshot(fixture.incident.id);
    const input = form(fixture, { startedAt: "2026-12-04 08:40" });
    expect((await refused(correctDeclaration({ actor: stranger.actors.admin, input, now: NOW }))).code).toBe("NOT_FOUND");
    expect((await refused(correctDeclaration({ actor: org.actors.auditor, input, now: NOW }))).code).toBe("FORBIDDEN");
    await archivePlan({ actor: org.actors.committee, input: { planId: fixture.plan.id } });
    expect((await refused(correctDeclaration({ actor: org.actors.committee, input, now: NOW }))).message).toBe("An archived plan cannot be edited.");
    expect(await snapshot(fixture.incident.id)).toEqual(before);
  });
});
