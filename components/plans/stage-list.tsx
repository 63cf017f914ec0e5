import type { StageStatus } from "@/lib/plans/stages";

/** The BCM cycle's stages with how complete each is; empty stages say what they need first. */
export function StageList({ stages }: { stages: StageStatus[] }) {
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
                <span className="text-slate-500">{index + 1}.</span> {stage.title}
              </h3>
              <span className="text-sm tabular-nums text-slate-600">{stage.completeness}%</span>
            </div>
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
            <p className="mt-2 text-sm text-slate-600">{stage.summary}</p>
            {stage.note ? (
              <p className="mt-2 text-sm text-slate-700" data-testid="stage-note">
                {stage.note}
              </p>
            ) : stage.completeness === 0 ? (
              <p className="mt-2 text-sm italic text-slate-500">{stage.emptyState}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
