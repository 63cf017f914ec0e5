import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { incidentDeclaredMessage, incidentStoodDownMessage } from "@/lib/notifications/messages";
import { makeOrg } from "./factories";
import { inRolledBackTransaction, migrationStatements } from "./migration-sql";

describe("migration notification_email_preferences", () => {
  it("gives each notification already written the kind its writer gives it now, and leaves every one e-mailed", async () => {
    const org = await makeOrg();
    const scope = { orgId: org.orgId, userId: org.actors.committee.userId, planId: "p1" };
    const declaredAt = new Date("2026-11-20T08:00:00Z");
    const rows = {
      request: { versionId: "v1", message: "Ed asks you to approve version 1 of “Bristol”.", href: "/plans/p1/approval/versions/1" },
      declared: { message: incidentDeclaredMessage({ planName: "Bristol", title: "Flood", scenarioName: "", declaredAt, declaredBy: "Ed" }), href: "/plans/p1/incidents/i1" },
      stoodDown: { message: incidentStoodDownMessage({ planName: "Bristol", title: "Flood", declaredAt, stoodDownAt: new Date("2026-11-20T12:00:00Z") }), href: "/plans/p1/incidents/i1" },
      // A reminder of an incident's corrective action links the incident, but is a reminder.
      corrective: { message: "Bristol: the corrective action “Move the servers” was due on 9 Mar 2027. Close it, or agree a new due day and record it.", href: "/plans/p1/incidents/i1#corrective-actions-heading" },
      // A plan named like an incident's message does not make its reminders incidents.
      oddlyNamed: { message: "Incident declared under “x”: a test was due on 1 Mar 2027. Run a test and record it.", href: "/plans/p1/tests" },
    };
    const ids: Record<string, string> = {};
    // As the rows were before the migration: every one with the column's default.
    for (const [name, row] of Object.entries(rows)) ids[name] = (await db.notification.create({ data: { ...scope, ...row, kind: "approvals" } })).id;

    const statements = migrationStatements({ name: "20261209000000_notification_email_preferences", from: `UPDATE "Notification"` });
    const found = await inRolledBackTransaction(statements, async (tx) => {
      const notes = await tx.notification.findMany({ where: { id: { in: Object.values(ids) } }, select: { id: true, kind: true, emailWanted: true } });
      const read = new Map(notes.map((n) => [n.id, `${n.kind} ${n.emailWanted}`]));
      return Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, read.get(id)]));
    });
    expect(found).toEqual({ request: "approvals true", declared: "incidents true", stoodDown: "incidents true", corrective: "reminders true", oddlyNamed: "reminders true" });
  });
});
