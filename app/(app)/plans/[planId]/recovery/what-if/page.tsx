import type { Metadata } from "next";
import Link from "next/link";
import { formatDuration } from "@/lib/engine";
import { runWhatIf } from "@/lib/recovery/run-what-if";
import type { Change } from "@/lib/recovery/dashboard/compare";
import { ModelIssues } from "@/components/recovery/model-issues";
import { StatusBadge } from "@/components/recovery/status-badge";
import { WhatIfForm } from "@/components/recovery/what-if-form";
import { describeDraft } from "@/components/recovery/what-if-summary";
import { loadPlan } from "../../load-plan";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "What-if" };

export default async function WhatIfPage({ params, searchParams }: { params: Promise<{ planId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { planId } = await params;
  const { actor } = await loadPlan(planId);
  const values = await searchParams;
  const result = await runWhatIf({ actor, planId, values });
  const base = `/plans/${planId}/recovery`;
  const draftLines = result.state === "assessed" ? describeDraft(result.options, result.draft) : [];
  return (
    <div className="space-y-6">
      <div>
        <Link href={base} className="text-sm text-blue-700 underline">
          Recovery readiness
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">What if…</h1>
        <p className="max-w-2xl text-sm text-slate-600">
          Change a policy&apos;s schedule or window or add a copy of its backups, change a location&apos;s throughput, streams or retrieval
          time, or a host&apos;s memory or how soon it is ready, and see what it does to every RPO and RTO before anyone changes the real
          setup. Nothing here is saved.
        </p>
      </div>
      <WhatIfForm
        action={`${base}/what-if`}
        values={result.state === "empty" ? {} : values}
        errors={result.state === "invalid" || result.state === "draft-invalid" ? result.fieldErrors : {}}
        policies={result.options.policies}
        locations={result.options.locations}
        hosts={result.options.hosts}
      />
      {result.state === "invalid" ? (
        <p role="alert" className="text-sm text-red-800">
          Some fields need attention.
        </p>
      ) : null}
      {result.state === "draft-invalid" ? (
        <section role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900">
          <p>
            The draft cannot be assessed{Object.keys(result.fieldErrors).length ? ": change the fields marked above" : ""}. Nothing saved is affected.
          </p>
          {result.issues.length ? (
            <ul className="mt-2 list-disc pl-5">
              {result.issues.map((issue, i) => (
                <li key={i}>{issue.message}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      {result.state === "base-invalid" ? <ModelIssues issues={result.issues} planId={planId} /> : null}
      {result.state === "assessed" ? (
        <section aria-labelledby="effect-heading" aria-live="polite">
          <h2 id="effect-heading" className="text-lg font-semibold">
            Effect of the draft
          </h2>
          {draftLines.length ? (
            <p className="mt-2 text-sm text-slate-600">Assessed with these changes to the saved setup:</p>
          ) : null}
          {draftLines.length ? (
            <ul aria-label="What the draft changes" className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-800">
              {draftLines.map((line) => (
                <li key={line.subject}>
                  <span className="font-medium">{line.subject}</span>: {line.changes.join("; ")}
                </li>
              ))}
            </ul>
          ) : null}
          {result.scenarios === 0 ? (
            <p className="mt-2 text-sm text-amber-900">No disaster scenarios yet. Add disaster scenarios on the Risks page to assess them.</p>
          ) : draftLines.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">The draft keeps every policy, location and host as saved: choose one above, and what to change in it.</p>
          ) : result.changes.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No RPO or RTO changes with this draft.</p>
          ) : (
            <ScrollBox>
              <table className="mt-2 min-w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
                <caption className="sr-only">RPO and RTO before and after the draft</caption>
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    <th scope="col" className="p-2">Scenario</th>
                    <th scope="col" className="p-2">System</th>
                    <th scope="col" className="p-2">RPO now → draft</th>
                    <th scope="col" className="p-2">RTO now → draft</th>
                  </tr>
                </thead>
                <tbody>
                  {result.changes.map((c) => (
                    <tr key={`${c.scenario}/${c.system}`} className="border-t border-slate-100" data-change={`${c.scenario}/${c.system}`}>
                      <td className="p-2">{result.scenarioNames[c.scenario] ?? c.scenario}</td>
                      <th scope="row" className="p-2 font-medium">{c.system}</th>
                      <td className="p-2">
                        <BeforeAfter label="RPO" value={c.rpo} />
                      </td>
                      <td className="p-2">
                        <BeforeAfter label="RTO" value={c.rto} />
                        {c.unplaced.before !== c.unplaced.after ? (
                          <p className="text-xs text-slate-600">
                            {c.unplaced.before ? "Fits on its recovery host with the draft (no room as saved)." : "No room on its recovery host with the draft."}
                          </p>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
        </section>
      ) : null}
    </div>
  );
}

type Compared = Change["rpo"];

/** One objective now and with the draft; one that the draft leaves as it is says so, so the eye goes to what moves. */
function BeforeAfter({ label, value }: { label: "RPO" | "RTO"; value: Compared }) {
  if (value.before === value.after && value.statusBefore === value.statusAfter) {
    return (
      <span className="text-slate-500">
        {formatDuration(value.before)} <StatusBadge label={label} status={value.statusBefore} /> unchanged
      </span>
    );
  }
  return (
    <>
      {formatDuration(value.before)} <StatusBadge label={label} status={value.statusBefore} /> → {formatDuration(value.after)}{" "}
      <StatusBadge label={label} status={value.statusAfter} />
    </>
  );
}
