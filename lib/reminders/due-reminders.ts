/**
 * What falls due in an organisation, and whom to remind of it (decision 66), as early as its
 * reminder windows say, and the plans in force never tested (decision 68). Pure, with `now` and
 * the windows passed in: the rules are the pages' own (the approval status, the test schedule, a
 * finding's and the next review's overdue rule); this only decides when a reminder is due, to
 * whom, in what words.
 */
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { approvalTerm, type ApprovalStatus } from "@/lib/versions/approval-status";
import { isFindingOverdue, type Schedule } from "@/lib/exercises/schedule";
import { counted, scenarioNames } from "@/lib/exercises/schedule-words";
import { findingSourceHref } from "@/lib/findings/finding-source";
import { nextReviewOverdue } from "@/lib/reviews/review-inputs";
import { dayValue, DAY_MS, formatDay } from "@/lib/days";
import type { ReminderWindows } from "@/lib/settings/reminder-windows";

export type ReminderSubject = "approval" | "test" | "finding" | "review";
/** never: a plan, or some of its scenarios, never tested (decision 68); told once per plan. */
export type ReminderStage = "soon" | "overdue" | "never";

export type DueReminder = {
  subject: ReminderSubject;
  /** The plan (approval, test), the finding or the management review. */
  subjectId: string;
  /** The due day as midnight UTC, as a date column holds it: a new due day is a new reminder. */
  dueOn: Date;
  stage: ReminderStage;
  userIds: string[];
  message: string;
  href: string;
  planId?: string;
};

export type ReminderInput = {
  now: Date;
  /** How long before an approval expires and a test is due the organisation wants to be told (its settings). */
  windows: ReminderWindows;
  members: { userId: string; role: Role; email: string }[];
  /** The organisation's active plans, each with its approval status and test schedule at `now`. */
  plans: { id: string; name: string; createdAt: Date; approval: ApprovalStatus; schedule: Schedule }[];
  /** Open findings of those plans; the owner's e-mail address as the People register has it. */
  findings: { id: string; planId: string; description: string; status: string; dueOn: Date | null; exerciseId: string | null; incidentId: string | null; ownerEmail: string | null }[];
  /** The latest management review held, whose next review date is the one in force. */
  latestReview: { id: string; nextReviewOn: Date | null } | null;
};

/** The day an instant falls on, as midnight UTC. */
const dayOf = (date: Date) => new Date(dayValue(date));

/** A key that tells one reminder from another, as the table's unique constraint does. */
export function reminderKey({ subject, subjectId, dueOn, stage }: Pick<DueReminder, "subject" | "subjectId" | "dueOn" | "stage">): string {
  return `${subject}:${subjectId}:${dayValue(dueOn)}:${stage}`;
}

/** The members whose role may do any of `permissions` (the permission table, never role names). */
function holding(members: ReminderInput["members"], ...permissions: Permission[]): string[] {
  return members.filter((m) => permissions.some((p) => can(m.role, p))).map((m) => m.userId);
}

function approvalReminder(plan: ReminderInput["plans"][number], now: Date, windowDays: number, userIds: string[]): DueReminder | null {
  const approved = plan.approval.approved;
  if (!approved) return null;
  const soon = approved.expiresAt.getTime() - now.getTime() <= windowDays * DAY_MS;
  if (!plan.approval.expired && !soon) return null;
  const term = approvalTerm({ number: approved.number, expiresAt: approved.expiresAt, now });
  // A version already submitted is not to be submitted again: the approval page says it awaits approval, and so does this.
  const { pending } = plan.approval;
  const ask = pending
    ? `Version ${pending.number} awaits approval.`
    : plan.approval.expired ? "Submit the plan for approval again." : "Submit the plan for approval again before then.";
  return {
    subject: "approval",
    subjectId: plan.id,
    dueOn: dayOf(approved.expiresAt),
    stage: plan.approval.expired ? "overdue" : "soon",
    userIds,
    message: `${plan.name}: ${term} ${ask}`,
    href: `/plans/${plan.id}/approval`,
    planId: plan.id,
  };
}

/**
 * A plan never tested (or with a scenario never tested) is due now but on no day, so it has no
 * "soon" reminder; it is told once (neverTestedReminder). A passed day is still overdue.
 */
function testReminder(plan: ReminderInput["plans"][number], windowDays: number, userIds: string[]): DueReminder | null {
  const { due } = plan.schedule;
  const base = { subject: "test" as const, subjectId: plan.id, userIds, href: `/plans/${plan.id}/tests`, planId: plan.id };
  if (due.overdueSince) {
    return { ...base, dueOn: dayOf(due.overdueSince), stage: "overdue", message: `${plan.name}: a test was due on ${formatDay(due.overdueSince)}. Run a test and record it.` };
  }
  if (!due.on || due.daysUntil === null || due.daysUntil > windowDays) return null;
  const which = due.first.length ? ` for ${scenarioNames(due.first)}` : "";
  return { ...base, dueOn: dayOf(due.on), stage: "soon", message: `${plan.name}: the next test is due on ${formatDay(due.on)}${which}. Run a test and record it before then.` };
}

/**
 * A plan in force (approved, even if that approval has since expired) that was never tested, or
 * some of whose scenarios never were, in the Tests page's words. Once per plan, ever: keyed on the
 * day the plan was created, which never moves, so neither a new approval nor a new scenario tells
 * anyone again; the Tests page and the plan list keep saying it. A draft is still being written,
 * and is not told until it is approved.
 */
function neverTestedReminder(plan: ReminderInput["plans"][number], userIds: string[]): DueReminder | null {
  const { schedule } = plan;
  const untested = schedule.due.neverTested;
  if (!plan.approval.approved || (schedule.status !== "never" && untested.length === 0)) return null;
  const what = schedule.status === "never" ? "the plan has never been tested" : counted(untested, "never tested");
  return {
    subject: "test",
    subjectId: plan.id,
    dueOn: dayOf(plan.createdAt),
    stage: "never",
    userIds,
    message: `${plan.name}: ${what}. Run a test and record it.`,
    href: `/plans/${plan.id}/tests`,
    planId: plan.id,
  };
}

/**
 * The owner when the People register's address is a member's (as sponsors are matched), else the
 * plan's editors. An owner who may not edit the plan (an executive, an auditor) cannot close the
 * finding or move its due day, so the editors, who record either, are told beside them.
 */
function findingReminder(finding: ReminderInput["findings"][number], plan: ReminderInput["plans"][number], members: ReminderInput["members"], editors: string[]): DueReminder {
  const email = finding.ownerEmail?.trim().toLowerCase();
  const owner = email ? members.find((m) => m.email.trim().toLowerCase() === email) : undefined;
  const userIds = !owner ? editors : can(owner.role, "plan:edit") ? [owner.userId] : [owner.userId, ...editors];
  const what = finding.incidentId ? "corrective action" : "finding";
  const dueOn = finding.dueOn as Date;
  return {
    subject: "finding",
    subjectId: finding.id,
    dueOn,
    stage: "overdue",
    userIds,
    message: `${plan.name}: the ${what} “${finding.description}” was due on ${formatDay(dueOn)}. Close it, or agree a new due day and record it.`,
    href: findingSourceHref(plan.id, finding),
    planId: plan.id,
  };
}

export function dueReminders({ now, windows, members, plans, findings, latestReview }: ReminderInput): DueReminder[] {
  const editors = holding(members, "plan:edit");
  const editorsAndApprovers = holding(members, "plan:edit", "plan:approve");
  const planOf = new Map(plans.map((plan) => [plan.id, plan]));
  const reminders: (DueReminder | null)[] = [
    ...plans.flatMap((plan) => [
      approvalReminder(plan, now, windows.approvalDays, editorsAndApprovers),
      testReminder(plan, windows.testDays, editors),
      neverTestedReminder(plan, editors),
    ]),
    ...findings.filter((f) => planOf.has(f.planId) && isFindingOverdue(f, now)).map((f) => findingReminder(f, planOf.get(f.planId)!, members, editors)),
  ];
  if (latestReview?.nextReviewOn && nextReviewOverdue(latestReview, now)) {
    reminders.push({
      subject: "review",
      subjectId: latestReview.id,
      dueOn: latestReview.nextReviewOn,
      stage: "overdue",
      userIds: holding(members, "review:record"),
      message: `The next management review was due on ${formatDay(latestReview.nextReviewOn)}. Hold it and record it.`,
      href: "/reviews/new",
    });
  }
  // Sorted, so that concurrent runs insert their rows in the same order and never deadlock.
  return reminders
    .filter((r): r is DueReminder => r !== null && r.userIds.length > 0)
    .sort((a, b) => reminderKey(a).localeCompare(reminderKey(b)));
}
