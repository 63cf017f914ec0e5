import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getReminderSettings } from "@/lib/settings/get-reminder-settings";
import { updateReminderSettings } from "@/lib/settings/update-reminder-settings";
import { failure, makeOrg, refused } from "./factories";

const settingsOf = (orgId: string) =>
  db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { approvalReminderDays: true, testReminderDays: true, reminderSettingsVersion: true } });
const audits = (orgId: string) => db.auditLog.findMany({ where: { orgId, action: "org.reminder_windows_changed" }, orderBy: { createdAt: "asc" } });

describe("the reminder windows setting (decision 68)", () => {
  it("starts at 30 and 14 days, is saved by an administrator, read back and audited; the same windows again write nothing", async () => {
    const { orgId, actors } = await makeOrg("Windows");
    expect(await getReminderSettings({ actor: actors.admin })).toEqual({ approvalReminderDays: 30, testReminderDays: 14, version: 1 });
    const saved = await updateReminderSettings({ actor: actors.admin, input: { approvalReminderDays: " 60 ", testReminderDays: "7", version: "1" } });
    expect(saved).toEqual({ approvalReminderDays: 60, testReminderDays: 7, version: 2, changed: true });
    expect(await getReminderSettings({ actor: actors.admin })).toEqual({ approvalReminderDays: 60, testReminderDays: 7, version: 2 });
    const [audit] = await audits(orgId);
    expect(audit).toMatchObject({
      actorId: actors.admin.userId,
      entityType: "organization",
      entityId: orgId,
      planId: null,
      before: { approvalReminderDays: 30, testReminderDays: 14 },
      after: { approvalReminderDays: 60, testReminderDays: 7 },
    });
    expect(await updateReminderSettings({ actor: actors.admin, input: { approvalReminderDays: "60", testReminderDays: "7", version: "2" } })).toMatchObject({ changed: false, version: 2 });
    expect(await audits(orgId)).toHaveLength(1);
    expect(await settingsOf(orgId)).toEqual({ approvalReminderDays: 60, testReminderDays: 7, reminderSettingsVersion: 2 });
  });

  it("refuses a window out of bounds, not whole, not plain digits or missing, naming the field, and changes nothing", async () => {
    const { orgId, actors } = await makeOrg("Windows");
    const attempt = (approvalReminderDays: unknown, testReminderDays: unknown) =>
      failure(updateReminderSettings({ actor: actors.admin, input: { approvalReminderDays, testReminderDays, version: "1" } }));
    const approvalMessage = "Days before an approval expires: enter a whole number of days from 7 to 90.";
    const testMessage = "Days before a test is due: enter a whole number of days from 1 to 60.";
    expect(await attempt("6", "61")).toMatchObject({ code: "VALIDATION", fieldErrors: { approvalReminderDays: approvalMessage, testReminderDays: testMessage } });
    expect(await attempt("91", "0")).toMatchObject({ fieldErrors: { approvalReminderDays: approvalMessage, testReminderDays: testMessage } });
    expect(await attempt("30.5", "14")).toMatchObject({ fieldErrors: { approvalReminderDays: approvalMessage } });
    expect(await attempt("", "14")).toMatchObject({ fieldErrors: { approvalReminderDays: approvalMessage } });
    expect(await attempt("30", "1e1")).toMatchObject({ fieldErrors: { testReminderDays: "Days before a test is due: write it as plain digits, e.g. 60 or 1.5." } });
    expect(await settingsOf(orgId)).toEqual({ approvalReminderDays: 30, testReminderDays: 14, reminderSettingsVersion: 1 });
    expect(await audits(orgId)).toHaveLength(0);
  });

  it("refuses a save started before someone else's, saying what they changed", async () => {
    const { orgId, actors } = await makeOrg("Windows");
    await updateReminderSettings({ actor: actors.admin, input: { approvalReminderDays: "45", testReminderDays: "14", version: "1" } });
    const stale = await refused(updateReminderSettings({ actor: actors.admin, input: { approvalReminderDays: "30", testReminderDays: "21", version: "1" } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.conflict).toMatchObject({
      version: 2,
      by: actors.admin.name,
      changes: [{ field: "approvalReminderDays", label: "Days before an approval expires", from: "30 days", to: "45 days" }],
    });
    expect(await settingsOf(orgId)).toEqual({ approvalReminderDays: 45, testReminderDays: 14, reminderSettingsVersion: 2 });
  });

  it("is read and changed only by the organisation's own administrators", async () => {
    const own = await makeOrg("Windows");
    const other = await makeOrg("Other");
    for (const role of ["committee", "executive", "auditor"] as const) {
      expect((await failure(getReminderSettings({ actor: own.actors[role] }))).code).toBe("FORBIDDEN");
      expect((await failure(updateReminderSettings({ actor: own.actors[role], input: { approvalReminderDays: "60", testReminderDays: "7", version: "1" } }))).code).toBe("FORBIDDEN");
    }
    await updateReminderSettings({ actor: other.actors.admin, input: { approvalReminderDays: "60", testReminderDays: "7", version: "1" } });
    expect(await settingsOf(own.orgId)).toEqual({ approvalReminderDays: 30, testReminderDays: 14, reminderSettingsVersion: 1 });
    expect(await settingsOf(other.orgId)).toEqual({ approvalReminderDays: 60, testReminderDays: 7, reminderSettingsVersion: 2 });
    expect(await audits(own.orgId)).toHaveLength(0);
  });

  it("keeps the windows within their bounds in the database too", async () => {
    const { orgId } = await makeOrg("Windows");
    await expect(db.organization.update({ where: { id: orgId }, data: { approvalReminderDays: 365 } })).rejects.toThrow(/Organization_reminder_windows_check/);
    expect(await settingsOf(orgId)).toEqual({ approvalReminderDays: 30, testReminderDays: 14, reminderSettingsVersion: 1 });
  });
});
