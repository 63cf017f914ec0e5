import { describe, expect, it } from "vitest";
import { overdueGlance, recoveryGlance } from "@/lib/plans/plan-glance";

const outcome = { issues: 0, systems: 8, notAssessed: 0, scenarios: 3, noTarget: 0, meetingEvery: 5, functionsOverMtd: 0 };
const assessedAt = new Date("2026-12-01T14:05:00Z");

describe("a plan at a glance on the plan list", () => {
  it("says the recovery outcome as of its assessment, and when the plan has changed since, as out of date", () => {
    expect(recoveryGlance({ assessedAt, contentRevision: 7, outcome }, 7)).toBe(
      "Recovery: 5 of 8 systems meet their RPO and RTO in every scenario. As of 1 Dec 2026, 14:05 UTC.",
    );
    expect(recoveryGlance({ assessedAt, contentRevision: 7, outcome }, 9)).toBe(
      "Recovery: 5 of 8 systems meet their RPO and RTO in every scenario. As of 1 Dec 2026, 14:05 UTC; the plan has changed since. Opening the plan assesses it again.",
    );
    expect(recoveryGlance(undefined, 9)).toBe("Recovery: not assessed yet. Opening the plan assesses it.");
  });

  it("counts the systems without a target apart, and asks for a row counted before they were to be assessed again", () => {
    expect(recoveryGlance({ assessedAt, contentRevision: 7, outcome: { ...outcome, systems: 4, noTarget: 2, meetingEvery: 0 } }, 7)).toBe(
      "Recovery: 0 of 2 systems with targets meet them in every scenario; 2 lack an RPO or RTO target. As of 1 Dec 2026, 14:05 UTC.",
    );
    expect(recoveryGlance({ assessedAt, contentRevision: 7, outcome: null }, 7)).toBe(
      "Recovery: not assessed since Continuity was updated. Opening the plan assesses it again.",
    );
  });

  it("names an overdue or missing test and counts the overdue findings, and says nothing when all is in time", () => {
    expect(overdueGlance({ schedule: { status: "never", nextDueOn: null }, overdueFindings: 0 })).toEqual(["Never tested."]);
    expect(overdueGlance({ schedule: { status: "overdue", nextDueOn: new Date("2026-10-28T00:00:00Z") }, overdueFindings: 2 })).toEqual([
      "Test overdue since 28 Oct 2026.",
      "2 findings overdue.",
    ]);
    expect(overdueGlance({ schedule: { status: "current", nextDueOn: new Date("2027-10-28T00:00:00Z") }, overdueFindings: 0 })).toEqual([]);
  });
});
