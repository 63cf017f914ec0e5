/**
 * Members choose which notifications they are e-mailed (decision 67): the choice saved and read
 * back, refused when stale or malformed, audited; notifications written afterwards carry it, and
 * one not wanted is never counted in Settings → Notification e-mail. The worker skipping them is
 * exercised against a real mail server in notification-email.test.ts.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getEmailPreferences } from "@/lib/notifications/get-email-preferences";
import { updateEmailPreferences } from "@/lib/notifications/update-email-preferences";
import { listEmailDelivery } from "@/lib/notifications/list-email-delivery";
import { createPlan } from "@/lib/plans/create-plan";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { sendOrganisationReminders } from "@/lib/reminders/send-due-reminders";
import { actionText } from "@/lib/audit/audit-display";
import { makeOrg, refused } from "./factories";

// Configured, so the administrators' view counts; nothing in this file sends (no worker runs here).
process.env.SMTP_URL = "smtp://127.0.0.1:9";

const DAY_MS = 86_400_000;
const ticked = (value: boolean) => (value ? "on" : undefined);
const choose = ({ approvals, reminders, version }: { approvals: boolean; reminders: boolean; version: number }) => ({
  emailApprovals: ticked(approvals),
  emailReminders: ticked(reminders),
  version: String(version),
});

describe("notification e-mail choices", () => {
  it("e-mails everything until a member chooses otherwise, then keeps their choice, audited, for them alone", async () => {
    const org = await makeOrg();
    const me = org.actors.auditor;
    expect(await getEmailPreferences({ actor: me })).toEqual({ choices: { emailApprovals: true, emailReminders: true }, version: 1 });

    const saved = await updateEmailPreferences({ actor: me, input: choose({ approvals: true, reminders: false, version: 1 }) });
    expect(saved).toEqual({ choices: { emailApprovals: true, emailReminders: false }, version: 2, changed: true });
    expect(await getEmailPreferences({ actor: me })).toEqual({ choices: { emailApprovals: true, emailReminders: false }, version: 2 });
    expect(await db.membership.findFirstOrThrow({ where: { userId: me.userId }, select: { emailOffKinds: true } })).toEqual({ emailOffKinds: ["reminders"] });
    // Another member's choice is their own.
    expect((await getEmailPreferences({ actor: org.actors.committee })).choices).toEqual({ emailApprovals: true, emailReminders: true });

    const audit = await db.auditLog.findMany({ where: { orgId: org.orgId, action: "member.email_preferences_changed" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: me.userId,
      entityType: "user",
      entityId: me.userId,
      planId: null,
      before: { emailApprovals: true, emailReminders: true },
      after: { emailApprovals: true, emailReminders: false },
    });
    expect(actionText(audit[0].action)).toBe("Notification e-mail choices changed");

    // The same choice again writes nothing.
    expect(await updateEmailPreferences({ actor: me, input: choose({ approvals: true, reminders: false, version: 2 }) })).toMatchObject({ version: 2, changed: false });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "member.email_preferences_changed" } })).toBe(1);
  });

  it("refuses a save from a form shown before another change, saying what that was, and a malformed one, changing nothing", async () => {
    const org = await makeOrg();
    const me = org.actors.committee;
    await updateEmailPreferences({ actor: me, input: choose({ approvals: false, reminders: true, version: 1 }) });

    const stale = await refused(updateEmailPreferences({ actor: me, input: choose({ approvals: true, reminders: false, version: 1 }) }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe("Your e-mail choices were changed in another tab or window while you were editing.");
    expect(stale.conflict?.changes).toEqual([{ field: "emailApprovals", label: "Approvals e-mailed", from: "yes", to: "no" }]);

    for (const version of ["", "0", "two"]) {
      const bad = await refused(updateEmailPreferences({ actor: me, input: { ...choose({ approvals: true, reminders: false, version: 2 }), version } }));
      expect(Object.keys(bad.fieldErrors)).toEqual(["version"]);
    }
    expect(await getEmailPreferences({ actor: me })).toEqual({ choices: { emailApprovals: false, emailReminders: true }, version: 2 });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "member.email_preferences_changed" } })).toBe(1);
  });

  it("writes each notification with its kind and whether its member wants it e-mailed; incidents always are", async () => {
    const org = await makeOrg();
    const { admin, committee, executive } = org.actors;
    await updateEmailPreferences({ actor: executive, input: choose({ approvals: false, reminders: false, version: 1 }) });
    await updateEmailPreferences({ actor: committee, input: choose({ approvals: true, reminders: false, version: 1 }) });

    const plan = await createPlan({ actor: committee, input: { name: "Bristol operations" } });
    await setApprovers({ actor: admin, input: { planId: plan.id, approverIds: [executive.userId] } });
    await submitPlan({ actor: committee, input: { planId: plan.id } });
    // An approval that expired long ago: its reminder goes to those who may edit or approve the plan.
    const expired = await createPlan({ actor: committee, input: { name: "Leeds depot" } });
    await db.planVersion.create({
      data: { orgId: org.orgId, planId: expired.id, number: 1, status: "approved", snapshot: {}, hash: "0".repeat(64), contentRevision: 0, decidedAt: new Date(Date.now() - 400 * DAY_MS), approvedForDays: 365 },
    });
    await sendOrganisationReminders({ orgId: org.orgId, now: new Date() });
    await declareIncident({ actor: admin, input: { planId: plan.id, title: "Head office flooded", declaredAt: "", declaredByName: "Daniel Okafor" } });

    const roleOf = new Map(Object.values(org.actors).map((a) => [a.userId, a.role]));
    const rows = await db.notification.findMany({ where: { orgId: org.orgId }, select: { userId: true, kind: true, emailWanted: true } });
    const written = rows.map((row) => `${roleOf.get(row.userId)} ${row.kind} ${row.emailWanted ? "e-mailed" : "not e-mailed"}`).sort();
    expect(written).toEqual(
      [
        "executive approvals not e-mailed",
        // Leeds depot's approval expired (its editors and approver), and it was never tested (its editors, decision 68).
        "admin reminders e-mailed",
        "committee reminders not e-mailed",
        "executive reminders not e-mailed",
        "admin reminders e-mailed",
        "committee reminders not e-mailed",
        "committee incidents e-mailed",
        "executive incidents e-mailed",
        "auditor incidents e-mailed",
      ].sort(),
    );

    // Turning e-mail back on changes what is written from now on, not what was.
    await updateEmailPreferences({ actor: executive, input: choose({ approvals: true, reminders: false, version: 2 }) });
    expect(await db.notification.count({ where: { userId: executive.userId, kind: "approvals", emailWanted: false } })).toBe(1);
  });

  it("does not count a notification its member chose not to be e-mailed as waiting or expired in Settings → Notification e-mail", async () => {
    const org = await makeOrg();
    const base = { orgId: org.orgId, userId: org.actors.executive.userId, message: "A reminder", href: "/plans/p1/tests", kind: "reminders" as const };
    await db.notification.create({ data: base });
    await db.notification.create({ data: { ...base, createdAt: new Date(Date.now() - 2 * DAY_MS) } });
    await db.notification.create({ data: { ...base, emailWanted: false } });
    await db.notification.create({ data: { ...base, emailWanted: false, createdAt: new Date(Date.now() - 2 * DAY_MS) } });

    const delivery = await listEmailDelivery({ actor: org.actors.admin });
    expect(delivery.counts).toEqual({ sent: 0, waiting: 1, failed: 0, expired: 1 });
    expect(delivery.problemCount).toBe(0);
  });
});
