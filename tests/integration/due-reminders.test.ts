import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { sendOrganisationReminders } from "@/lib/reminders/send-due-reminders";
import { formatDay } from "@/lib/days";
import { makeOrg, type TestOrg } from "./factories";

const DAY_MS = 86_400_000;
const NOW = new Date("2027-03-10T09:00:00Z");
const daysAgo = (days: number, from = NOW) => new Date(from.getTime() - days * DAY_MS);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** An active plan whose version 1 was approved `approvedDaysAgo` and last tested `testedDaysAgo` (365-day cadences). */
async function plan(org: TestOrg, name: string, { approvedDaysAgo, testedDaysAgo }: { approvedDaysAgo: number; testedDaysAgo: number }) {
  const created = await createPlan({ actor: org.actors.committee, input: { name } });
  const scope = { orgId: org.orgId, planId: created.id };
  await db.planVersion.create({
    data: { ...scope, number: 1, status: "approved", snapshot: {}, hash: "0".repeat(64), contentRevision: 0, decidedAt: daysAgo(approvedDaysAgo), approvedForDays: 365 },
  });
  await db.exercise.create({ data: { ...scope, type: "walkthrough", title: "Walkthrough", conductedOn: daysAgo(testedDaysAgo), result: "passed" } });
  return created;
}

/** What each of the organisation's members was told, by role, in the order it was written. */
async function told(org: TestOrg) {
  const rows = await db.notification.findMany({ where: { orgId: org.orgId }, orderBy: [{ createdAt: "asc" }, { message: "asc" }], select: { userId: true, message: true, href: true } });
  const roleOf = new Map(Object.values(org.actors).map((a) => [a.userId, a.role]));
  const byRole: Record<string, { message: string; href: string }[]> = { admin: [], committee: [], executive: [], auditor: [] };
  for (const row of rows) byRole[roleOf.get(row.userId)!].push({ message: row.message, href: row.href });
  for (const list of Object.values(byRole)) list.sort((a, b) => a.message.localeCompare(b.message));
  return byRole;
}

describe("due reminders", () => {
  it("tells the members who can act of each thing falling due, once, and nothing of archived plans, closed findings or other organisations", async () => {
    const org = await makeOrg("Remind");
    const other = await makeOrg("Elsewhere");
    const scope = { orgId: org.orgId };
    // Approval expires in 25 days, next test due in 5: both soon.
    const bristol = await plan(org, "Bristol operations", { approvedDaysAgo: 340, testedDaysAgo: 360 });
    // Approval expired 35 days ago, test overdue since then.
    const leeds = await plan(org, "Leeds depot", { approvedDaysAgo: 400, testedDaysAgo: 400 });
    // …and version 2 submitted since: it awaits approval, so it is not to be submitted again.
    await db.planVersion.create({ data: { ...scope, planId: leeds.id, number: 2, status: "submitted", snapshot: {}, hash: "2".repeat(64), contentRevision: 0 } });
    const archived = await plan(org, "Old site", { approvedDaysAgo: 400, testedDaysAgo: 400 });
    await db.plan.update({ where: { id: archived.id }, data: { status: "archived", archivedAt: daysAgo(1) } });
    // The auditor owns one finding (a member, who may not close it: told with the editors); the other's owner signs in nowhere (the editors are told).
    const auditorPerson = await db.person.create({ data: { ...scope, name: "Avery Auditor", email: org.actors.auditor.email.toUpperCase() } });
    const outsider = await db.person.create({ data: { ...scope, name: "Olu Outside", email: "olu@example.test" } });
    const incident = await db.incident.create({ data: { ...scope, planId: leeds.id, title: "Depot flooded", declaredAt: daysAgo(30), declaredByName: "Ed Exec", createdById: org.actors.executive.userId } });
    const runbook = await db.finding.create({ data: { ...scope, planId: bristol.id, description: "Runbook out of date", severity: "high", ownerId: auditorPerson.id, dueOn: day("2027-03-01") } });
    await db.finding.create({ data: { ...scope, planId: leeds.id, incidentId: incident.id, description: "Move the servers upstairs", severity: "high", ownerId: outsider.id, dueOn: day("2027-03-09") } });
    // Due today (not yet passed), closed, or under an archived plan: nothing.
    await db.finding.create({ data: { ...scope, planId: bristol.id, description: "Due today", severity: "low", ownerId: outsider.id, dueOn: day("2027-03-10") } });
    await db.finding.create({ data: { ...scope, planId: bristol.id, description: "Done", severity: "low", ownerId: outsider.id, dueOn: day("2027-01-01"), status: "closed" } });
    await db.finding.create({ data: { ...scope, planId: archived.id, description: "Archived", severity: "low", ownerId: outsider.id, dueOn: day("2027-01-01") } });
    // An earlier review's next date was superseded by the latest review's, which has passed.
    await db.managementReview.create({ data: { ...scope, heldOn: day("2026-01-10"), attendees: "Board", inputs: {}, recordedById: org.actors.admin.userId, nextReviewOn: day("2026-06-01") } });
    const review = await db.managementReview.create({ data: { ...scope, heldOn: day("2026-09-10"), attendees: "Board", inputs: {}, recordedById: org.actors.admin.userId, nextReviewOn: day("2027-03-05") } });
    await plan(other, "Elsewhere HQ", { approvedDaysAgo: 400, testedDaysAgo: 100 });

    await sendOrganisationReminders({ orgId: org.orgId, now: NOW });

    const bristolExpiry = new Date(daysAgo(340).getTime() + 365 * DAY_MS);
    const leedsExpiry = new Date(daysAgo(400).getTime() + 365 * DAY_MS);
    const approval = [
      { message: `Bristol operations: Version 1's approval holds until ${formatDay(bristolExpiry)}. Submit the plan for approval again before then.`, href: `/plans/${bristol.id}/approval` },
      { message: `Leeds depot: Version 1's approval expired on ${formatDay(leedsExpiry)}. Version 2 awaits approval.`, href: `/plans/${leeds.id}/approval` },
    ];
    const tests = [
      { message: `Bristol operations: the next test is due on ${formatDay(new Date(daysAgo(360).getTime() + 365 * DAY_MS))}. Run a test and record it before then.`, href: `/plans/${bristol.id}/tests` },
      { message: `Leeds depot: a test was due on ${formatDay(leedsExpiry)}. Run a test and record it.`, href: `/plans/${leeds.id}/tests` },
    ];
    const corrective = {
      message: "Leeds depot: the corrective action “Move the servers upstairs” was due on 9 Mar 2027. Close it, or agree a new due day and record it.",
      href: `/plans/${leeds.id}/incidents/${incident.id}#corrective-actions-heading`,
    };
    const reviewDue = { message: "The next management review was due on 5 Mar 2027. Hold it and record it.", href: "/reviews/new" };
    const runbookDue = { message: "Bristol operations: the finding “Runbook out of date” was due on 1 Mar 2027. Close it, or agree a new due day and record it.", href: `/plans/${bristol.id}/tests` };
    const sorted = (list: { message: string; href: string }[]) => [...list].sort((a, b) => a.message.localeCompare(b.message));
    expect(await told(org)).toEqual({
      admin: sorted([...approval, ...tests, corrective, reviewDue, runbookDue]),
      committee: sorted([...approval, ...tests, corrective, runbookDue]),
      executive: sorted([...approval, reviewDue]),
      auditor: [runbookDue],
    });
    expect(await db.reminder.findMany({ where: { orgId: org.orgId }, orderBy: [{ subject: "asc" }, { subjectId: "asc" }], select: { subject: true, subjectId: true, dueOn: true, stage: true } })).toEqual(
      expect.arrayContaining([
        { subject: "finding", subjectId: runbook.id, dueOn: day("2027-03-01"), stage: "overdue" },
        { subject: "review", subjectId: review.id, dueOn: day("2027-03-05"), stage: "overdue" },
      ]),
    );
    expect(await db.reminder.count({ where: { orgId: org.orgId } })).toBe(7);
    // The other organisation's run tells its members of its own plan only.
    await sendOrganisationReminders({ orgId: other.orgId, now: NOW });
    expect((await told(other)).committee.map((n) => n.message)).toEqual([expect.stringMatching(/^Elsewhere HQ: Version 1's approval expired on/)]);

    // A second run tells nobody again; the next day's only of the finding due today, now passed.
    // (Counted in this organisation: other files write notifications into the same database meanwhile.)
    const notifications = () => db.notification.count({ where: { orgId: org.orgId } });
    const before = await notifications();
    expect(await sendOrganisationReminders({ orgId: org.orgId, now: NOW })).toBe(0);
    expect(await notifications()).toBe(before);
    expect(await sendOrganisationReminders({ orgId: org.orgId, now: new Date(NOW.getTime() + DAY_MS) })).toBe(1);
    expect((await db.notification.findMany({ where: { orgId: org.orgId }, orderBy: { createdAt: "desc" }, take: 1 }))[0].message).toMatch(/^Bristol operations: the finding “Due today” was due on 10 Mar 2027\./);
  });

  it("tells again when a due day moves or a reminder's day comes round again, and once for two runs at the same time", async () => {
    const org = await makeOrg("Again");
    const p = await plan(org, "Cardiff office", { approvedDaysAgo: 10, testedDaysAgo: 10 });
    const finding = await db.finding.create({ data: { orgId: org.orgId, planId: p.id, description: "Backups untested", severity: "medium", dueOn: day("2027-03-01") } });
    await Promise.all([sendOrganisationReminders({ orgId: org.orgId, now: NOW }), sendOrganisationReminders({ orgId: org.orgId, now: NOW })]);
    expect(await db.reminder.count({ where: { orgId: org.orgId } })).toBe(1);
    const committee = () => db.notification.findMany({ where: { userId: org.actors.committee.userId }, orderBy: { createdAt: "asc" }, select: { message: true } });
    expect(await committee()).toEqual([{ message: "Cardiff office: the finding “Backups untested” was due on 1 Mar 2027. Close it, or agree a new due day and record it." }]);

    // A new due day, passed in its turn: reminded of again.
    await db.finding.update({ where: { id: finding.id }, data: { dueOn: day("2027-03-20") } });
    await sendOrganisationReminders({ orgId: org.orgId, now: NOW });
    expect(await committee()).toHaveLength(1);
    await sendOrganisationReminders({ orgId: org.orgId, now: new Date("2027-03-21T09:00:00Z") });
    expect((await committee()).map((n) => n.message)).toEqual([
      "Cardiff office: the finding “Backups untested” was due on 1 Mar 2027. Close it, or agree a new due day and record it.",
      "Cardiff office: the finding “Backups untested” was due on 20 Mar 2027. Close it, or agree a new due day and record it.",
    ]);

    // The approval: 30 days before it expires, then once it has; a new approval starts over.
    const decided = daysAgo(10);
    const expiry = new Date(decided.getTime() + 365 * DAY_MS);
    const approvalNotes = async () => (await committee()).map((n) => n.message).filter((m) => m.includes("approval"));
    await Promise.all([sendOrganisationReminders({ orgId: org.orgId, now: daysAgo(29, expiry) }), sendOrganisationReminders({ orgId: org.orgId, now: daysAgo(29, expiry) })]);
    await sendOrganisationReminders({ orgId: org.orgId, now: daysAgo(20, expiry) });
    expect(await approvalNotes()).toEqual([`Cardiff office: Version 1's approval holds until ${formatDay(expiry)}. Submit the plan for approval again before then.`]);
    await sendOrganisationReminders({ orgId: org.orgId, now: new Date(expiry.getTime() + DAY_MS) });
    await db.planVersion.create({
      data: { orgId: org.orgId, planId: p.id, number: 2, status: "approved", snapshot: {}, hash: "1".repeat(64), contentRevision: 0, decidedAt: new Date(expiry.getTime() + 2 * DAY_MS), approvedForDays: 365 },
    });
    await db.planVersion.update({ where: { planId_number: { planId: p.id, number: 1 } }, data: { status: "superseded" } });
    const renewed = new Date(expiry.getTime() + 367 * DAY_MS);
    await sendOrganisationReminders({ orgId: org.orgId, now: daysAgo(10, renewed) });
    expect(await approvalNotes()).toEqual([
      `Cardiff office: Version 1's approval holds until ${formatDay(expiry)}. Submit the plan for approval again before then.`,
      `Cardiff office: Version 1's approval expired on ${formatDay(expiry)}. Submit the plan for approval again.`,
      `Cardiff office: Version 2's approval holds until ${formatDay(renewed)}. Submit the plan for approval again before then.`,
    ]);
    // Each reminder is one row, however many runs there were; the test, due the day the approval expired, only overdue.
    expect(await db.reminder.groupBy({ by: ["subject", "stage"], where: { orgId: org.orgId }, _count: { _all: true }, orderBy: [{ subject: "asc" }, { stage: "asc" }] })).toEqual([
      { subject: "approval", stage: "soon", _count: { _all: 2 } },
      { subject: "approval", stage: "overdue", _count: { _all: 1 } },
      { subject: "test", stage: "overdue", _count: { _all: 1 } },
      { subject: "finding", stage: "overdue", _count: { _all: 2 } },
    ]);
  });
});
