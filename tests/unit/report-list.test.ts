import { describe, expect, it } from "vitest";
import { reportOutcomes } from "@/components/reports/report-list";
import type { ReportRow } from "@/lib/reports/list-reports";

const report = (over: Partial<ReportRow>): ReportRow =>
  ({ id: "r1", versionNumber: 2, includeAudit: false, auditFrom: null, auditTo: null, status: "running", progress: 40, error: null, sizeBytes: null, sha256: null, createdAt: "2026-11-26T10:00:00.000Z", finishedAt: null, downloadable: true, ...over }) as ReportRow;

describe("what the reports list says while it polls", () => {
  it("says once that a report is ready or failed, and nothing for progress or an unchanged status", () => {
    const running = [report({}), report({ id: "r2", versionNumber: null, status: "queued", progress: 0 })];
    expect(reportOutcomes(running, [report({ progress: 80 }), report({ id: "r2", versionNumber: null, status: "queued", progress: 0 })])).toEqual([]);
    expect(reportOutcomes(running, [report({ status: "done", progress: 100 }), report({ id: "r2", versionNumber: null, status: "failed", error: "the renderer stopped" })])).toEqual([
      "The report of version 2 is ready: Download PDF.",
      "The draft's report failed: the renderer stopped.",
    ]);
    // A report with the audit trail that the member's role may not download offers no download.
    expect(reportOutcomes(running, [report({ status: "done", includeAudit: true, downloadable: false })])).toEqual(["The report of version 2 is ready."]);
    const done = [report({ status: "done" })];
    expect(reportOutcomes(done, done)).toEqual([]);
  });
});
