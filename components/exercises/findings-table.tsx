import Link from "next/link";
import { isFindingOverdue } from "@/lib/exercises/schedule";
import { SEVERITY_LABELS, STATUS_LABELS } from "@/lib/findings/schemas";
import { formatDay } from "@/lib/days";
import { NEEDS_DUE_DATE, NEEDS_OWNER } from "@/lib/findings/finding-words";
import { findingSourceHref, findingSourceText } from "@/lib/findings/finding-source";
import { ScrollBox } from "@/components/ui/scroll-box";

export type OpenFindingRow = {
  id: string;
  description: string;
  severity: keyof typeof SEVERITY_LABELS;
  status: keyof typeof STATUS_LABELS;
  dueOn: Date | null;
  owner: { name: string } | null;
  exercise: { id: string; title: string } | null;
  incident: { id: string; title: string } | null;
};

const SEVERITY_STYLES = {
  critical: "bg-red-700 text-white",
  high: "bg-red-100 text-red-900",
  medium: "bg-amber-100 text-amber-900",
  low: "bg-slate-100 text-slate-800",
} as const;

/**
 * Findings still to resolve: severity, owner, due date (flagged when overdue), and the test or the
 * incident they came from. One saved before owners and due dates were required says what it needs.
 */
export function OpenFindingsTable({ findings, planId, now }: { findings: OpenFindingRow[]; planId: string; now: Date }) {
  if (findings.length === 0) return <p className="text-sm text-slate-600">No open findings.</p>;
  return (
    <ScrollBox>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Open findings</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="p-2">Finding</th>
            <th scope="col" className="p-2">Severity</th>
            <th scope="col" className="p-2">Owner</th>
            <th scope="col" className="p-2">Due</th>
            <th scope="col" className="p-2">Status</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((finding) => {
            const overdue = isFindingOverdue(finding, now);
            const source = findingSourceText(finding);
            return (
              <tr key={finding.id} className="border-t border-slate-200" data-finding={finding.description}>
                <th scope="row" className="p-2 text-left font-normal">
                  <span className="font-medium">{finding.description}</span>
                  {source ? (
                    <>
                      {" "}
                      <Link href={findingSourceHref(planId, { exerciseId: finding.exercise?.id, incidentId: finding.incident?.id })} className="text-blue-700 underline">
                        {source}
                      </Link>
                    </>
                  ) : null}
                </th>
                <td className="p-2">
                  <span className={`rounded px-2 py-0.5 text-xs font-medium ${SEVERITY_STYLES[finding.severity]}`}>{SEVERITY_LABELS[finding.severity]}</span>
                </td>
                <td className="p-2">{finding.owner?.name ?? <strong>{NEEDS_OWNER}</strong>}</td>
                <td className="p-2">
                  {finding.dueOn ? formatDay(finding.dueOn) : <strong>{NEEDS_DUE_DATE}</strong>}
                  {overdue ? <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-xs font-medium text-red-900">Overdue</span> : null}
                </td>
                <td className="p-2">{STATUS_LABELS[finding.status]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
