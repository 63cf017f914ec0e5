"use client";

import { useEffect, useState } from "react";
import type { ReportRow } from "@/lib/reports/list-reports";
import { ScrollBox } from "@/components/ui/scroll-box";
import { useAnnouncer } from "@/components/ui/announcer";
import { formatDay, formatInstant } from "@/lib/days";

const POLL_MS = 2000;

const reportName = (r: ReportRow) => (r.versionNumber === null ? "The draft's report" : `The report of version ${r.versionNumber}`);

/** What changed between two polls that a screen-reader user waiting on the page needs to hear. */
export function reportOutcomes(before: ReportRow[], after: ReportRow[]): string[] {
  const was = new Map(before.map((r) => [r.id, r.status]));
  return after.flatMap((r) => {
    if (was.get(r.id) === r.status) return [];
    if (r.status === "done") return [r.downloadable ? `${reportName(r)} is ready: Download PDF.` : `${reportName(r)} is ready.`];
    if (r.status === "failed") return [`${reportName(r)} failed: ${r.error ?? "no reason given"}.`];
    return [];
  });
}

/**
 * The plan's recent reports. While one is queued or running the list polls the status route, so
 * progress moves and the download link appears without reloading the page. The page keys it on
 * the reports it rendered, so a new request remounts it with fresh rows.
 */
export function ReportList({ planId, initial }: { planId: string; initial: ReportRow[] }) {
  const [reports, setReports] = useState(initial);
  const announcer = useAnnouncer();
  const busy = reports.some((r) => r.status === "queued" || r.status === "running");
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(async () => {
      const response = await fetch(`/plans/${planId}/reports/status`, { cache: "no-store" });
      if (!response.ok) return;
      const next = ((await response.json()) as { reports: ReportRow[] }).reports;
      // A finished or failed report is said once; the progress bar itself is not read out at each step.
      const outcomes = reportOutcomes(reports, next);
      if (outcomes.length) announcer.announce(outcomes.join(" "));
      setReports(next);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [busy, planId, reports, announcer]);
  if (reports.length === 0) return <p className="text-sm text-slate-600">No reports yet. Choose a version above and generate one.</p>;
  return (
    <ScrollBox>
      <table className="w-full text-sm">
        <caption className="sr-only">Reports of this plan, newest first</caption>
        <thead className="text-left text-slate-600">
          <tr>
            <th scope="col" className="py-2">Requested</th>
            <th scope="col">Version</th>
            <th scope="col">Audit appendix</th>
            <th scope="col">Status</th>
            <th scope="col">File</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.id} className="border-t border-slate-200">
              <td className="py-2">{formatInstant(new Date(r.createdAt))}</td>
              <td>{r.versionNumber === null ? "Draft" : `Version ${r.versionNumber}`}</td>
              <td>{r.includeAudit && r.auditFrom && r.auditTo ? `${formatDay(new Date(r.auditFrom))} – ${formatDay(new Date(r.auditTo))}` : "—"}</td>
              <td>
                {r.status === "done" ? "Ready" : r.status === "failed" ? <span className="text-red-700">Failed: {r.error}</span> : null}
                {r.status === "queued" || r.status === "running" ? (
                  <span className="flex items-center gap-2">
                    <progress max={100} value={r.progress} aria-label={`Report progress ${r.progress}%`} className="w-32" />
                    {r.status === "queued" ? "Queued" : `${r.progress}%`}
                  </span>
                ) : null}
              </td>
              <td>
                {r.status === "done" && !r.downloadable ? (
                  <span className="text-slate-600">Holds the audit trail, which your role cannot read</span>
                ) : r.status === "done" ? (
                  <a className="text-blue-700 underline" href={`/plans/${planId}/reports/${r.id}/download`}>
                    Download PDF{r.sizeBytes ? ` (${Math.ceil(r.sizeBytes / 1024)} KB)` : ""}
                  </a>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
