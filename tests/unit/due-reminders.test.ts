import { describe, expect, it } from "vitest";
import { approvalStatus } from "@/lib/versions/approval-status";
import { testSchedule } from "@/lib/exercises/schedule";
import { dueReminders, reminderKey, type ReminderInput } from "@/lib/reminders/due-reminders";
import type { ReminderWindows } from "@/lib/settings/reminder-windows";

const DAY_MS = 86_400_000;
const now = new Date("2027-03-10T09:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);

const members: ReminderInput["members"] = [
  { userId: "admin", role: "admin", email: "ada@example.test" },
  { userId: "committee", role: "committee", email: "cy@example.test" },
  { userId: "executive", role: "executive", email: "eve@example.test" },
  { userId: "auditor", role: "auditor", email: "Aud@Example.test" },
];

/** A plan approved and tested the given days ago, on 365-day cadences; scenarios never tested when asked. */
function plan({
  approvedDaysAgo,
  testedDaysAgo,
  untestedScenario = false,
  untestedScenarios = untestedScenario ? ["Ransomware"] : [],
  submitted = false,
}: {
  approvedDaysAgo: number | null;
  testedDaysAgo: number | null;
  untestedScenario?: boolean;
  untestedScenarios?: string[];
  submitted?: boolean;
}) {
  const pending = submitted ? [{ number: 3, status: "submitted" as const, contentRevision: 2, decidedAt: null, approvedForDays: null }] : [];
  return {
    id: "p1",
    name: "Bristol operations",
    createdAt: new Date("2025-10-26T14:30:00Z"),
    approval: approvalStatus({
      versions: [...(approvedDaysAgo === null ? [] : [{ number: 2, status: "approved" as const, contentRevision: 1, decidedAt: ago(approvedDaysAgo), approvedForDays: 365 }]), ...pending],
      contentRevision: 1,
      reviewCadenceDays: 365,
      now,
    }),
    schedule: testSchedule({
      cadenceDays: 365,
      exercises: testedDaysAgo === null ? [] : [{ conductedOn: ago(testedDaysAgo), scenarioIds: [] }],
      scenarios: untestedScenarios.map((name, index) => ({ id: `s${index + 1}`, key: name.toLowerCase(), name })),
      now,
    }),
  };
}

/** The windows' column defaults (prisma/migrations/20261209100000_reminder_windows). */
const DEFAULT_REMINDER_WINDOWS: ReminderWindows = { approvalDays: 30, testDays: 14 };
const remind = (input: Partial<ReminderInput>) => dueReminders({ now, windows: DEFAULT_REMINDER_WINDOWS, members, plans: [], findings: [], latestReview: null, ...input });
const stages = (input: Partial<ReminderInput>) => remind(input).map((r) => `${r.subject}:${r.stage}:${r.dueOn.toISOString().slice(0, 10)}`);

describe("what falls due and whom to remind", () => {
  it("reminds of an approval from 30 days before it expires, and again once expired, on the day it expires", () => {
    expect(stages({ plans: [plan({ approvedDaysAgo: 334, testedDaysAgo: 1 })] })).toEqual([]);
    expect(stages({ plans: [plan({ approvedDaysAgo: 335, testedDaysAgo: 1 })] })).toEqual(["approval:soon:2027-04-09"]);
    expect(stages({ plans: [plan({ approvedDaysAgo: 366, testedDaysAgo: 1 })] })).toEqual(["approval:overdue:2027-03-09"]);
    expect(stages({ plans: [plan({ approvedDaysAgo: null, testedDaysAgo: 1 })] })).toEqual([]);
    const [approval] = remind({ plans: [plan({ approvedDaysAgo: 340, testedDaysAgo: 1 })] });
    expect(approval).toMatchObject({
      userIds: ["admin", "committee", "executive"],
      message: "Bristol operations: Version 2's approval holds until 4 Apr 2027. Submit the plan for approval again before then.",
      href: "/plans/p1/approval",
      planId: "p1",
    });
  });

  it("does not ask for the plan to be submitted again while a version awaits approval", () => {
    const messages = (approvedDaysAgo: number) => remind({ plans: [plan({ approvedDaysAgo, testedDaysAgo: 1, submitted: true })] }).map((r) => r.message);
    expect(messages(340)).toEqual(["Bristol operations: Version 2's approval holds until 4 Apr 2027. Version 3 awaits approval."]);
    expect(messages(366)).toEqual(["Bristol operations: Version 2's approval expired on 9 Mar 2027. Version 3 awaits approval."]);
    // Never approved: nothing expires, so nothing to remind of while it awaits its first approval.
    expect(remind({ plans: [plan({ approvedDaysAgo: null, testedDaysAgo: 1, submitted: true })] })).toEqual([]);
  });

  it("reminds the editors of a test from 14 days before it is due and once overdue", () => {
    expect(stages({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 350 })] })).toEqual([]);
    expect(stages({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 351 })] })).toEqual(["test:soon:2027-03-24"]);
    expect(stages({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 370 })] })).toEqual(["test:overdue:2027-03-05"]);
    // A scenario never tested puts no day on the next test (it is told once as never tested); the plan's own passed day still counts.
    expect(stages({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 351, untestedScenario: true })] })).toEqual(["test:never:2025-10-26"]);
    expect(stages({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 370, untestedScenario: true })] })).toEqual(["test:never:2025-10-26", "test:overdue:2027-03-05"]);
    const [test] = remind({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 370 })] });
    expect(test).toMatchObject({ userIds: ["admin", "committee"], message: "Bristol operations: a test was due on 5 Mar 2027. Run a test and record it.", href: "/plans/p1/tests" });
  });

  it("reminds as early as the organisation's windows say, counting the same way as the defaults", () => {
    const windows = { approvalDays: 60, testDays: 3 };
    // The approval expires in 45 days: within 60, not within the default 30.
    expect(stages({ plans: [plan({ approvedDaysAgo: 320, testedDaysAgo: 1 })] })).toEqual([]);
    expect(stages({ windows, plans: [plan({ approvedDaysAgo: 320, testedDaysAgo: 1 })] })).toEqual(["approval:soon:2027-04-24"]);
    expect(stages({ windows, plans: [plan({ approvedDaysAgo: 304, testedDaysAgo: 1 })] })).toEqual([]);
    expect(stages({ windows, plans: [plan({ approvedDaysAgo: 305, testedDaysAgo: 1 })] })).toEqual(["approval:soon:2027-05-09"]);
    // The test is due in 5 days: within the default 14, not within 3; 3 days before it is.
    expect(stages({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 360 })] })).toEqual(["test:soon:2027-03-15"]);
    expect(stages({ windows, plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 360 })] })).toEqual([]);
    expect(stages({ windows, plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 362 })] })).toEqual(["test:soon:2027-03-13"]);
    // Once expired or overdue, a window changes nothing.
    expect(stages({ windows, plans: [plan({ approvedDaysAgo: 366, testedDaysAgo: 370 })] })).toEqual(["approval:overdue:2027-03-09", "test:overdue:2027-03-05"]);
  });

  it("tells the editors once, keyed on the plan's creation day, of a plan in force never tested, or its scenarios never tested, in the Tests page's words", () => {
    const [never] = remind({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: null, untestedScenarios: ["Ransomware", "Flood"] })] });
    expect(never).toEqual({
      subject: "test",
      subjectId: "p1",
      dueOn: new Date("2025-10-26T00:00:00Z"),
      stage: "never",
      userIds: ["admin", "committee"],
      message: "Bristol operations: the plan has never been tested. Run a test and record it.",
      href: "/plans/p1/tests",
      planId: "p1",
    });
    // Its approval expired: still in force as far as testing goes, and still never tested.
    expect(stages({ plans: [plan({ approvedDaysAgo: 400, testedDaysAgo: null })] })).toEqual(["approval:overdue:2027-02-03", "test:never:2025-10-26"]);
    // A draft is still being written: nothing until it is approved.
    expect(stages({ plans: [plan({ approvedDaysAgo: null, testedDaysAgo: null })] })).toEqual([]);
    expect(stages({ plans: [plan({ approvedDaysAgo: null, testedDaysAgo: 1, untestedScenario: true })] })).toEqual([]);
    // Tested, but not against some of its scenarios: one reminder naming them, or counting them when many.
    const scenarios = (untestedScenarios: string[]) => remind({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 1, untestedScenarios })] }).map((r) => r.message);
    expect(scenarios(["Ransomware"])).toEqual(["Bristol operations: 1 scenario never tested (Ransomware). Run a test and record it."]);
    expect(scenarios(["Ransomware", "Flood"])).toEqual(["Bristol operations: 2 scenarios never tested (Ransomware, Flood). Run a test and record it."]);
    expect(scenarios(["Ransomware", "Flood", "Pandemic"])).toEqual(["Bristol operations: 3 scenarios never tested. Run a test and record it."]);
    // The same key whichever it is, however often it runs: the table keeps it to one.
    const keys = (input: Parameters<typeof plan>[0]) => remind({ plans: [plan(input)] }).map(reminderKey);
    expect(keys({ approvedDaysAgo: 1, testedDaysAgo: null })).toEqual(["test:p1:2025-10-26:never"]);
    expect(keys({ approvedDaysAgo: 1, testedDaysAgo: 1, untestedScenario: true })).toEqual(["test:p1:2025-10-26:never"]);
    expect(keys({ approvedDaysAgo: 1, testedDaysAgo: 1 })).toEqual([]);
  });

  it("tells a finding's owner when a member has their address, whatever its case, with the editors when the owner may not edit, else the editors alone, once its day has passed", () => {
    const finding = { id: "f1", planId: "p1", description: "Runbook out of date", status: "open", dueOn: new Date("2027-03-09T00:00:00Z"), exerciseId: "e1", incidentId: null };
    const plans = [plan({ approvedDaysAgo: 1, testedDaysAgo: 1 })];
    expect(remind({ plans, findings: [{ ...finding, ownerEmail: " cy@example.TEST " }] })).toEqual([
      {
        subject: "finding",
        subjectId: "f1",
        dueOn: finding.dueOn,
        stage: "overdue",
        userIds: ["committee"],
        message: "Bristol operations: the finding “Runbook out of date” was due on 9 Mar 2027. Close it, or agree a new due day and record it.",
        href: "/plans/p1/tests/e1",
        planId: "p1",
      },
    ]);
    // An auditor or an executive owning it cannot close it nor move its day: those who can are told too.
    expect(remind({ plans, findings: [{ ...finding, ownerEmail: "aud@example.test" }] })[0].userIds).toEqual(["auditor", "admin", "committee"]);
    expect(remind({ plans, findings: [{ ...finding, ownerEmail: "eve@example.test" }] })[0].userIds).toEqual(["executive", "admin", "committee"]);
    expect(remind({ plans, findings: [{ ...finding, ownerEmail: "someone@else.test" }] })[0].userIds).toEqual(["admin", "committee"]);
    expect(remind({ plans, findings: [{ ...finding, ownerEmail: null }] })[0].userIds).toEqual(["admin", "committee"]);
    expect(remind({ plans, findings: [{ ...finding, dueOn: new Date("2027-03-10T00:00:00Z"), ownerEmail: null }] })).toEqual([]);
    expect(remind({ plans, findings: [{ ...finding, status: "closed", ownerEmail: null }] })).toEqual([]);
    // A finding of a plan not given (archived) is nobody's reminder.
    expect(remind({ plans: [], findings: [{ ...finding, ownerEmail: null }] })).toEqual([]);
  });

  it("tells the administrators and executives once the next review's day has passed, and drops what nobody could be told", () => {
    const latestReview = { id: "r1", nextReviewOn: new Date("2027-03-09T00:00:00Z") };
    expect(remind({ latestReview })).toMatchObject([{ subject: "review", stage: "overdue", userIds: ["admin", "executive"], href: "/reviews/new" }]);
    expect(remind({ latestReview: { ...latestReview, nextReviewOn: new Date("2027-03-10T00:00:00Z") } })).toEqual([]);
    expect(remind({ latestReview: { ...latestReview, nextReviewOn: null } })).toEqual([]);
    expect(remind({ latestReview, members: members.filter((m) => m.role === "auditor") })).toEqual([]);
  });

  it("comes in the same order every time, keyed as the table's unique constraint is", () => {
    const plans = [plan({ approvedDaysAgo: 366, testedDaysAgo: 370 })];
    const latestReview = { id: "r1", nextReviewOn: new Date("2027-03-09T00:00:00Z") };
    expect(remind({ plans, latestReview }).map(reminderKey)).toEqual(["approval:p1:2027-03-09:overdue", "review:r1:2027-03-09:overdue", "test:p1:2027-03-05:overdue"]);
  });
});
