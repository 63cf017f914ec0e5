import type { PlanGaps } from "@/lib/plans/plan-gaps";

/**
 * How complete the plan is, next to a submission or a decision: a warning, never a block, so
 * nobody submits or approves a plan with empty stages without seeing it. Whether the business
 * could recover is said apart: a stage's figure is how far its work has got, not the outcome.
 */
export function CompletenessWarning({ gaps, lead }: { gaps: PlanGaps; lead: string }) {
  const outcome = gaps.recoveryOutcome ? (
    <p className="mt-1" data-testid="recovery-outcome">
      <span className="font-medium">Recovery readiness:</span> {gaps.recoveryOutcome}
    </p>
  ) : null;
  if (gaps.gaps.length === 0) {
    return (
      <div className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="plan-completeness">
        <p>{lead} 100% complete: every stage of the plan is filled in.</p>
        {outcome}
      </div>
    );
  }
  return (
    <div role="note" className="space-y-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="plan-completeness">
      <p>
        <span className="font-medium">
          {lead} {gaps.contentCompleteness}% complete.
        </span>{" "}
        {/* The overview's overall figure counts the approval stage too, so the two differ. */}
        <span className="text-amber-900">Approval itself is left out of this figure; the overview&apos;s overall figure counts it.</span>
      </p>
      {outcome}
      <p>Main gaps:</p>
      <ul className="list-disc pl-5">
        {gaps.gaps.map((gap) => (
          <li key={gap.title}>
            {gap.title} ({gap.completeness}%): {gap.why}
          </li>
        ))}
      </ul>
    </div>
  );
}
