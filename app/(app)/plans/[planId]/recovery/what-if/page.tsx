import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { formatDuration } from "@/lib/engine";
import { runWhatIf } from "@/lib/recovery/run-what-if";
import type { Change, OutcomeChanges } from "@/lib/recovery/dashboard/compare";
import { mtdChangeWords } from "@/components/recovery/mtd-words";
import { ModelIssues } from "@/components/recovery/model-issues";
import { StatusBadge } from "@/components/recovery/status-badge";
import { WhatIfForm } from "@/components/recovery/what-if-form";
import { describeDraft } from "@/components/recovery/what-if-summary";
import { loadPlan } from "../../load-plan";
import { ScrollBox } from "@/components/ui/scroll-box";
import { FocusOnLoad } from "@/components/ui/focus-on-load";

export const metadata: Metadata = { title: "What-if" };

const FORM_ID = "what-if-draft";
const PROBLEMS_ID = "what-if-problems";

/**
 * Where the keyboard focus goes once a draft is submitted, which loads the page anew: to the
 * draft's effect; for a refused draft, to its first field to fix, else to what refused it.
 */
function focusAfter(state: Awaited<ReturnType<typeof runWhatIf>>["state"]): { target: string; form?: string } | null {
  if (state === "empty") return null;
  if (state === "assessed") return { target: "effect-heading" };
  if (state === "base-invalid") return { target: "model-issues-heading" };
  return { target: PROBLEMS_ID, form: FORM_ID };
}

export default async function WhatIfPage({ params, searchParams }: { params: Promise<{ planId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  const values = await searchParams;
  const result = await runWhatIf({ actor, planId, values });
  const base = `/plans/${planId}/recovery`;
  const draftLines = result.state === "assessed" ? describeDraft(result.options, result.draft) : [];
  const focus = focusAfter(result.state);
  return (
    <div className="space-y-6">
      <div>
        <Link href={base} className="text-sm text-blue-700 underline">
          Recovery readiness
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">What if…</h1>
        <p className="max-w-2xl text-sm text-slate-600">
          Change a policy&apos;s schedule or window or add a copy of its backups, change a location&apos;s throughput, streams or retrieval
          time, a host&apos;s memory or how soon it is ready, or where a system is restored in a scenario, or give it a replica, and see
          what it does to every RPO and RTO, to the business functions&apos; MTD checks and to the room on the hosts before anyone changes
          the real setup. Nothing here is saved.
        </p>
      </div>
      <WhatIfForm
        id={FORM_ID}
        action={`${base}/what-if`}
        values={result.state === "empty" ? {} : values}
        errors={result.state === "invalid" || result.state === "draft-invalid" ? result.fieldErrors : {}}
        // Only what the form shows: it runs in the browser, and a policy's rows list every system it covers.
        policies={result.options.policies.map((p) => ({ key: p.key, name: p.name, cron: p.cron, timezone: p.timezone, everyMinutes: p.everyMinutes, windowMinutes: p.windowMinutes }))}
        locations={result.options.locations}
        hosts={result.options.hosts}
        systems={result.options.systems}
        replicas={result.options.replicas}
        scenarios={result.options.scenarios}
      />
      {result.state === "invalid" ? (
        <section id={PROBLEMS_ID} tabIndex={-1} role="alert" className="text-sm text-red-800">
          <p>Some fields need attention.</p>
          <IssueList issues={result.issues} />
        </section>
      ) : null}
      {result.state === "draft-invalid" ? (
        <section id={PROBLEMS_ID} tabIndex={-1} role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900">
          <p>
            The draft cannot be assessed{Object.keys(result.fieldErrors).length ? ": change the fields marked above" : ""}. Nothing saved is affected.
          </p>
          <IssueList issues={result.issues} />
        </section>
      ) : null}
      {result.state === "base-invalid" ? <ModelIssues issues={result.issues} planId={planId} /> : null}
      {result.state === "assessed" ? (
        <section aria-labelledby="effect-heading">
          <h2 id="effect-heading" tabIndex={-1} className="text-lg font-semibold">
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
            <p className="mt-2 text-sm text-amber-900">No disaster scenarios yet.{canEdit ? " Add disaster scenarios on the Risks page to assess them." : ""}</p>
          ) : draftLines.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">The draft keeps every policy, location, host and system as saved: choose one above, and what to change in it.</p>
          ) : (
            <>
              <Outcomes outcomes={result.outcomes} scenarioNames={result.scenarioNames} hosts={result.options.hosts} />
              {result.changes.length === 0 ? (
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
            </>
          )}
        </section>
      ) : null}
      {focus ? <FocusOnLoad {...focus} /> : null}
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

const systemsWithoutRoom = (systems: string[]) => (systems.length ? systems.join(", ") : "none");

/**
 * Beside the objectives, what the draft does to the plan as a whole: the count of problems (the
 * findings that are errors), the MTD check of each function whose recovery time or check moves,
 * and the systems each host has no room for, where they change.
 */
function Outcomes({ outcomes, scenarioNames, hosts }: { outcomes: OutcomeChanges; scenarioNames: Record<string, string>; hosts: { key: string; name?: string }[] }) {
  const { problems, functions, capacity } = outcomes;
  const hostName = (key: string) => hosts.find((h) => h.key === key)?.name ?? key;
  return (
    <div className="mt-3 space-y-3 text-sm">
      <p data-testid="problems-before-after">
        Problems (findings that are errors): {problems.before} as saved → {problems.after} with the draft
        {problems.before === problems.after ? ", unchanged." : "."}
      </p>
      {functions.length ? (
        <ChangeTable
          caption="Business functions whose MTD check changes"
          nameHeader="Function"
          changeHeader="Recovery time and MTD now → draft"
          rowAttr="data-mtd"
          rows={functions.map((f) => ({ scenario: scenarioNames[f.scenario] ?? f.scenario, id: `${f.scenario}/${f.process}`, name: f.process, change: `${mtdChangeWords(f.before, f.gaps)} → ${mtdChangeWords(f.after, f.gaps)}` }))}
        />
      ) : (
        <p className="text-slate-600">No business function&apos;s MTD check changes with this draft.</p>
      )}
      {capacity.length ? (
        <ChangeTable
          caption="Hosts whose systems without room change"
          nameHeader="Host"
          changeHeader="No room for, now → draft"
          rowAttr="data-capacity"
          rows={capacity.map((c) => ({ scenario: scenarioNames[c.scenario] ?? c.scenario, id: `${c.scenario}/${c.host}`, name: hostName(c.host), change: `${systemsWithoutRoom(c.before)} → ${systemsWithoutRoom(c.after)}` }))}
        />
      ) : null}
    </div>
  );
}

/** The problems the page could not tie to a field, one per line. */
function IssueList({ issues }: { issues: { message: string }[] }) {
  if (!issues.length) return null;
  return (
    <ul className="mt-2 list-disc pl-5">
      {issues.map((issue, i) => (
        <li key={i}>{issue.message}</li>
      ))}
    </ul>
  );
}

/** One row per scenario and function or host whose outcome the draft moves: its scenario, its name and the change. */
function ChangeTable({ caption, nameHeader, changeHeader, rowAttr, rows }: {
  caption: string;
  nameHeader: string;
  changeHeader: string;
  /** The row's data attribute, holding "<scenario key>/<function or host>". */
  rowAttr: "data-mtd" | "data-capacity";
  rows: { id: string; scenario: string; name: string; change: string }[];
}) {
  return (
    <ScrollBox>
      <table className="min-w-full rounded-lg border border-slate-200 bg-white text-left">
        <caption className="p-2 text-left font-medium">{caption}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="p-2">Scenario</th>
            <th scope="col" className="p-2">{nameHeader}</th>
            <th scope="col" className="p-2">{changeHeader}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-100" {...{ [rowAttr]: row.id }}>
              <td className="p-2">{row.scenario}</td>
              <th scope="row" className="p-2 font-medium">{row.name}</th>
              <td className="p-2">{row.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
