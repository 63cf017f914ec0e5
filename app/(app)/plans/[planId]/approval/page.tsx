import type { Metadata } from "next";
import Link from "next/link";
import { formatInstant } from "@/lib/days";
import { can } from "@/lib/auth/permissions";
import { getApprovalOverview } from "@/lib/versions/get-approval-overview";
import { decisionLines } from "@/lib/versions/decision-lines";
import { getPlanOverview } from "@/lib/plans/get-plan-overview";
import { planGaps } from "@/lib/plans/plan-gaps";
import { VersionStatus } from "@/components/versions/status-badge";
import { ApproversForm } from "@/components/versions/approvers-form";
import { CadenceForm } from "@/components/plans/cadence-form";
import { REVIEW_CADENCE_LABEL } from "@/lib/versions/schemas";
import { SubmitPlanForm } from "@/components/versions/submit-plan-form";
import { CompletenessWarning } from "@/components/versions/completeness-warning";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { loadPlan } from "../load-plan";
import { setApproversAction, setReviewCadenceAction, submitPlanAction, withdrawVersionAction } from "./actions";
import { ScrollBox } from "@/components/ui/scroll-box";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Approval" };

const date = (d: Date | null) => (d ? formatInstant(d) : "—");

export default async function ApprovalPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const [{ status, term, cadenceNote, stuck, versions, approvers, executives }, overview] = await Promise.all([getApprovalOverview({ actor, plan }), getPlanOverview({ actor, plan })]);
  const active = plan.status === "active";
  // The version this member is asked to decide on, if any: put first, so an approver opening the page knows what is wanted of them.
  // Only while they may approve (the permission decideVersion checks): a named approver no longer an executive is asked nothing.
  const awaitingMe = active && can(actor.role, "plan:approve")
    ? versions.find((v) => v.status === "submitted" && v.requiredApproverIds.includes(actor.userId) && !v.approvals.some((a) => a.approver.id === actor.userId))
    : undefined;
  return (
    <div className="space-y-8">
      <section aria-labelledby="approval-heading" className="space-y-1">
        <h1 id="approval-heading" className="text-2xl font-semibold">
          Executive approval
        </h1>
        <p className="font-medium">Status: {status.label}</p>
        {status.approved && status.changedSinceApproval ? (
          <p className="text-sm">
            <Link href={`/plans/${plan.id}/approval/compare?from=${status.approved.number}&to=current`} className="text-blue-700 underline">
              What changed since version {status.approved.number} was approved
            </Link>
          </p>
        ) : null}
        {stuck ? (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="version-stuck">
            {stuck}
          </p>
        ) : null}
        <p className="text-sm text-slate-600">
          Approvals expire after {plan.reviewCadenceDays} days: the plan must then be reviewed and approved again.
          {term ? ` ${term}` : ""}
          {cadenceNote ? ` ${cadenceNote}` : ""}
        </p>
        {active && can(actor.role, "plan:edit") ? (
          <div className="pt-2">
            <CadenceForm
              action={setReviewCadenceAction}
              plan={{ id: plan.id, version: plan.version }}
              name="reviewCadenceDays"
              label={REVIEW_CADENCE_LABEL}
              days={plan.reviewCadenceDays}
              formLabel="Review cadence"
              hint={
                // An approval given before its cadence was kept follows the plan's, longer or shorter (decision 65).
                status.approved && status.approved.approvedForDays === null
                  ? `Days, or 26w, 1y: from 30 days to 2 years. Version ${status.approved.number}'s approval, given before approvals kept their cadence, follows this one, longer or shorter.`
                  : "Days, or 26w, 1y: from 30 days to 2 years. A longer cadence applies from the next approval; a shorter one to the approval in force too."
              }
            />
          </div>
        ) : null}
      </section>

      {awaitingMe ? (
        <section aria-labelledby="awaiting-heading" className="space-y-2 rounded-lg border border-blue-200 bg-blue-50 p-4" data-testid="decision-needed">
          <h2 id="awaiting-heading" className="text-base font-semibold">
            Your decision is needed on version {awaitingMe.number}
          </h2>
          <p className="text-sm">
            Submitted {date(awaitingMe.submittedAt)}.{awaitingMe.note ? ` Note from the committee: “${awaitingMe.note}”` : ""}
          </p>
          <Link href={`/plans/${plan.id}/approval/versions/${awaitingMe.number}`} className={buttonClass("primary")}>
            Review version {awaitingMe.number} and decide
          </Link>
        </section>
      ) : null}

      {active && (can(actor.role, "plan:edit") || can(actor.role, "plan:submit")) ? (
        <section aria-label="Approvers and submission" className="grid grid-cols-1 gap-6 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-2">
          {can(actor.role, "plan:edit") ? (
            <ApproversForm
              action={setApproversAction}
              planId={plan.id}
              executives={executives}
              selected={approvers.map((a) => a.id)}
              pendingNumber={status.pending?.number ?? null}
              manageMembers={can(actor.role, "member:manage")}
            />
          ) : null}
          {can(actor.role, "plan:submit") ? (
            status.pending ? (
              <div className="space-y-2">
                {/* Where the keyboard focus lands once the plan is submitted (SubmitPlanForm's outcome). */}
                <h2 id="pending-heading" tabIndex={-1} className="text-base font-semibold">
                  Version {status.pending.number} awaits approval
                </h2>
                <p className="text-sm text-slate-600">
                  The plan stays editable meanwhile, but edits do not change this version: its approvers decide on it as submitted. To
                  have them decide on the plan as it is now, withdraw it and submit again.
                </p>
                <ConfirmForm
                  action={withdrawVersionAction}
                  fields={{ planId: plan.id, number: String(status.pending.number) }}
                  label={`Withdraw version ${status.pending.number}`}
                  title={`Withdraw version ${status.pending.number}?`}
                  body="The approvers will no longer be asked to decide on it. Decisions already made stay in its history."
                  confirmLabel="Withdraw"
                />
              </div>
            ) : (
              <SubmitPlanForm action={submitPlanAction} planId={plan.id} outcome="pending-heading">
                <CompletenessWarning gaps={planGaps(overview.stages)} lead="The plan's content is" />
              </SubmitPlanForm>
            )
          ) : null}
        </section>
      ) : (
        <p className="text-sm text-slate-600">
          Approvers: {approvers.length ? approvers.map((a) => a.name).join(", ") : "none named yet"}.
        </p>
      )}

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading" className="text-lg font-semibold">
          Versions
        </h2>
        {versions.length === 0 ? (
          <p className="mt-3 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
            No version has been submitted yet.
          </p>
        ) : (
          <>
            <ScrollBox>
              <table className="mt-3 w-full border-collapse rounded-lg bg-white text-sm shadow-sm">
                <caption className="sr-only">Versions of the plan, newest first</caption>
                <thead className="bg-slate-100 text-left">
                  <tr>
                    <th scope="col" className="p-3">Version</th>
                    <th scope="col" className="p-3">Status</th>
                    <th scope="col" className="p-3">SHA-256</th>
                    <th scope="col" className="p-3">Submitted (UTC)</th>
                    <th scope="col" className="column-prose p-3">Decisions</th>
                  </tr>
                </thead>
                <tbody>
                  {versions.map((v) => (
                    <tr key={v.id} className="border-t border-slate-200 align-top" data-version={v.number}>
                      <td className="p-3">
                        <Link href={`/plans/${plan.id}/approval/versions/${v.number}`} className="font-medium text-blue-800 underline">
                          Version {v.number}
                        </Link>
                      </td>
                      <td className="p-3">
                        <VersionStatus status={v.status} />
                      </td>
                      <td className="p-3 font-mono text-xs" title={v.hash}>
                        {v.hash.slice(0, 16)}…
                      </td>
                      <td className="whitespace-nowrap p-3 tabular-nums">{date(v.submittedAt)}</td>
                      <td className="p-3">
                        {v.approvals.length === 0
                          ? "—"
                          : decisionLines(v.approvals).map((line) => <div key={line.key}>{line.text}</div>)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
            {versions.length > 0 ? (
              <form action={`/plans/${plan.id}/approval/compare`} className="mt-4 flex flex-wrap items-end gap-2 text-sm">
                <label className="flex flex-col">
                  From
                  <select name="from" defaultValue={(versions[1] ?? versions[0]).number} className="rounded-md border border-slate-300 px-2 py-1">
                    {versions.map((v) => (
                      <option key={v.number} value={v.number}>
                        Version {v.number}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="flex flex-col">
                  To
                  <select name="to" defaultValue={versions.length > 1 ? versions[0].number : "current"} className="rounded-md border border-slate-300 px-2 py-1">
                    {versions.map((v) => (
                      <option key={v.number} value={v.number}>
                        Version {v.number}
                      </option>
                    ))}
                    <option value="current">The plan as it is now</option>
                  </select>
                </label>
                <button className="rounded-md border border-slate-300 bg-white px-3 py-1.5">Compare</button>
              </form>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}
