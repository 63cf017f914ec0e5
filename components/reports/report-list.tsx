"use client";

import { useEffect, useState } from "react";
import type { ReportRow } from "@/lib/reports/list-reports";
import { ScrollBox } from "@/components/ui/scroll-box";

const POLL_MS = 2000;

const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

/**
 * The plan's recent reports. While one is queued or running the list polls the status route, so
 * progress moves and the download link appears without reloading the page. The page keys it on
 * the reports it rendered, so a new request remounts it with fresh rows.
 */
export function ReportList({ planId, initial }: { planId: string; initial: ReportRow[] }) {
  const [reports, setReports] = useState(initial);
  const busy = reports.some((r) => r.status === "queued" || r.status === "running");
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(async () => {
      const response = await fetch(`/plans/${planId}/reports/status`, { cache: "no-store" });
      if (response.ok) setReports(((await response.json()) as { reports: ReportRow[] }).reports);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [busy, planId]);
  if (reports.length === 0) return <p className="text-sm text-slate-600">No reports yet. Choose a version above and generate one.</p>;
  return (
    <ScrollBox>
      <table className="w-full text-sm">
        <caption className="sr-only">Reports of this plan, newest first</caption>
        <thead className="text-left text-slate-600">
          <tr>
            <th scope="col" className="py-2">Requested (UTC)</th>
            <th scope="col">Version</th>
            <th scope="col">Audit appendix</th>
            <th scope="col">Status</th>
            <th scope="col">File</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.id} className="border-t border-slate-200">
              <td className="py-2">{when(r.createdAt)}</td>
              <td>{r.versionNumber === null ? "Draft" : `Version ${r.versionNumber}`}</td>
              <td>{r.includeAudit && r.auditFrom && r.auditTo ? `${r.auditFrom.slice(0, 10)} – ${r.auditTo.slice(0, 10)}` : "—"}</td>
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
                {r.status === "done" ? (
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
