import type { Metadata } from "next";
import { allRegisters } from "@/lib/inventories/registers";
import { can } from "@/lib/auth/permissions";
import { getReportOptions } from "@/lib/reports/get-report-options";
import { listReports } from "@/lib/reports/list-reports";
import { REPORT_LIMITS } from "@/lib/reports/report-limits";
import { reportVersionOptions } from "@/lib/reports/report-version-options";
import { RequestReportForm } from "@/components/reports/request-report-form";
import { ReportList } from "@/components/reports/report-list";
import { loadPlan } from "../load-plan";
import { requestReportAction } from "./actions";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const [{ versions, defaultVersion }, reports] = await Promise.all([getReportOptions({ actor, planId }), listReports({ actor, planId })]);
  return (
    <div className="space-y-8">
      <section aria-labelledby="reports-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h1 id="reports-heading" className="text-2xl font-semibold">
          Reports
        </h1>
        <p className="text-sm text-slate-600">
          The plan as a PDF for auditors: approval page with the version hash and approvers, the plan in the order of NIST SP 800-34, recovery readiness, and appendices with the BIA, risks, inventories and tests. Large plans take a little while; the list below shows progress.
        </p>
        <p className="text-sm text-slate-600">
          You can have up to {REPORT_LIMITS.unfinishedPerMember} reports being prepared at a time ({REPORT_LIMITS.unfinishedPerOrganisation} for your whole
          organisation), and request up to {REPORT_LIMITS.requestsPerMemberPerHour} an hour.
        </p>
        <RequestReportForm action={requestReportAction} planId={plan.id} versions={reportVersionOptions(versions)} defaultVersion={defaultVersion} canAppendAudit={can(actor.role, "audit:read")} />
      </section>
      <section aria-labelledby="reports-list-heading" className="space-y-3">
        <h2 id="reports-list-heading" className="text-lg font-semibold">
          Generated reports
        </h2>
        <ReportList key={reports.map((r) => `${r.id}:${r.status}`).join()} planId={plan.id} initial={reports} />
      </section>
      <section aria-labelledby="exports-heading" className="space-y-2">
        <h2 id="exports-heading" className="text-lg font-semibold">
          Other exports
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>
            <a className="text-blue-700 underline" href={`/plans/${plan.id}/reports/readiness.csv`}>
              Readiness matrix (CSV)
            </a>{" "}
            — per system and scenario: RPO and RTO, achieved and targeted, met or breached, and the business function or system each RPO and RTO target comes from.
          </li>
          <li>
            <a className="text-blue-700 underline" href={`/plans/${plan.id}/recovery/model.json`}>
              Recovery model (JSON)
            </a>{" "}
            — for <code>continuity check</code>.
          </li>
          {allRegisters().map((r) => (
            <li key={r.kind}>
              <a className="text-blue-700 underline" href={`/plans/${plan.id}/inventories/${r.kind}/export`}>
                {r.title} (CSV)
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
