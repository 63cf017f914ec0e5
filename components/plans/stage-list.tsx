import Link from "next/link";
import { PLAN_PAGES } from "@/lib/plans/plan-nav";
import type { StageKey, StageStatus, TabSegment } from "@/lib/plans/stages";

const TAB_LABELS = new Map<string | null, string>(PLAN_PAGES.map((page) => [page.segment, page.label]));

/** The tabs a stage is worked on, by the names the tab bar gives them, so a step is found there. */
function StageTabs({ planId, tabs }: { planId: string; tabs: readonly TabSegment[] }) {
  return (
    <p className="mt-1 text-xs text-slate-500" data-testid="stage-tabs">
      {tabs.length === 1 ? "Tab: " : "Tabs: "}
      {tabs.map((tab, index) => (
        <span key={tab}>
          {index > 0 ? ", " : null}
          {/* Named as a tab: the stage's title beside it may read the same ("Priorities"). */}
          <Link href={`/plans/${planId}/${tab}`} className="text-blue-800 underline" aria-label={`${TAB_LABELS.get(tab)} tab`}>
            {TAB_LABELS.get(tab)}
          </Link>
        </span>
      ))}
    </p>
  );
}

/** The stages whose figure counts the work done, and what their outcome line says the work found. */
const OUTCOME_LABEL: Partial<Record<StageKey, string>> = { recovery: "Recovery readiness", tests: "Test results" };

/**
 * The BCM cycle's stages with how complete each is, numbered in the order of the plan's tabs and
 * each linked to the tabs where it is worked on: empty stages say what they need first, partly
 * done ones what they still lack. A stage with an outcome (recovery) says it under the figure,
 * whatever the figure: 84% complete is not 84% recoverable.
 */
export function StageList({ planId, stages }: { planId: string; stages: StageStatus[] }) {
  return (
    <section aria-labelledby="stages-heading">
      <h2 id="stages-heading" className="text-lg font-semibold">
        The continuity cycle
      </h2>
      <ol className="mt-3 grid grid-cols-1 gap-3 md:grid-cols-2">
        {stages.map((stage, index) => (
          <li key={stage.key} className="rounded-lg border border-slate-200 bg-white p-4" data-stage={stage.key}>
            <div className="flex items-baseline justify-between gap-3">
              <h3 className="font-medium">
                <span className="text-slate-500">{index + 1}.</span>{" "}
                <Link href={`/plans/${planId}/${stage.tabs[0]}`} className="text-blue-800 underline">
                  {stage.title}
                </Link>
              </h3>
              <span className="text-sm tabular-nums text-slate-600">{stage.completeness}% complete</span>
            </div>
            <StageTabs planId={planId} tabs={stage.tabs} />
            <div
              role="progressbar"
              aria-label={`${stage.title} completeness`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={stage.completeness}
              className="mt-2 h-1.5 rounded bg-slate-100"
            >
              <div className="h-1.5 rounded bg-blue-600" style={{ width: `${stage.completeness}%` }} />
            </div>
            {stage.outcome ? (
              <p className="mt-2 text-sm text-slate-900" data-testid="stage-outcome">
                <span className="font-medium">{OUTCOME_LABEL[stage.key] ?? "Outcome"}:</span> {stage.outcome}
              </p>
            ) : null}
            <p className="mt-2 text-sm text-slate-600">{stage.summary}</p>
            {stage.note ? (
              <p className="mt-2 text-sm text-slate-700" data-testid="stage-note">
                {stage.note}
              </p>
            ) : stage.todo.length ? (
              <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-700" aria-label={`Still to do: ${stage.title}`} data-testid="stage-todo">
                {stage.todo.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ) : stage.completeness === 0 ? (
              <p className="mt-2 text-sm italic text-slate-500">{stage.emptyState}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
