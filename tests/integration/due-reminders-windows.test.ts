import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { sendOrganisationReminders } from "@/lib/reminders/send-due-reminders";
import { updateReminderSettings } from "@/lib/settings/update-reminder-settings";
import { formatDay } from "@/lib/days";
import { makeOrg, type TestOrg } from "./factories";

const DAY_MS = 86_400_000;
const NOW = new Date("2027-03-10T09:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
const dayOf = (date: Date) => new Date(`${date.toISOString().slice(0, 10)}T00:00:00Z`);

/** An active plan whose version 1 was approved `approvedDaysAgo` (365-day cadence), tested yesterday unless `tested` is false. */
async function plan(org: TestOrg, name: string, { approvedDaysAgo, tested = true }: { approvedDaysAgo: number | null; tested?: boolean }) {
  const created = await createPlan({ actor: org.actors.committee, input: { name } });
  const scope = { orgId: org.orgId, planId: created.id };
  if (approvedDaysAgo !== null) {
    await db.planVersion.create({
      data: { ...scope, number: 1, status: "approved", snapshot: {}, hash: "0".repeat(64), contentRevision: 0, decidedAt: daysAgo(approvedDaysAgo), approvedForDays: 365 },
    });
  }
  if (tested) await db.exercise.create({ data: { ...scope, type: "walkthrough", title: "Walkthrough", conductedOn: daysAgo(1), result: "passed" } });
  return created;
}

const messagesTo = async (userId: string) => (await db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { message: true } })).map((n) => n.message);

describe("due reminders with the organisation's windows (decision 68)", () => {
  it("reminds of an approval 45 days from expiry when the organisation's window is 60 days, not with the default 30", async () => {
    const wide = await makeOrg("Wide window");
    const usual = await makeOrg("Usual window");
    await updateReminderSettings({ actor: wide.actors.admin, input: { approvalReminderDays: "60", testReminderDays: "14", version: "1" } });
    // Approved 320 days ago for 365: it expires in 45 days.
    await plan(wide, "Bristol operations", { approvedDaysAgo: 320 });
    await plan(usual, "Bristol operations", { approvedDaysAgo: 320 });
    const expiry = formatDay(new Date(daysAgo(320).getTime() + 365 * DAY_MS));

    expect(await sendOrganisationReminders({ orgId: wide.orgId, now: NOW })).toBe(1);
    expect(await sendOrganisationReminders({ orgId: usual.orgId, now: NOW })).toBe(0);
    expect(await messagesTo(wide.actors.executive.userId)).toEqual([`Bristol operations: Version 1's approval holds until ${expiry}. Submit the plan for approval again before then.`]);
    expect(await messagesTo(usual.actors.executive.userId)).toEqual([]);
  });

  it("reminds a test as early as the organisation's test window says", async () => {
    const org = await makeOrg("Test window");
    await updateReminderSettings({ actor: org.actors.admin, input: { approvalReminderDays: "30", testReminderDays: "30", version: "1" } });
    const p = await plan(org, "Leeds depot", { approvedDaysAgo: 1, tested: false });
    // Tested 340 days ago on a 365-day cadence: due in 25 days, past the default 14 but within 30.
    await db.exercise.create({ data: { orgId: org.orgId, planId: p.id, type: "walkthrough", title: "Walkthrough", conductedOn: daysAgo(340), result: "passed" } });
    expect(await sendOrganisationReminders({ orgId: org.orgId, now: NOW })).toBe(1);
    const due = formatDay(new Date(daysAgo(340).getTime() + 365 * DAY_MS));
    expect(await messagesTo(org.actors.committee.userId)).toEqual([`Leeds depot: the next test is due on ${due}. Run a test and record it before then.`]);
  });

  it("tells the editors of a plan in force never tested once, not on the next run nor after a new approval, and nothing of a draft", async () => {
    const org = await makeOrg("Never tested");
    const untested = await plan(org, "Cardiff office", { approvedDaysAgo: 10, tested: false });
    await plan(org, "Draft plan", { approvedDaysAgo: null, tested: false });
    await plan(org, "Tested plan", { approvedDaysAgo: 10 });
    const message = "Cardiff office: the plan has never been tested. Run a test and record it.";

    expect(await sendOrganisationReminders({ orgId: org.orgId, now: NOW })).toBe(1);
    expect(await messagesTo(org.actors.committee.userId)).toEqual([message]);
    expect(await messagesTo(org.actors.admin.userId)).toEqual([message]);
    expect(await messagesTo(org.actors.executive.userId)).toEqual([]);
    const { createdAt } = await db.plan.findUniqueOrThrow({ where: { id: untested.id }, select: { createdAt: true } });
    expect(await db.reminder.findMany({ where: { orgId: org.orgId }, select: { subject: true, subjectId: true, dueOn: true, stage: true } })).toEqual([
      { subject: "test", subjectId: untested.id, dueOn: dayOf(createdAt), stage: "never" },
    ]);
    const link = await db.notification.findFirstOrThrow({ where: { userId: org.actors.committee.userId }, select: { href: true, planId: true } });
    expect(link).toEqual({ href: `/plans/${untested.id}/tests`, planId: untested.id });

    // The next run, a month on, and after a new approval: the plan is still never tested, and nobody is told again.
    expect(await sendOrganisationReminders({ orgId: org.orgId, now: NOW })).toBe(0);
    await db.planVersion.update({ where: { planId_number: { planId: untested.id, number: 1 } }, data: { status: "superseded" } });
    await db.planVersion.create({
      data: { orgId: org.orgId, planId: untested.id, number: 2, status: "approved", snapshot: {}, hash: "1".repeat(64), contentRevision: 0, decidedAt: NOW, approvedForDays: 365 },
    });
    expect(await sendOrganisationReminders({ orgId: org.orgId, now: new Date(NOW.getTime() + 30 * DAY_MS) })).toBe(0);
    expect(await messagesTo(org.actors.committee.userId)).toEqual([message]);
    expect(await db.reminder.count({ where: { orgId: org.orgId } })).toBe(1);
  });
});
