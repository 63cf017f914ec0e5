import type { ReviewInputs } from "@/lib/reviews/review-inputs";
import { formatDayText } from "@/lib/days";
import { count } from "@/lib/count";
import { ScrollBox } from "@/components/ui/scroll-box";

const day = (iso: string | null, none: string) => (iso ? formatDayText(iso) : none);

/** The inputs a management review considered (ISO 22301 §9.3.2), as frozen when it was recorded, or as they stand today on the form. */
export function ReviewInputsView({ inputs }: { inputs: ReviewInputs }) {
  return (
    <div className="space-y-4 text-sm">
      <p className="text-slate-600">
        As of {formatDayText(inputs.asOf)}. Incidents {inputs.since ? `since the previous review, held on ${formatDayText(inputs.since)}` : "of every date: no earlier review was recorded"}.
      </p>
      {inputs.plans.length === 0 ? (
        <p className="text-slate-600">The organisation had no active plans.</p>
      ) : (
        <ScrollBox>
          <table className="w-full border-collapse rounded-lg bg-white text-left shadow-sm">
            <caption className="sr-only">Active plans as of {formatDayText(inputs.asOf)}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-3">Plan</th>
                <th scope="col" className="p-3">Approval</th>
                <th scope="col" className="p-3">Last test</th>
                <th scope="col" className="p-3">Findings</th>
                <th scope="col" className="p-3">Incidents</th>
              </tr>
            </thead>
            <tbody>
              {inputs.plans.map((plan) => (
                <tr key={plan.planId} className="border-t border-slate-200 align-top">
                  <th scope="row" className="p-3 font-medium">{plan.name}</th>
                  <td className="p-3">
                    {plan.approval.label}
                    {plan.approval.approvedOn ? <div className="text-slate-600">Approved on {formatDayText(plan.approval.approvedOn)}</div> : null}
                    {plan.approval.reviewOverdue ? <div className="font-medium text-red-800">Plan review overdue</div> : null}
                  </td>
                  <td className="p-3">
                    {plan.testing.lastTestedOn ? `${formatDayText(plan.testing.lastTestedOn)}: ${plan.testing.lastResult ?? ""}` : "Never tested"}
                    {plan.testing.due ? (
                      <div className="font-medium text-amber-800">Test due{plan.testing.overdueSince ? ` since ${formatDayText(plan.testing.overdueSince)}` : " now"}</div>
                    ) : null}
                  </td>
                  <td className="p-3">
                    {count(plan.findings.open, "open finding")}
                    {plan.findings.overdue ? <div className="font-medium text-red-800">{plan.findings.overdue} overdue</div> : null}
                  </td>
                  <td className="p-3">
                    {plan.incidents.count === 0 ? "None" : count(plan.incidents.count, "incident")}
                    {plan.incidents.titles.length ? (
                      <ul className="mt-1 list-disc pl-5" aria-label={`Incidents under ${plan.name}`}>
                        {plan.incidents.titles.map((title, i) => (
                          <li key={`${i}-${title}`}>{title}</li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <div>
        <h3 className="font-semibold">Decisions of the previous review</h3>
        {inputs.previousReview ? (
          <>
            <p className="text-slate-600">Held on {day(inputs.previousReview.heldOn, "")}: review the status of these actions.</p>
            <p className="mt-1 whitespace-pre-wrap">{inputs.previousReview.decisions || "It recorded no decisions."}</p>
          </>
        ) : (
          <p className="text-slate-600">No earlier review was recorded.</p>
        )}
      </div>
    </div>
  );
}
