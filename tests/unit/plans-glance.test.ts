import { describe, expect, it } from "vitest";
import { overdueGlance, recoveryGlance } from "@/lib/plans/plan-glance";
import { testSchedule } from "@/lib/exercises/schedule";

const outcome = { issues: 0, systems: 8, notAssessed: 0, noHost: 0, scenarios: 3, noTarget: 0, meetingEvery: 5, functionsOverMtd: 0, functionsNotKnown: 0 };
const assessedAt = new Date("2026-12-01T14:05:00Z");
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const scenarios = [
  { id: "hv01", key: "host-loss", name: "Host HV01 lost" },
  { id: "site", key: "site-loss", name: "Practice lost (fire/flood)" },
  { id: "ransom", key: "ransomware", name: "Ransomware" },
];

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

  it("counts the systems without a host apart: the engine assessed none of them", () => {
    expect(recoveryGlance({ assessedAt, contentRevision: 7, outcome: { ...outcome, noHost: 1, meetingEvery: 8 } }, 7)).toBe(
      "Recovery: Every assessed system meets its RPO and RTO in every scenario, and no function exceeds its MTD; 1 system not assessed (no host). As of 1 Dec 2026, 14:05 UTC.",
    );
  });

  it("names an overdue or missing test and counts the overdue findings, and says nothing when all is in time", () => {
    const now = new Date("2026-12-02T10:00:00Z");
    const glance = (exercises: Parameters<typeof testSchedule>[0]["exercises"], overdueFindings = 0) =>
      overdueGlance({ schedule: testSchedule({ cadenceDays: 365, exercises, scenarios, now }), overdueFindings });
    expect(glance([])).toEqual(["Never tested."]);
    expect(glance([{ conductedOn: d("2025-10-28"), scenarioIds: ["hv01", "site", "ransom"] }], 2)).toEqual(["Test overdue since 28 Oct 2026.", "2 findings overdue."]);
    expect(glance([{ conductedOn: d("2026-10-28"), scenarioIds: ["hv01", "site", "ransom"] }])).toEqual([]);
  });

  it("says which scenarios were never tested or are overdue once the plan has a test, and a last test that missed a target or failed", () => {
    const now = new Date("2026-11-28T09:00:00Z");
    const glance = (exercises: Parameters<typeof testSchedule>[0]["exercises"]) => overdueGlance({ schedule: testSchedule({ cadenceDays: 365, exercises, scenarios, now }), overdueFindings: 0 });
    const rtoMissed = { checked: 1, missed: 1, misses: [{ system: "PMS01", target: "RTO" as const, missedBy: 45 }], metThen: 0, notMeasured: 0 };
    // Riverside Dental: one passed test of the host only, whose restore missed its RTO.
    expect(glance([{ conductedOn: d("2026-11-25"), scenarioIds: ["hv01"], targets: rtoMissed }])).toEqual([
      "2 of 3 scenarios never tested: Practice lost (fire/flood) and Ransomware.",
      "Last test of Host HV01 lost missed a target.",
    ]);
    expect(glance([{ conductedOn: d("2026-11-25"), scenarioIds: [] }])).toEqual(["3 of 3 scenarios never tested."]);
    expect(
      glance([
        { conductedOn: d("2025-06-01"), scenarioIds: ["ransom"], targets: rtoMissed },
        { conductedOn: d("2026-11-25"), scenarioIds: ["hv01", "site"], failed: true },
      ]),
    ).toEqual(["Last test failed.", "1 of 3 scenarios overdue since 1 Jun 2026: Ransomware.", "Last test of Ransomware missed a target."]);
    // A plan without scenarios whose last test missed still says so.
    expect(overdueGlance({ schedule: testSchedule({ cadenceDays: 365, exercises: [{ conductedOn: d("2026-11-25"), scenarioIds: [], targets: rtoMissed }], scenarios: [], now }), overdueFindings: 0 })).toEqual([
      "Last test missed a target.",
    ]);
    // A last test that met the RTO of its time, tightened since, is no evidence for today's: said apart (decision 45).
    const tightened = { checked: 1, missed: 1, misses: [{ system: "PMS01", target: "RTO" as const, missedBy: 45, since: { then: 240, today: 120 } }], metThen: 1, notMeasured: 0 };
    expect(glance([{ conductedOn: d("2026-11-25"), scenarioIds: ["hv01", "site", "ransom"], targets: tightened }])).toEqual(["Last tests of 3 scenarios predate a tighter target."]);
    expect(overdueGlance({ schedule: testSchedule({ cadenceDays: 365, exercises: [{ conductedOn: d("2026-11-25"), scenarioIds: [], targets: tightened }], scenarios: [], now }), overdueFindings: 0 })).toEqual([
      "Last test predates a tighter target.",
    ]);
  });
});
