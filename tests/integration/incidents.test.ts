import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { archivePlan } from "@/lib/plans/archive-plan";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { addIncidentEntry } from "@/lib/incidents/add-incident-entry";
import { standDownIncident } from "@/lib/incidents/stand-down-incident";
import { listIncidents, listActiveIncidents } from "@/lib/incidents/list-incidents";
import { getIncident } from "@/lib/incidents/get-incident";
import { exportIncidentLog } from "@/lib/incidents/export-incident-log";
import { listPlans } from "@/lib/plans/list-plans";
import { submitPlan } from "@/lib/versions/submit-plan";
import { setApprovers } from "@/lib/versions/set-approvers";
import { listNotifications, unreadCount } from "@/lib/notifications/list-notifications";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { failure, makeOrg, type TestOrg } from "./factories";

const NOW = new Date("2026-12-04T12:00:00Z");

/** A plan with a site-loss scenario and a person of the register, made straight in Postgres. */
async function planWithScenario(org: TestOrg) {
  const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol operations" } });
  const scenario = await db.scenario.create({ data: { orgId: org.orgId, planId: plan.id, key: "site-loss", name: "Bristol site lost", kind: "site" } });
  const person = await db.person.create({ data: { orgId: org.orgId, name: "Priya Shah" } });
  return { plan, scenario, person };
}

const revision = async (planId: string) => (await db.plan.findUniqueOrThrow({ where: { id: planId } })).contentRevision;

async function declared(org: TestOrg, planId: string, extra: Record<string, string> = {}) {
  return declareIncident({
    actor: org.actors.executive,
    input: { planId, title: "Head office flooded", declaredAt: "2026-12-04 07:10", declaredByName: "Duty manager", ...extra },
    now: NOW,
  });
}

describe("the incident log", () => {
  it("names each plan's active incidents on the plan list, until they stand down", async () => {
    const org = await makeOrg("Incidents on the plan list");
    const { plan } = await planWithScenario(org);
    const quiet = await createPlan({ actor: org.actors.committee, input: { name: "Avonmouth cold store" } });
    const incident = await declared(org, plan.id);
    const listed = async () => new Map((await listPlans({ actor: org.actors.executive, status: "active", now: NOW })).map((p) => [p.id, p.activeIncidents.map((i) => i.title)]));
    expect(await listed()).toEqual(new Map([[quiet.id, []], [plan.id, ["Head office flooded"]]]));
    await standDownIncident({ actor: org.actors.committee, input: { planId: plan.id, incidentId: incident.id, version: "1", stoodDownAt: "", reviewSummary: "Back to normal." }, now: NOW });
    expect((await listed()).get(plan.id)).toEqual([]);
  });

  it("declares, logs in order and stands down, audited, without touching the plan's content revision", async () => {
    const org = await makeOrg("Incidents");
    const { plan, scenario, person } = await planWithScenario(org);
    const before = await revision(plan.id);

    const incident = await declareIncident({
      actor: org.actors.executive,
      input: { planId: plan.id, title: "Head office flooded", scenarioId: scenario.id, declaredAt: "2026-12-04 07:10", declaredByPersonId: person.id },
      now: NOW,
    });
    expect(incident).toMatchObject({ status: "active", scenarioName: "Bristol site lost", declaredByName: "Priya Shah", declaredByPersonId: person.id, version: 1 });
    expect(incident.declaredAt.toISOString()).toBe("2026-12-04T07:10:00.000Z");

    const ref = { planId: plan.id, incidentId: incident.id };
    await addIncidentEntry({ actor: org.actors.committee, input: { ...ref, at: "2026-12-04 07:40", kind: "notification", text: "All staff told by SMS not to come in." }, now: NOW });
    await addIncidentEntry({ actor: org.actors.committee, input: { ...ref, at: "2026-12-04 07:20", kind: "decision", text: "Invoke the cloud recovery site." }, now: NOW });
    await addIncidentEntry({ actor: org.actors.admin, input: { ...ref, at: "", kind: "recovery", text: "SQL01 restored in Azure." }, now: NOW });

    const { entries } = await getIncident({ actor: org.actors.auditor, ...ref });
    expect(entries.map((e) => [e.kind, e.text.slice(0, 12)])).toEqual([
      ["decision", "Invoke the c"],
      ["notification", "All staff to"],
      ["recovery", "SQL01 restor"],
    ]);
    expect(entries[0].recordedBy).toBe(org.actors.committee.name);

    const stood = await standDownIncident({
      actor: org.actors.committee,
      input: { ...ref, version: "1", stoodDownAt: "", reviewSummary: "Recovered within RTO; the call list had two stale numbers." },
      now: NOW,
    });
    expect(stood.version).toBe(2);
    const row = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(row).toMatchObject({ status: "stood_down", reviewSummary: "Recovered within RTO; the call list had two stale numbers.", stoodDownById: org.actors.committee.userId, version: 2 });
    expect(row.stoodDownAt).toBeInstanceOf(Date);

    const audit = await db.auditLog.findMany({ where: { orgId: org.orgId, entityType: { in: ["incident", "incident_entry"] } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["incident.declared", "incident.entry_added", "incident.entry_added", "incident.entry_added", "incident.stood_down"]);
    expect(audit.every((a) => a.planId === plan.id)).toBe(true);
    expect(audit[0].actorId).toBe(org.actors.executive.userId);

    expect(await revision(plan.id)).toBe(before);

    const csv = (await exportIncidentLog({ actor: org.actors.auditor, ...ref })).csv;
    expect(csv.split("\r\n").slice(1, 6).map((line) => line.split(",")[1])).toEqual(["Declared", "Decision", "Notification", "Recovery progress", "Stood down"]);
  });

  it("tells every other member of the organisation when an incident is declared and stood down, linking it; a refused one tells nobody", async () => {
    const org = await makeOrg("Incident told");
    const outsider = await makeOrg("Incident not told");
    const { plan, scenario, person } = await planWithScenario(org);
    const refused = await failure(declared(org, plan.id, { declaredAt: "2026-12-04 12:30" }));
    expect(Object.keys(refused.fieldErrors ?? {})).toEqual(["declaredAt"]);
    expect(await db.notification.count({ where: { orgId: org.orgId } })).toBe(0);

    const incident = await declareIncident({
      actor: org.actors.executive,
      input: { planId: plan.id, title: "Head office flooded", scenarioId: scenario.id, declaredAt: "2026-12-04 07:10", declaredByPersonId: person.id },
      now: NOW,
    });
    const href = `/plans/${plan.id}/incidents/${incident.id}`;
    const told = async (start: string) => db.notification.findMany({ where: { orgId: org.orgId, message: { startsWith: start } } });
    const declaredNotes = await told("Incident declared");
    // Everyone but the executive who declared it.
    expect(declaredNotes.map((n) => n.userId).sort()).toEqual([org.actors.admin, org.actors.committee, org.actors.auditor].map((a) => a.userId).sort());
    for (const note of declaredNotes) {
      expect(note).toMatchObject({
        message: "Incident declared under “Bristol operations”: Head office flooded (scenario Bristol site lost). Declared 4 Dec 2026, 07:10 UTC by Priya Shah.",
        href,
        planId: plan.id,
        versionId: null,
        readAt: null,
      });
    }
    expect(await db.notification.count({ where: { orgId: outsider.orgId } })).toBe(0);

    await standDownIncident({
      actor: org.actors.committee,
      input: { planId: plan.id, incidentId: incident.id, version: "1", stoodDownAt: "2026-12-04 11:40", reviewSummary: "Recovered." },
      now: NOW,
    });
    const stoodNotes = await told("Incident stood down");
    expect(stoodNotes.map((n) => n.userId).sort()).toEqual([org.actors.admin, org.actors.executive, org.actors.auditor].map((a) => a.userId).sort());
    expect(stoodNotes.every((n) => n.href === href && n.message === "Incident stood down under “Bristol operations”: Head office flooded, after 4 hours 30 minutes.")).toBe(true);

    // Each member reads theirs on the notifications page, newest first, and marks it read there.
    const auditor = org.actors.auditor;
    expect((await listNotifications({ actor: auditor, query: {} })).rows.map((n) => n.message.slice(0, 22))).toEqual(["Incident stood down un", "Incident declared unde"]);
    expect(await unreadCount({ actor: auditor })).toBe(2);
    const [latest] = (await listNotifications({ actor: auditor, query: {} })).rows;
    expect(await markNotificationRead({ actor: auditor, input: { notificationId: latest.id } })).toBe(1);
    expect(await markNotificationRead({ actor: auditor, input: { notificationId: latest.id } })).toBe(0);
    expect(await unreadCount({ actor: auditor })).toBe(1);
    // Another member's, or another organisation's member, finds nothing to mark.
    expect((await failure(markNotificationRead({ actor: org.actors.admin, input: { notificationId: latest.id } }))).code).toBe("NOT_FOUND");
    expect((await failure(markNotificationRead({ actor: outsider.actors.auditor, input: { notificationId: declaredNotes[0].id } }))).code).toBe("NOT_FOUND");
    expect(await db.notification.count({ where: { orgId: org.orgId, readAt: { not: null } } })).toBe(1);
  });

  it("keeps incidents and their log out of the version snapshot", async () => {
    const org = await makeOrg("Incident snapshot");
    const { plan } = await planWithScenario(org);
    const incident = await declared(org, plan.id);
    await addIncidentEntry({ actor: org.actors.committee, input: { planId: plan.id, incidentId: incident.id, at: "2026-12-04 08:00", kind: "note", text: "Snapshot probe" }, now: NOW });
    await setApprovers({ actor: org.actors.committee, input: { planId: plan.id, approverIds: [org.actors.executive.userId] } });
    const version = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    const stored = await db.planVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(JSON.stringify(stored.snapshot)).not.toMatch(/Head office flooded|Snapshot probe/);
  });

  it("refuses a second stand-down, a stale one, and entries once stood down", async () => {
    const org = await makeOrg("Incident states");
    const { plan } = await planWithScenario(org);
    const incident = await declared(org, plan.id);
    const ref = { planId: plan.id, incidentId: incident.id };
    const stale = await failure(standDownIncident({ actor: org.actors.committee, input: { ...ref, version: "2", stoodDownAt: "", reviewSummary: "Done." }, now: NOW }));
    expect(stale.code).toBe("CONFLICT");
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).status).toBe("active");

    await standDownIncident({ actor: org.actors.committee, input: { ...ref, version: "1", stoodDownAt: "", reviewSummary: "Done." }, now: NOW });
    const again = await failure(standDownIncident({ actor: org.actors.executive, input: { ...ref, version: "2", stoodDownAt: "", reviewSummary: "Again." }, now: NOW }));
    expect(again).toMatchObject({ code: "CONFLICT", message: "This incident has been stood down: its log is closed." });
    const late = await failure(addIncidentEntry({ actor: org.actors.committee, input: { ...ref, at: "", kind: "note", text: "Too late" } }));
    expect(late.code).toBe("CONFLICT");
    expect(await db.incidentEntry.count({ where: { incidentId: incident.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "incident.stood_down" } })).toBe(1);
  });

  it("names the refused field: a missing review, a time in the future or before the declaration, another plan's scenario", async () => {
    const org = await makeOrg("Incident fields");
    const { plan } = await planWithScenario(org);
    const avonmouth = await createPlan({ actor: org.actors.committee, input: { name: "Avonmouth" } });
    const otherScenario = await db.scenario.create({ data: { orgId: org.orgId, planId: avonmouth.id, key: "cold", name: "Cold store lost", kind: "site" } });
    const noWho = await failure(declareIncident({ actor: org.actors.executive, input: { planId: plan.id, title: "Flood", declaredAt: "" }, now: NOW }));
    expect(Object.keys(noWho.fieldErrors ?? {})).toEqual(["declaredByName"]);
    const future = await failure(declared(org, plan.id, { declaredAt: "2026-12-04 12:30" }));
    expect(future.fieldErrors).toEqual({ declaredAt: "The time it was declared cannot be in the future." });
    const foreignScenario = await failure(declared(org, plan.id, { scenarioId: otherScenario.id }));
    expect(Object.keys(foreignScenario.fieldErrors ?? {})).toEqual(["scenarioId"]);

    const incident = await declared(org, plan.id);
    const ref = { planId: plan.id, incidentId: incident.id };
    const early = await failure(addIncidentEntry({ actor: org.actors.committee, input: { ...ref, at: "2026-12-04 07:00", kind: "note", text: "Before" }, now: NOW }));
    expect(early.fieldErrors?.at).toMatch(/^The time it happened cannot be before the declaration/);
    const blank = await failure(standDownIncident({ actor: org.actors.committee, input: { ...ref, version: "1", stoodDownAt: "", reviewSummary: "  " } }));
    expect(Object.keys(blank.fieldErrors ?? {})).toEqual(["reviewSummary"]);
    expect(await db.incident.count({ where: { planId: plan.id } })).toBe(1);
  });

  it("refuses another organisation's member as not found, an auditor, and an archived plan", async () => {
    const org = await makeOrg("Incident tenancy");
    const outsider = await makeOrg("Incident outsider");
    const { plan } = await planWithScenario(org);
    const incident = await declared(org, plan.id);
    const ref = { planId: plan.id, incidentId: incident.id };

    expect((await failure(declared(outsider, plan.id))).code).toBe("NOT_FOUND");
    expect((await failure(addIncidentEntry({ actor: outsider.actors.admin, input: { ...ref, at: "", kind: "note", text: "x" } }))).code).toBe("NOT_FOUND");
    expect((await failure(standDownIncident({ actor: outsider.actors.admin, input: { ...ref, version: "1", stoodDownAt: "", reviewSummary: "x" } }))).code).toBe("NOT_FOUND");
    expect((await failure(getIncident({ actor: outsider.actors.admin, ...ref }))).code).toBe("NOT_FOUND");
    expect((await failure(listIncidents({ actor: outsider.actors.admin, planId: plan.id }))).code).toBe("NOT_FOUND");

    // Another plan of the same organisation does not reach this plan's incident either.
    const second = await createPlan({ actor: org.actors.committee, input: { name: "Second" } });
    expect((await failure(addIncidentEntry({ actor: org.actors.committee, input: { ...ref, planId: second.id, at: "", kind: "note", text: "x" } }))).code).toBe("NOT_FOUND");

    expect((await failure(declared({ ...org, actors: { ...org.actors, executive: org.actors.auditor } }, plan.id))).code).toBe("FORBIDDEN");
    expect((await failure(addIncidentEntry({ actor: org.actors.auditor, input: { ...ref, at: "", kind: "note", text: "x" } }))).code).toBe("FORBIDDEN");
    expect((await failure(standDownIncident({ actor: org.actors.auditor, input: { ...ref, version: "1", stoodDownAt: "", reviewSummary: "x" } }))).code).toBe("FORBIDDEN");
    expect((await getIncident({ actor: org.actors.auditor, ...ref })).incident.title).toBe("Head office flooded");

    // Archived by hand: archiving is refused while an incident is active (below), but a plan may
    // have been archived with one before that rule, and its log must still refuse entries.
    await db.plan.update({ where: { id: plan.id }, data: { status: "archived", archivedAt: NOW } });
    const archived = await failure(addIncidentEntry({ actor: org.actors.committee, input: { ...ref, at: "", kind: "note", text: "x" } }));
    expect(archived).toMatchObject({ code: "CONFLICT", message: "An archived plan cannot be edited." });
    expect((await failure(declared(org, plan.id))).code).toBe("CONFLICT");
    expect(await db.incidentEntry.count({ where: { incidentId: incident.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: outsider.orgId, entityType: { in: ["incident", "incident_entry"] } } })).toBe(0);
  });

  it("stands down an incident left active under a plan archived before that was refused, audited, while its log still takes no entries", async () => {
    const org = await makeOrg("Incident under an archived plan");
    const { plan } = await planWithScenario(org);
    const incident = await declared(org, plan.id);
    const ref = { planId: plan.id, incidentId: incident.id };
    // Archived by hand, as a plan archived before archiving waited for the stand-down.
    await db.plan.update({ where: { id: plan.id }, data: { status: "archived", archivedAt: NOW } });
    const planBefore = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });

    const stale = await failure(standDownIncident({ actor: org.actors.committee, input: { ...ref, version: "2", stoodDownAt: "", reviewSummary: "Done." }, now: NOW }));
    expect(stale.code).toBe("CONFLICT");
    expect((await failure(standDownIncident({ actor: org.actors.auditor, input: { ...ref, version: "1", stoodDownAt: "", reviewSummary: "x" } }))).code).toBe("FORBIDDEN");
    await standDownIncident({ actor: org.actors.committee, input: { ...ref, version: "1", stoodDownAt: "", reviewSummary: "Handled under the new plan." }, now: NOW });

    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ status: "stood_down", stoodDownAt: NOW, reviewSummary: "Handled under the new plan.", version: 2 });
    expect(await db.auditLog.findMany({ where: { orgId: org.orgId, action: "incident.stood_down" }, select: { entityId: true, planId: true } })).toEqual([{ entityId: incident.id, planId: plan.id }]);
    expect((await listPlans({ actor: org.actors.executive, status: "archived", now: NOW })).find((p) => p.id === plan.id)?.activeIncidents).toEqual([]);
    // The plan stays archived and untouched; the closed log takes nothing more.
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toEqual(planBefore);
    const again = await failure(standDownIncident({ actor: org.actors.committee, input: { ...ref, version: "2", stoodDownAt: "", reviewSummary: "Again." }, now: NOW }));
    expect(again).toMatchObject({ code: "CONFLICT", message: "This incident has been stood down: its log is closed." });
    expect(await db.incidentEntry.count({ where: { incidentId: incident.id } })).toBe(0);
  });

  it("refuses to archive a plan while an incident is active under it, naming the incident, and archives it once stood down", async () => {
    const org = await makeOrg("Incident archive");
    const { plan } = await planWithScenario(org);
    const incident = await declared(org, plan.id);
    const refused = await failure(archivePlan({ actor: org.actors.committee, input: { planId: plan.id } }));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      message: "Stand down the incident active under this plan first: “Head office flooded”, declared 4 Dec 2026, 07:10 UTC. Archived, its log would take no entries and it could not be stood down.",
    });
    expect((await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("active");
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "plan.archived" } })).toBe(0);
    expect((await listPlans({ actor: org.actors.executive, status: "active", now: NOW })).find((p) => p.id === plan.id)?.activeIncidents.map((i) => i.title)).toEqual(["Head office flooded"]);

    await standDownIncident({ actor: org.actors.committee, input: { planId: plan.id, incidentId: incident.id, version: "1", stoodDownAt: "", reviewSummary: "Back to normal." }, now: NOW });
    await archivePlan({ actor: org.actors.committee, input: { planId: plan.id } });
    expect((await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("archived");
  });

  it("takes a time field left as the form filled it as the moment the form is sent, and keeps one typed over it", async () => {
    const org = await makeOrg("Incident stale forms");
    const { plan } = await planWithScenario(org);
    // The page was opened at 02:50 and each form filled with that minute; it is sent later.
    const opened = { filledNow: "2026-12-04 02:50" };
    const at = (iso: string) => new Date(iso);
    const incident = await declareIncident({
      actor: org.actors.executive,
      input: { planId: plan.id, title: "Head office flooded", declaredAt: "2026-12-04 02:50", declaredByName: "Duty manager", ...opened },
      now: at("2026-12-04T03:05:00Z"),
    });
    expect(incident.declaredAt.toISOString()).toBe("2026-12-04T03:05:00.000Z");
    const ref = { planId: plan.id, incidentId: incident.id };
    await addIncidentEntry({ actor: org.actors.committee, input: { ...ref, at: "2026-12-04 02:50", kind: "action", text: "Called the insurer.", ...opened }, now: at("2026-12-04T03:40:00Z") });
    await addIncidentEntry({ actor: org.actors.committee, input: { ...ref, at: "2026-12-04 03:20", kind: "note", text: "Typed over.", ...opened }, now: at("2026-12-04T03:41:00Z") });
    expect((await db.incidentEntry.findMany({ where: { incidentId: incident.id }, orderBy: { at: "asc" } })).map((e) => [e.text, e.at.toISOString()])).toEqual([
      ["Typed over.", "2026-12-04T03:20:00.000Z"],
      ["Called the insurer.", "2026-12-04T03:40:00.000Z"],
    ]);
    await standDownIncident({
      actor: org.actors.committee,
      input: { ...ref, version: "1", stoodDownAt: "2026-12-04 02:50", reviewSummary: "Back to normal.", ...opened },
      now: at("2026-12-04T09:00:00Z"),
    });
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).stoodDownAt?.toISOString()).toBe("2026-12-04T09:00:00.000Z");
  });

  it("lists active incidents first, each with its log's length", async () => {
    const org = await makeOrg("Incident list");
    const { plan } = await planWithScenario(org);
    const past = await declared(org, plan.id, { title: "Power cut", declaredAt: "2026-12-01 09:00" });
    await addIncidentEntry({ actor: org.actors.committee, input: { planId: plan.id, incidentId: past.id, at: "2026-12-01 09:30", kind: "action", text: "Generator on." }, now: NOW });
    await standDownIncident({ actor: org.actors.committee, input: { planId: plan.id, incidentId: past.id, version: "1", stoodDownAt: "2026-12-01 12:00", reviewSummary: "Fine." }, now: NOW });
    await declared(org, plan.id, { title: "Flood", declaredAt: "2026-11-30 09:00" });
    const list = await listIncidents({ actor: org.actors.auditor, planId: plan.id });
    expect(list.map((i) => [i.title, i.status, i.entryCount])).toEqual([
      ["Flood", "active", 0],
      ["Power cut", "stood_down", 1],
    ]);
    expect((await listActiveIncidents({ actor: org.actors.auditor, planId: plan.id })).map((i) => i.title)).toEqual(["Flood"]);
  });

  it("keeps the log append-only and the incident a record in the database itself, yet goes with a deleted plan", async () => {
    const org = await makeOrg("Incident records");
    const { plan } = await planWithScenario(org);
    const incident = await declared(org, plan.id);
    const entry = await addIncidentEntry({ actor: org.actors.committee, input: { planId: plan.id, incidentId: incident.id, at: "2026-12-04 08:00", kind: "note", text: "Kept" }, now: NOW });
    const update = await failure(db.$executeRaw`UPDATE "IncidentEntry" SET "text" = 'Rewritten' WHERE "id" = ${entry.id}`);
    expect(update.message).toMatch(/append-only/);
    const remove = await failure(db.$executeRaw`DELETE FROM "IncidentEntry" WHERE "id" = ${entry.id}`);
    expect(remove.message).toMatch(/append-only/);
    const removeIncident = await failure(db.$executeRaw`DELETE FROM "Incident" WHERE "id" = ${incident.id}`);
    expect(removeIncident.message).toMatch(/is a record/);
    expect((await db.incidentEntry.findUniqueOrThrow({ where: { id: entry.id } })).text).toBe("Kept");

    await db.plan.delete({ where: { id: plan.id } });
    expect(await db.incident.count({ where: { id: incident.id } })).toBe(0);
    expect(await db.incidentEntry.count({ where: { id: entry.id } })).toBe(0);
  });
});
