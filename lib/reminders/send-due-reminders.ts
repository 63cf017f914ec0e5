import "server-only";
import { db } from "@/lib/db/client";
import { loadSchedules } from "@/lib/exercises/load-schedules";
import { getApprovalStatuses } from "@/lib/versions/get-approval-status";
import { dueReminders, reminderKey, type DueReminder } from "@/lib/reminders/due-reminders";
import { writeNotifications } from "@/lib/notifications/notify";

/**
 * Reminds every organisation's members of what falls due (decision 66): approvals expiring or
 * expired, tests due or overdue, as early as each organisation's windows say, plans in force never
 * tested (decision 68), findings and the next management review past their day. The
 * system acts, not a member, so nothing is authorised; every query is scoped to one organisation.
 * Each reminder is recorded (Reminder) and its notifications written in one transaction per
 * organisation, only for the rows this run inserted: run again, or on several instances at once,
 * it tells nobody twice. One organisation whose reminders fail is logged and reported, and the
 * others are still reminded: a fault in one organisation's data must not silence every other's.
 */
export async function sendDueReminders({ now }: { now: Date }): Promise<DueRemindersRun> {
  const organisations = await db.organization.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } });
  const run: DueRemindersRun = { sent: 0, failed: [] };
  for (const { id, name } of organisations) {
    try {
      run.sent += await sendOrganisationReminders({ orgId: id, now });
    } catch (error) {
      console.error(`Due reminders failed for the organisation “${name}” (${id}):`, error);
      run.failed.push({ orgId: id, name });
    }
  }
  return run;
}

/** How many reminders a run sent, and the organisations whose reminders failed (none were sent for them). */
export type DueRemindersRun = { sent: number; failed: { orgId: string; name: string }[] };

/** "Due reminders: 3 sent." or, when some organisations failed, "Due reminders: 3 sent; 1 organisation failed." */
export function describeRun({ sent, failed }: DueRemindersRun): string {
  if (failed.length === 0) return `Due reminders: ${sent} sent.`;
  return `Due reminders: ${sent} sent; ${failed.length} ${failed.length === 1 ? "organisation" : "organisations"} failed.`;
}

/** One organisation's part of sendDueReminders, in its own transaction. Returns how many reminders it sent. */
export async function sendOrganisationReminders({ orgId, now }: { orgId: string; now: Date }): Promise<number> {
  const reminders = await gatherReminders(orgId, now);
  if (reminders.length === 0) return 0;
  return db.$transaction(async (tx) => {
    // A row another run inserted first is skipped (ON CONFLICT DO NOTHING) and not returned: that run tells them.
    const inserted = await tx.reminder.createManyAndReturn({
      data: reminders.map(({ subject, subjectId, dueOn, stage }) => ({ orgId, subject, subjectId, dueOn, stage })),
      skipDuplicates: true,
      select: { subject: true, subjectId: true, dueOn: true, stage: true },
    });
    const ours = new Set(inserted.map(reminderKey));
    const toSend = reminders.filter((r) => ours.has(reminderKey(r)));
    // One insert for all of them rather than notify() per reminder: a first run may send many.
    await writeNotifications(tx, {
      orgId,
      kind: "reminders",
      notes: toSend.flatMap(({ userIds, message, href, planId }) => userIds.map((userId) => ({ userId, message, href, planId }))),
    });
    return toSend.length;
  });
}

/** What falls due in one organisation, in a fixed number of queries however many plans it has. */
async function gatherReminders(orgId: string, now: Date): Promise<DueReminder[]> {
  const [org, plans, members, findings, latestReview] = await Promise.all([
    // The windows as the organisation set them today: a change applies from the next run.
    db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { approvalReminderDays: true, testReminderDays: true } }),
    db.plan.findMany({ where: { orgId, status: "active" }, select: { id: true, name: true, createdAt: true, contentRevision: true, reviewCadenceDays: true, testCadenceDays: true } }),
    db.membership.findMany({ where: { orgId }, select: { userId: true, role: true, user: { select: { email: true } } } }),
    // Only those whose day has come: isFindingOverdue (in dueReminders) decides which have passed.
    db.finding.findMany({
      where: { orgId, status: { not: "closed" }, dueOn: { lte: now }, plan: { status: "active" } },
      select: { id: true, planId: true, description: true, status: true, dueOn: true, exerciseId: true, incidentId: true, owner: { select: { email: true } } },
    }),
    // The latest held is the one whose next review date is in force, as the reviews page reads it.
    db.managementReview.findFirst({ where: { orgId }, orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }], select: { id: true, nextReviewOn: true } }),
  ]);
  const [approvals, schedules] = await Promise.all([getApprovalStatuses({ actor: { orgId }, plans, now }), loadSchedules({ orgId, plans, now })]);
  return dueReminders({
    now,
    windows: { approvalDays: org.approvalReminderDays, testDays: org.testReminderDays },
    members: members.map((m) => ({ userId: m.userId, role: m.role, email: m.user.email })),
    plans: plans.map((plan) => ({ id: plan.id, name: plan.name, createdAt: plan.createdAt, approval: approvals.get(plan.id)!, schedule: schedules.get(plan.id)! })),
    findings: findings.map(({ owner, ...finding }) => ({ ...finding, ownerEmail: owner?.email ?? null })),
    latestReview,
  });
}
