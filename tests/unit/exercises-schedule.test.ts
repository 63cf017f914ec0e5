import { describe, expect, it } from "vitest";
import { isFindingOverdue, testedSuccessfully, testSchedule } from "@/lib/exercises/schedule";
import { testsCompleteness, testsOutcome, testsTodo } from "@/lib/exercises/completeness";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const scenarios = [
  { id: "s1", key: "ransomware", name: "Ransomware" },
  { id: "s2", key: "site-loss", name: "Loss of the Bristol site" },
];
const appRto = { system: "APP", target: "RTO" as const, missedBy: 120 };

describe("test schedule", () => {
  it("flags a plan that was never tested, with every scenario never tested", () => {
    const schedule = testSchedule({ cadenceDays: 365, exercises: [], scenarios, now: d("2026-11-25") });
    expect(schedule).toMatchObject({ status: "never", lastTestedOn: null, nextDueOn: null, daysUntilDue: null });
    expect(schedule.scenarios.map((s) => s.status)).toEqual(["never", "never"]);
  });

  it("dates the next test from the latest one and the cadence", () => {
    const schedule = testSchedule({
      cadenceDays: 365,
      exercises: [
        { conductedOn: d("2026-03-18"), scenarioIds: ["s1"] },
        { conductedOn: d("2026-09-22"), scenarioIds: [] },
      ],
      scenarios,
      now: d("2026-11-25"),
    });
    expect(schedule.status).toBe("current");
    expect(schedule.lastTestedOn).toEqual(d("2026-09-22"));
    expect(schedule.nextDueOn).toEqual(d("2027-09-22"));
    expect(schedule.daysUntilDue).toBe(301);
    expect(schedule.scenarios).toMatchObject([
      { key: "ransomware", status: "current", lastTestedOn: d("2026-03-18"), nextDueOn: d("2027-03-18") },
      { key: "site-loss", status: "never", lastTestedOn: null },
    ]);
  });

  it("is due on the last day of the cadence, all of that UTC day, and overdue the day after", () => {
    const exercises = [{ conductedOn: d("2025-01-10"), scenarioIds: ["s2"] }];
    const at = (iso: string) => testSchedule({ cadenceDays: 90, exercises, scenarios, now: new Date(iso) });
    expect(at("2025-04-09T22:00:00Z")).toMatchObject({ status: "current", daysUntilDue: 1 });
    expect(at("2025-04-10T00:00:00Z")).toMatchObject({ status: "current", daysUntilDue: 0 });
    const lastMinute = at("2025-04-10T23:59:59Z");
    expect(lastMinute).toMatchObject({ status: "current", daysUntilDue: 0 });
    expect(lastMinute.scenarios.find((s) => s.key === "site-loss")?.status).toBe("current");
    const late = at("2025-04-11T00:00:00Z");
    expect(late.status).toBe("overdue");
    expect(late.daysUntilDue).toBe(-1);
    expect(late.scenarios.find((s) => s.key === "site-loss")?.status).toBe("overdue");
  });

  it("does not count a failed last test as tested, for the plan or its scenarios, unless a test that day passed", () => {
    const now = d("2026-11-25");
    const failed = testSchedule({ cadenceDays: 365, exercises: [{ conductedOn: d("2026-10-01"), scenarioIds: ["s1"], failed: true }], scenarios, now });
    expect(failed).toMatchObject({ status: "failed", lastTestedOn: d("2026-10-01") });
    expect(failed.scenarios.map((s) => s.status)).toEqual(["failed", "never"]);
    expect(testsCompleteness(failed, [], now)).toBe(25);

    const rerun = testSchedule({
      cadenceDays: 365,
      exercises: [
        { conductedOn: d("2026-10-01"), scenarioIds: ["s1"], failed: true },
        { conductedOn: d("2026-10-01"), scenarioIds: ["s1"], failed: false },
      ],
      scenarios,
      now,
    });
    expect(rerun.status).toBe("current");
    // An earlier failure followed by a passing test is history, not the plan's state.
    const fixed = testSchedule({ cadenceDays: 365, exercises: [{ conductedOn: d("2026-03-01"), scenarioIds: [], failed: true }, { conductedOn: d("2026-10-01"), scenarioIds: [] }], scenarios: [], now });
    expect(fixed.status).toBe("current");
    expect(testsCompleteness(fixed, [], now)).toBe(100);
    // Overdue says more than failed: the cadence has run out.
    expect(testSchedule({ cadenceDays: 30, exercises: [{ conductedOn: d("2026-03-01"), scenarioIds: [], failed: true }], scenarios: [], now }).status).toBe("overdue");
  });

  it("keeps a scenario tested within the cadence apart from whether its last test met its targets", () => {
    const now = d("2026-11-25");
    const schedule = testSchedule({
      cadenceDays: 365,
      exercises: [
        { conductedOn: d("2026-03-18"), scenarioIds: ["s1", "s2"], targets: { checked: 2, missed: 0, misses: [], metThen: 0, notMeasured: 0 } },
        // Its last day's tests: one restore missed, and another test that day measured none.
        { conductedOn: d("2026-11-25"), scenarioIds: ["s1"], targets: { checked: 1, missed: 1, misses: [appRto], metThen: 0, notMeasured: 0 } },
        { conductedOn: d("2026-11-25"), scenarioIds: ["s1"] },
      ],
      scenarios,
      now,
    });
    expect(schedule).toMatchObject({ status: "current", lastTargets: { checked: 1, missed: 1 } });
    expect(schedule.scenarios).toMatchObject([
      { key: "ransomware", status: "current", lastTargets: { checked: 1, missed: 1 } },
      { key: "site-loss", status: "current", lastTargets: { checked: 2, missed: 0 } },
    ]);
    expect(schedule.scenarios.map(testedSuccessfully)).toEqual([false, true]);
    expect(testSchedule({ cadenceDays: 365, exercises: [], scenarios, now }).scenarios[0].lastTargets).toBeNull();
  });

  it("says beside the stage's figure which scenarios' last tests missed their targets, and nothing when no test measured a restore", () => {
    const now = d("2026-11-25");
    const run = (exercises: Parameters<typeof testSchedule>[0]["exercises"]) => testsOutcome(testSchedule({ cadenceDays: 365, exercises, scenarios, now }));
    expect(run([{ conductedOn: d("2026-11-01"), scenarioIds: ["s1", "s2"], targets: { checked: 2, missed: 1, misses: [appRto], metThen: 0, notMeasured: 0 } }])).toBe(
      "The last test of 2 scenarios restored a system slower or with more data lost than its targets allow: Ransomware and Loss of the Bristol site.",
    );
    expect(run([{ conductedOn: d("2026-11-01"), scenarioIds: ["s2"], targets: { checked: 2, missed: 0, misses: [], metThen: 0, notMeasured: 0 } }])).toBe("The measured restores of the last test of 1 scenario met their targets.");
    // Tested, but no restore measured: the figure says it was done; there is no result to add.
    expect(run([{ conductedOn: d("2026-11-01"), scenarioIds: ["s1", "s2"] }])).toBeNull();
    expect(run([])).toBeNull();
  });

  it("does not count a test dated in the future", () => {
    const schedule = testSchedule({ cadenceDays: 365, exercises: [{ conductedOn: d("2027-01-01"), scenarioIds: ["s1"] }], scenarios, now: d("2026-11-25") });
    expect(schedule.status).toBe("never");
    expect(schedule.scenarios[0].status).toBe("never");
  });
});

describe("finding due dates", () => {
  it("is overdue only once the due day has passed, and never when closed or undated", () => {
    const finding = { status: "open", dueOn: d("2026-12-15") };
    expect(isFindingOverdue(finding, new Date("2026-12-15T23:59:59Z"))).toBe(false);
    expect(isFindingOverdue(finding, d("2026-12-16"))).toBe(true);
    expect(isFindingOverdue({ ...finding, status: "closed" }, d("2027-01-01"))).toBe(false);
    expect(isFindingOverdue({ status: "in_progress", dueOn: null }, d("2027-01-01"))).toBe(false);
  });
});

describe("tests stage completeness", () => {
  const now = d("2026-11-25");
  it("is 0 when never tested and 100 when current, every scenario tested and no finding overdue", () => {
    expect(testsCompleteness(testSchedule({ cadenceDays: 365, exercises: [], scenarios: [], now }), [], now)).toBe(0);
    const full = testSchedule({ cadenceDays: 365, exercises: [{ conductedOn: d("2026-06-01"), scenarioIds: ["s1", "s2"] }], scenarios, now });
    expect(testsCompleteness(full, [{ status: "open", dueOn: d("2026-12-15") }], now)).toBe(100);
  });

  it("loses the cadence share when overdue, and shares for untested scenarios and overdue findings", () => {
    const schedule = testSchedule({ cadenceDays: 30, exercises: [{ conductedOn: d("2026-06-01"), scenarioIds: ["s1"] }], scenarios, now });
    const findings = [
      { status: "open", dueOn: d("2026-10-01") },
      { status: "in_progress", dueOn: null },
    ];
    expect(testsCompleteness(schedule, findings, now)).toBe(13);
  });

  it("does not count a scenario whose last test missed a target as tested, while the line beside the figure names it", () => {
    const met = { conductedOn: d("2026-06-01"), scenarioIds: ["s1", "s2"], targets: { checked: 2, missed: 0, misses: [], metThen: 0, notMeasured: 0 } };
    const missed = { conductedOn: d("2026-11-12"), scenarioIds: ["s1"], targets: { checked: 1, missed: 1, misses: [appRto], metThen: 0, notMeasured: 0 } };
    const schedule = testSchedule({ cadenceDays: 365, exercises: [met, missed], scenarios, now });
    // 50 for the plan's test within the cadence, 12.5 for the one scenario of two tested successfully, 25 with no finding open.
    expect(testsCompleteness(schedule, [], now)).toBe(88);
    expect(testsOutcome(schedule)).toBe("The last test of 1 scenario restored a system slower or with more data lost than its targets allow: Ransomware.");
    expect(testsTodo(schedule, [], now)).toEqual(["Test Ransomware again: its last test (12 Nov 2026) missed APP's RTO by 2 h."]);

    // A later test that meets the targets makes it tested again: the rule is the latest test's.
    const retested = testSchedule({ cadenceDays: 365, exercises: [met, missed, { ...met, conductedOn: d("2026-11-20"), scenarioIds: ["s1"] }], scenarios, now });
    expect(testsCompleteness(retested, [], now)).toBe(100);
    expect(testsTodo(retested, [], now)).toEqual([]);
  });

  it("counts a scenario whose last test measured nothing against a target as tested, as testedSuccessfully does", () => {
    const unmeasured = testSchedule({ cadenceDays: 365, exercises: [{ conductedOn: d("2026-11-12"), scenarioIds: ["s1", "s2"], targets: { checked: 0, missed: 0, misses: [], metThen: 0, notMeasured: 0 } }], scenarios, now });
    expect(testsCompleteness(unmeasured, [], now)).toBe(100);
    expect(testsOutcome(unmeasured)).toBeNull();
  });

  it("never says a last test that did not measure the data lost met its targets, nor counts it as a miss (decision 71)", () => {
    const blank = { conductedOn: d("2026-11-12"), scenarioIds: ["s1"], targets: { checked: 1, missed: 0, misses: [], metThen: 0, notMeasured: 1 } };
    const met = { conductedOn: d("2026-11-12"), scenarioIds: ["s2"], targets: { checked: 1, missed: 0, misses: [], metThen: 0, notMeasured: 0 } };
    const schedule = testSchedule({ cadenceDays: 365, exercises: [blank, met], scenarios, now });
    expect(schedule.scenarios[0].lastTargets).toMatchObject({ notMeasured: 1 });
    expect(testsOutcome(schedule)).toBe(
      "The measured restores of the last test of 1 scenario met their targets. The last test of 1 scenario did not measure the data lost, so the RPO is not judged: Ransomware.",
    );
    // As a test that measured no restore: tested, with nothing shown missed.
    expect(testsCompleteness(schedule, [], now)).toBe(100);
    const rpoOnly = testSchedule({ cadenceDays: 365, exercises: [{ ...blank, targets: { ...blank.targets, checked: 0 } }], scenarios, now });
    expect(testsOutcome(rpoOnly)).toBe("The last test of 1 scenario did not measure the data lost, so the RPO is not judged: Ransomware.");
  });
});

describe("what the tests stage still lacks", () => {
  const now = d("2026-11-25");
  it("names the failed test, the scenarios behind the cadence and the findings past due", () => {
    const schedule = testSchedule({ cadenceDays: 365, exercises: [{ conductedOn: d("2026-10-01"), scenarioIds: ["s1"], failed: true }], scenarios, now });
    const findings = [
      { status: "open", dueOn: d("2026-11-01") },
      { status: "open", dueOn: d("2027-01-01") },
    ];
    expect(testsTodo(schedule, findings, now)).toEqual([
      "Test the plan again: the last test failed.",
      "Test 2 scenarios within the cadence.",
      "Close or re-plan 1 finding past its due date.",
    ]);
  });

  it("says nothing for a plan never tested (its empty state says it) or fully tested", () => {
    expect(testsTodo(testSchedule({ cadenceDays: 365, exercises: [], scenarios, now }), [], now)).toEqual([]);
    const full = testSchedule({ cadenceDays: 365, exercises: [{ conductedOn: d("2026-10-01"), scenarioIds: ["s1", "s2"] }], scenarios, now });
    expect(testsTodo(full, [], now)).toEqual([]);
    const stale = testSchedule({ cadenceDays: 30, exercises: [{ conductedOn: d("2026-03-01"), scenarioIds: ["s1", "s2"] }], scenarios, now });
    expect(testsTodo(stale, [], now)).toEqual(["Test the plan again: the last test is older than the cadence.", "Test 2 scenarios within the cadence."]);
  });

  it("names each scenario whose last test missed a target, after those behind the cadence, with the misses of that day's tests", () => {
    const schedule = testSchedule({
      cadenceDays: 365,
      exercises: [
        { conductedOn: d("2026-11-12"), scenarioIds: ["s1"], targets: { checked: 1, missed: 1, misses: [appRto], metThen: 0, notMeasured: 0 } },
        // Two tests that day: the second's restores missed too, and its misses are named with the first's.
        {
          conductedOn: d("2026-11-12"),
          scenarioIds: ["s1"],
          targets: { checked: 2, missed: 2, misses: [{ system: "FILES", target: "RPO" as const, missedBy: 30 }, { ...appRto, missedBy: 45 }], metThen: 0, notMeasured: 0 },
        },
      ],
      scenarios,
      now,
    });
    expect(testsTodo(schedule, [], now)).toEqual([
      "Test 1 scenario within the cadence.",
      "Test Ransomware again: its last test (12 Nov 2026) missed APP's RTO by 2 h and FILES's RPO by 30 min.",
    ]);
  });

  it("does not count a last test that met a target tightened since, and says so apart from a miss (decision 45)", () => {
    const tightened = { system: "SQL01", target: "RTO" as const, missedBy: 60, since: { then: 240, today: 120 } };
    const schedule = testSchedule({
      cadenceDays: 365,
      exercises: [
        { conductedOn: d("2026-11-12"), scenarioIds: ["s1"], targets: { checked: 1, missed: 1, misses: [tightened], metThen: 1, notMeasured: 0 } },
        { conductedOn: d("2026-11-12"), scenarioIds: ["s2"], targets: { checked: 2, missed: 1, misses: [appRto], metThen: 0, notMeasured: 0 } },
      ],
      scenarios,
      now,
    });
    expect(schedule.scenarios.map(testedSuccessfully)).toEqual([false, false]);
    expect(testsCompleteness(schedule, [], now)).toBe(75);
    expect(testsTodo(schedule, [], now)).toEqual([
      "Test Ransomware again: its last test (12 Nov 2026) met SQL01's RTO of 4 h then, but today's RTO is 2 h.",
      "Test Loss of the Bristol site again: its last test (12 Nov 2026) missed APP's RTO by 2 h.",
    ]);
    expect(testsOutcome(schedule)).toBe(
      "The last test of 1 scenario restored a system slower or with more data lost than its targets allow: Loss of the Bristol site. The last test of 1 scenario met targets that have been tightened since: Ransomware.",
    );
  });
});
