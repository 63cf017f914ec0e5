import { describe, expect, it } from "vitest";
import { incidentReport } from "@/lib/incidents/incident-report";
import type { SystemProgress } from "@/lib/incidents/incident-recovery";

const at = (iso: string) => new Date(iso);
const NOW = at("2026-12-05T09:00:00Z");

const incident = {
  title: "Head office flooded",
  status: "stood_down" as const,
  scenarioName: "Bristol site lost",
  scenarioKey: "site-loss",
  declaredAt: at("2026-12-04T07:10:00Z"),
  startedAt: at("2026-12-04T06:40:00Z"),
  cleanBefore: null,
  declaredByName: "Daniel Okafor",
  stoodDownAt: at("2026-12-04T18:15:00Z"),
  stoodDownBy: "Priya Shah",
  reviewSummary: "ERP back inside its RTO.\n\nThe call list had one stale number.",
};

const entries = [
  { at: at("2026-12-04T07:20:00Z"), kind: "decision" as const, text: "Invoke the cloud recovery site.", systemName: "", recordedBy: "Priya Shah" },
  { at: at("2026-12-04T09:05:00Z"), kind: "recovery" as const, text: "Restored and verified.", systemName: "SQL", recordedBy: "Sam Lee" },
  { at: at("2026-12-05T08:30:00Z"), kind: "correction" as const, text: "Declaration corrected by Priya Shah: what happened “Flood” → “Head office flooded” (reason: typo)", systemName: "", recordedBy: "Priya Shah" },
];

const system = (fields: Partial<SystemProgress>): SystemProgress => ({
  system: "SQL",
  priority: 1,
  restoreFrom: "Cloud vault",
  dataFrom: at("2026-12-03T22:00:00Z"),
  dataLostMinutes: 520,
  rpoTarget: 1440,
  newestImported: null,
  ready: at("2026-12-04T08:25:00Z"),
  rtoTarget: 240,
  deadline: at("2026-12-04T10:40:00Z"),
  lateByMinutes: -135,
  source: "estimate",
  cannot: null,
  backAt: null,
  ...fields,
});

const assessed = {
  state: "assessed" as const,
  scenarioKey: "site-loss",
  scenarioKind: "site",
  recovery: {
    disasterAt: incident.startedAt,
    systems: [
      system({ backAt: at("2026-12-04T09:05:00Z") }),
      system({ system: "FILES", restoreFrom: null, dataFrom: null, dataLostMinutes: null, ready: null, lateByMinutes: null, source: null, cannot: "no surviving copy" }),
    ],
    functions: [{ name: "Billing", resumes: at("2026-12-04T08:55:00Z"), mtdDeadline: at("2026-12-04T14:40:00Z"), mtdOk: true, gaps: { notAssessed: [], noHost: [], byProvider: [], modelled: 1 } }],
    groups: [],
  },
};

const actions = [
  { description: "Replace the stale numbers in the call list.", severity: "medium", status: "open", owner: { name: "Sam Lee" }, dueOn: at("2026-12-01T00:00:00Z"), closedNote: "" },
  { description: "Test the cloud restore of SQL.", severity: "high", status: "closed", owner: null, dueOn: at("2027-01-15T00:00:00Z"), closedNote: "Tested on 10 Dec." },
];

const report = (recovery: Parameters<typeof incidentReport>[0]["recovery"] = assessed) =>
  incidentReport({ organization: "Harbour Lane Foods", marking: "", planName: "Bristol operations", incident, entries, recovery, actions, now: NOW });

describe("the post-incident report's content", () => {
  it("states the declaration, its stand-down and the review", () => {
    const { declaration, review, generated } = report();
    expect(declaration).toEqual([
      { name: "Declared", value: "4 Dec 2026, 07:10 UTC by Daniel Okafor" },
      { name: "Scenario", value: "Bristol site lost" },
      { name: "Disruption began", value: "4 Dec 2026, 06:40 UTC" },
      { name: "Status", value: "Stood down" },
      { name: "Stood down", value: "4 Dec 2026, 18:15 UTC (recorded by Priya Shah)" },
      { name: "Lasted", value: "11 hours 5 minutes" },
    ]);
    expect(review).toEqual({ text: incident.reviewSummary, by: "Priya Shah" });
    expect(generated).toBe("5 Dec 2026, 09:00 UTC");
  });

  it("lists the log in order with times and authors, a correction after the stand-down after it", () => {
    expect(report().log.map((row) => [row.time, row.what, row.text, row.by])).toEqual([
      ["4 Dec 2026, 06:40 UTC", "Disruption began", "", ""],
      ["4 Dec 2026, 07:10 UTC", "Declared", "Plan invoked by Daniel Okafor.", ""],
      ["4 Dec 2026, 07:20 UTC", "Decision", "Invoke the cloud recovery site.", "Priya Shah"],
      ["4 Dec 2026, 09:05 UTC", "Recovery progress", "Back in service: SQL. Restored and verified.", "Sam Lee"],
      ["4 Dec 2026, 18:15 UTC", "Stood down", "The response stood down. The review is under the declaration.", "Priya Shah"],
      // The PDF's built-in fonts have no "→".
      ["5 Dec 2026, 08:30 UTC", "Declaration corrected", "Declaration corrected by Priya Shah: what happened “Flood” -> “Head office flooded” (reason: typo)", "Priya Shah"],
    ]);
  });

  it("stands the plan's expected recovery beside the systems reported back, with the page's verdicts", () => {
    const { recovery } = report();
    expect(recovery.sentences[1]).toBe("2 systems affected: 1 back in service, 0 expected within their RTO, 0 expected late, 1 not recoverable as the plan stands.");
    expect(recovery.systems.map((s) => [s.system, s.verdict, s.reportedBack, s.expected])).toEqual([
      ["SQL", "Back in service", "4 Dec 2026, 09:05 UTC", "4 Dec 2026, 08:25 UTC"],
      ["FILES", "Not recoverable as the plan stands: no surviving copy", "not reported", "not as the plan stands"],
    ]);
    expect(recovery.functions).toEqual([{ name: "Billing", resumes: "4 Dec 2026, 08:55 UTC", mtd: "4 Dec 2026, 14:40 UTC", verdict: "Within its MTD" }]);
  });

  it("says why there is no expected recovery to compare", () => {
    expect(report({ state: "no-scenario" }).recovery).toEqual({
      sentences: ["This incident was declared under none of the plan's scenarios, so there is no expected recovery to compare."],
      systems: [],
      functions: [],
    });
    expect(report({ state: "scenario-gone", scenarioName: "Bristol site lost" }).recovery.sentences).toEqual([
      "The scenario “Bristol site lost” is no longer in the plan, so its expected recovery cannot be worked out.",
    ]);
  });

  it("lists the corrective actions with owners, due dates (overdue flagged) and status", () => {
    expect(report().actions).toEqual([
      { description: "Replace the stale numbers in the call list.", severity: "Medium", owner: "Sam Lee", due: "1 Dec 2026 (overdue)", status: "Open" },
      { description: "Test the cloud restore of SQL.", severity: "High", owner: "No owner yet", due: "15 Jan 2027", status: "Closed: Tested on 10 Dec." },
    ]);
  });

  it("is plain JSON, as the renderer's process takes it", () => {
    const content = report();
    expect(JSON.parse(JSON.stringify(content))).toEqual(content);
  });
});
