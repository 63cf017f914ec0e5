import { describe, expect, it } from "vitest";
import { testSchedule } from "@/lib/exercises/schedule";
import { nextDueWords, scheduleStatus } from "@/lib/exercises/schedule-words";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
// Riverside Dental's plan: three disaster scenarios.
const scenarios = [
  { id: "hv01", key: "host-loss", name: "Host HV01 lost" },
  { id: "site", key: "site-loss", name: "Practice lost (fire/flood)" },
  { id: "ransom", key: "ransomware", name: "Ransomware" },
];
const now = d("2026-11-28");
const schedule = (cadenceDays: number, exercises: Parameters<typeof testSchedule>[0]["exercises"], list = scenarios) => testSchedule({ cadenceDays, exercises, scenarios: list, now });

describe("when the next test is due: the earliest due among the plan and its scenarios", () => {
  it("is now while a scenario was never tested, however recent the plan's last test", () => {
    // One passed test three days ago, covering only the host: the plan's own date is a year away.
    const tested = schedule(365, [{ conductedOn: d("2026-11-25"), scenarioIds: ["hv01"] }]);
    expect(tested.nextDueOn).toEqual(d("2027-11-25"));
    expect(tested.due).toEqual({
      now: true,
      on: null,
      daysUntil: null,
      overdueSince: null,
      neverTested: ["Practice lost (fire/flood)", "Ransomware"],
      overdue: [],
      first: [],
    });
    expect(nextDueWords(tested)).toBe("Now: 2 scenarios never tested (Practice lost (fire/flood), Ransomware)");
    expect(scheduleStatus(tested)).toEqual({ label: "Test due now", tone: "red" });
  });

  it("counts the scenarios never tested without naming them when there are more than two", () => {
    const tested = schedule(365, [{ conductedOn: d("2026-11-25"), scenarioIds: [] }]);
    expect(nextDueWords(tested)).toBe("Now: 3 scenarios never tested");
  });

  it("is overdue since a scenario's due date, while the plan's own is still to come", () => {
    const tested = schedule(365, [
      { conductedOn: d("2025-06-01"), scenarioIds: ["ransom"] },
      { conductedOn: d("2026-11-25"), scenarioIds: ["hv01", "site"] },
    ]);
    expect(tested.status).toBe("current");
    expect(tested.due).toMatchObject({ now: true, on: d("2026-06-01"), daysUntil: -180, overdueSince: d("2026-06-01"), neverTested: [], overdue: ["Ransomware"] });
    expect(nextDueWords(tested)).toBe("Now: 1 scenario overdue since 1 Jun 2026 (Ransomware)");
    expect(scheduleStatus(tested)).toEqual({ label: "Test due now", tone: "red" });
  });

  it("says both the scenarios never tested and those overdue, and the plan overdue when it has no scenarios", () => {
    const stale = schedule(365, [{ conductedOn: d("2025-06-01"), scenarioIds: ["hv01"] }]);
    expect(nextDueWords(stale)).toBe("Now: 2 scenarios never tested (Practice lost (fire/flood), Ransomware); 1 scenario overdue since 1 Jun 2026 (Host HV01 lost)");
    expect(scheduleStatus(stale)).toEqual({ label: "Test overdue", tone: "red" });
    expect(nextDueWords(schedule(365, [{ conductedOn: d("2025-06-01"), scenarioIds: [] }], []))).toBe("Now: overdue since 1 Jun 2026");
    expect(nextDueWords(schedule(365, [{ conductedOn: d("2025-06-01"), scenarioIds: [] }]))).toBe(
      "Now: 3 scenarios never tested; the plan overdue since 1 Jun 2026",
    );
    expect(nextDueWords(schedule(365, []))).toBe("Now: the plan has never been tested");
  });

  it("is the earliest scenario's date when every scenario is tested, named when before the plan's own", () => {
    const tested = schedule(365, [
      { conductedOn: d("2026-03-18"), scenarioIds: ["ransom"] },
      { conductedOn: d("2026-11-25"), scenarioIds: ["hv01", "site"] },
    ]);
    expect(tested.due).toMatchObject({ now: false, on: d("2027-03-18"), daysUntil: 110, first: ["Ransomware"] });
    expect(nextDueWords(tested)).toBe("18 Mar 2027 (in 110 days), for Ransomware");
    expect(scheduleStatus(tested)).toEqual({ label: "Tested within cadence", tone: "green" });
    const together = schedule(365, [{ conductedOn: d("2026-11-25"), scenarioIds: ["hv01", "site", "ransom"] }]);
    expect(nextDueWords(together)).toBe("25 Nov 2027 (in 362 days)");
  });

  it("is on time all of the due day itself (UTC), in 1 day the evening before, and now the day after", () => {
    const exercises = [{ conductedOn: d("2025-11-28"), scenarioIds: ["hv01", "site", "ransom"] }];
    const at = (iso: string) => testSchedule({ cadenceDays: 365, exercises, scenarios, now: new Date(iso) });
    expect(nextDueWords(at("2026-11-27T22:30:00Z"))).toBe("28 Nov 2026 (in 1 day)");
    expect(nextDueWords(schedule(365, exercises))).toBe("28 Nov 2026 (in 0 days)");
    const afternoon = at("2026-11-28T15:00:00Z");
    expect(nextDueWords(afternoon)).toBe("28 Nov 2026 (in 0 days)");
    expect(scheduleStatus(afternoon)).toEqual({ label: "Tested within cadence", tone: "green" });
    const late = at("2026-11-29T00:00:00Z");
    expect(late.due).toMatchObject({ now: true, overdueSince: d("2026-11-28") });
    expect(nextDueWords(late)).toBe("Now: 3 scenarios overdue since 28 Nov 2026");
  });
});

describe("the schedule's status badge agrees with the headline", () => {
  it("is amber, not red, when nothing is due but a scenario's last test failed or the last test missed a target", () => {
    const failed = schedule(365, [
      { conductedOn: d("2026-11-20"), scenarioIds: ["ransom"], failed: true },
      { conductedOn: d("2026-11-25"), scenarioIds: ["hv01", "site"], targets: { checked: 1, missed: 1, misses: [{ system: "PMS01", target: "RTO", missedBy: 60 }], metThen: 0, notMeasured: 0 } },
    ]);
    expect(failed.due.now).toBe(false);
    expect(scheduleStatus(failed)).toEqual({
      label: "Tested within cadence; last test failed for 1 of 3 scenarios; in the last test, 1 measured restore missed its target",
      tone: "amber",
    });
  });

  it("keeps the failure beside a test due now, in red", () => {
    const failed = schedule(365, [{ conductedOn: d("2026-11-25"), scenarioIds: ["ransom"], failed: true }, { conductedOn: d("2026-11-25"), scenarioIds: ["hv01"] }]);
    expect(scheduleStatus(failed)).toEqual({ label: "Test due now; last test failed for 1 of 3 scenarios", tone: "red" });
  });
});
