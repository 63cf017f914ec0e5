import { describe, expect, it } from "vitest";
import { approvalStatus } from "@/lib/versions/approval-status";
import { testSchedule } from "@/lib/exercises/schedule";
import { dueReminders, reminderKey, type ReminderInput } from "@/lib/reminders/due-reminders";

const DAY_MS = 86_400_000;
const now = new Date("2027-03-10T09:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);

const members: ReminderInput["members"] = [
  { userId: "admin", role: "admin", email: "ada@example.test" },
  { userId: "committee", role: "committee", email: "cy@example.test" },
  { userId: "executive", role: "executive", email: "eve@example.test" },
  { userId: "auditor", role: "auditor", email: "Aud@Example.test" },
];

/** A plan approved and tested the given days ago, on 365-day cadences; a scenario never tested when asked. */
function plan({ approvedDaysAgo, testedDaysAgo, untestedScenario = false, submitted = false }: { approvedDaysAgo: number | null; testedDaysAgo: number | null; untestedScenario?: boolean; submitted?: boolean }) {
  const pending = submitted ? [{ number: 3, status: "submitted" as const, contentRevision: 2, decidedAt: null, approvedForDays: null }] : [];
  return {
    id: "p1",
    name: "Bristol operations",
    approval: approvalStatus({
      versions: [...(approvedDaysAgo === null ? [] : [{ number: 2, status: "approved" as const, contentRevision: 1, decidedAt: ago(approvedDaysAgo), approvedForDays: 365 }]), ...pending],
      contentRevision: 1,
      reviewCadenceDays: 365,
      now,
    }),
    schedule: testSchedule({
      cadenceDays: 365,
      exercises: testedDaysAgo === null ? [] : [{ conductedOn: ago(testedDaysAgo), scenarioIds: [] }],
      scenarios: untestedScenario ? [{ id: "s1", key: "ransomware", name: "Ransomware" }] : [],
      now,
    }),
  };
}

const remind = (input: Partial<ReminderInput>) => dueReminders({ now, members, plans: [], findings: [], latestReview: null, ...input });
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

  it("reminds the editors of a test from 14 days before it is due and once overdue, but not of a plan never tested", () => {
    expect(stages({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 350 })] })).toEqual([]);
    expect(stages({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 351 })] })).toEqual(["test:soon:2027-03-24"]);
    expect(stages({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 370 })] })).toEqual(["test:overdue:2027-03-05"]);
    expect(stages({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: null })] })).toEqual([]);
    // A scenario never tested puts no day on the next test; the plan's own passed day still counts.
    expect(stages({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 351, untestedScenario: true })] })).toEqual([]);
    expect(stages({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 370, untestedScenario: true })] })).toEqual(["test:overdue:2027-03-05"]);
    const [test] = remind({ plans: [plan({ approvedDaysAgo: 1, testedDaysAgo: 370 })] });
    expect(test).toMatchObject({ userIds: ["admin", "committee"], message: "Bristol operations: a test was due on 5 Mar 2027. Run a test and record it.", href: "/plans/p1/tests" });
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
