import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { formatDuration } from "@/lib/engine";
import { formatDay } from "@/lib/days";
import { AGE_BANDS } from "@/lib/recovery/dashboard/ages";
import { getSystemReadiness } from "@/lib/recovery/get-system-readiness";
import { leftOutGroupSentence, leftOutReason } from "@/lib/recovery/to-model";
import { ModelIssues } from "@/components/recovery/model-issues";
import { StatusBadge } from "@/components/recovery/status-badge";
import { loadPlan } from "../../../load-plan";
import { orNotFound } from "@/lib/http/or-not-found";
import { ScrollBox } from "@/components/ui/scroll-box";
import { KeyedName } from "@/components/recovery/keyed-name";
import { cache } from "react";

export async function generateMetadata({ params }: { params: Promise<{ planId: string; systemId: string }> }): Promise<Metadata> {
  const { planId, systemId } = await params;
  await load(planId, systemId);
  return { title: "System recovery readiness" };
}

// Once per request: the title and the page both ask (the assessment is the page's costliest read).
const load = cache(async (planId: string, systemId: string) => {
  const { actor } = await loadPlan(planId);
  return await orNotFound(getSystemReadiness({ actor, planId, systemId }));
});


/** Where the system runs, or why it has no restore of ours to assess. */
function HostLine({ planId, system }: { planId: string; system: { id: string; kind: string; host: { name: string } | null } }) {
  if (system.host) return <>Runs on {system.host.name}</>;
  if (system.kind === "saas")
    return (
      <>
        A SaaS service: its provider runs and restores it, so there is no restore of ours to assess. Check the provider&apos;s contractual
        recovery time against the targets below by linking the vendor to the functions that need it in the impact analysis.
      </>
    );
  return (
    <>
      No host: not a restorable VM, left out of the recovery model.{" "}
      <Link href={`/plans/${planId}/recovery/setup/vms/${system.id}`} className="underline">
        Set its host under VM facts
      </Link>{" "}
      to assess its restore.
    </>
  );
}

export default async function SystemPage({ params }: { params: Promise<{ planId: string; systemId: string }> }) {
  const { planId, systemId } = await params;
  const r = await load(planId, systemId);
  const { actor, plan } = await loadPlan(planId);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  const name = (key: string) => r.scenarioNames[key] ?? key;
  const target = (t: { minutes: number | null; from: string[]; inherited?: string | null }) =>
    t.minutes === null
      ? "not set: link the system to a business function with this target in the BIA"
      : `${formatDuration(t.minutes)}, ${t.inherited ?? `from ${t.from.join(", ")}`}`;
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/plans/${planId}/recovery`} className="text-sm text-blue-700 underline">
          Recovery readiness
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{r.system.name}</h1>
        <p className="text-sm text-slate-600">
          <HostLine planId={planId} system={r.system} />
        </p>
      </div>

      {r.incomplete ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-not-assessed>
          <strong>Not assessed: {leftOutReason(r.incomplete.missing)}.</strong> Without its memory and used size no restore time can be worked out,
          so no RTO is shown as met.{" "}
          <Link href={`/plans/${planId}/recovery/setup/vms/${r.system.id}`} className="underline">
            Set them under VM facts
          </Link>
          .
        </p>
      ) : null}
      {r.cutDependencies.length ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-cut-dependencies>
          Depends on{" "}
          {r.cutDependencies.map((c) => `${c.dependsOn} (left out of the assessment: ${c.reason})`).join(", ")}: its restore below does not wait
          for {r.cutDependencies.length === 1 ? "it" : "them"}, so it may be ready later than shown.
        </p>
      ) : null}
      {r.leftOutGroups.map((g) => (
        <p key={g.key} role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-left-out-group={g.key}>
          {leftOutGroupSentence(g)} Its systems&apos; restore points are not checked against each other.
        </p>
      ))}

      <section aria-labelledby="targets-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="targets-heading" className="text-lg font-semibold">
          Targets
        </h2>
        <dl className="mt-2 grid grid-cols-1 gap-2 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="font-medium">RPO</dt>
          <dd data-target="rpo">{target(r.targets.rpo)}</dd>
          <dt className="font-medium">RTO</dt>
          <dd data-target="rto">{target(r.targets.rto)}</dd>
          <dt className="font-medium">Newest point</dt>
          <dd>{r.age ? (r.age.minutes === null ? "no restore point recorded" : `${formatDuration(r.age.minutes)} old (${AGE_BANDS.find((b) => b.status === r.age?.status)?.label.toLowerCase()})`) : "—"}</dd>
        </dl>
        {r.system.functions.length ? (
          <p className="mt-2 text-xs text-slate-500">
            Needed by: {r.system.functions.map((f) => f.name).join(", ")}. The tightest target of these applies
            {r.targets.rto.inherited ? ", but a system that depends on it needs it back sooner (RTO above)" : ""}.
          </p>
        ) : null}
      </section>

      {r.issues.length ? <ModelIssues issues={r.issues} planId={planId} /> : null}

      {r.modelled && !r.issues.length ? (
        <>
          <section aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading" className="text-lg font-semibold">
              Per scenario
            </h2>
            {r.perScenario.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">No disaster scenarios yet.{canEdit ? " Add disaster scenarios on the Risks page to assess them." : ""}</p>
            ) : (
              <ScrollBox>
                <table className="mt-2 min-w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
                  <caption className="sr-only">RPO and RTO of {r.system.name} in each scenario</caption>
                  <thead className="bg-slate-50 text-slate-600">
                    <tr>
                      <th scope="col" className="p-2">Scenario</th>
                      <th scope="col" className="p-2">RPO worst case</th>
                      <th scope="col" className="p-2">Restores from</th>
                      <th scope="col" className="p-2">RPO at disaster</th>
                      <th scope="col" className="p-2">Restore start / transfer end / ready</th>
                      <th scope="col" className="column-text p-2">Based on</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.perScenario.map((s) => (
                      <tr key={s.scenario} className="border-t border-slate-100">
                        <th scope="row" className="p-2 font-medium">{name(s.scenario)}</th>
                        {s.affected ? (
                          <>
                            <td className="p-2">
                              {formatDuration(s.rpo.worstCaseMinutes)} <StatusBadge label="RPO" status={s.rpo.status} />
                            </td>
                            <td className="p-2">{s.rpo.location ? <KeyedName modelKey={s.rpo.location} names={r.locationNames} /> : "no surviving copy"}</td>
                            <td className="p-2">{s.rpo.atDisasterMinutes === null ? "—" : formatDuration(s.rpo.atDisasterMinutes)}</td>
                            <td className="p-2 tabular-nums">
                              {formatDuration(s.rto.restoreStart)} / {s.rto.transferEnd === null ? "—" : formatDuration(s.rto.transferEnd)} /{" "}
                              {formatDuration(s.rto.ready)} <StatusBadge label="RTO" status={s.rto.status} />
                            </td>
                            <td className="p-2">
                              {s.rto.source === "test" ? "measured test" : s.rto.source === "estimate" ? "estimate" : "—"}
                              {s.testOverReplica ? <span className="mt-1 block text-xs text-slate-600" data-test-over-replica>{s.testOverReplica}</span> : null}
                              {s.working ? <span className="mt-1 block text-xs text-slate-600" data-restore-working>{s.working}</span> : null}
                            </td>
                          </>
                        ) : (
                          <td colSpan={5} className="p-2 text-slate-500">
                            Not affected: keeps running{s.rto.host ? <> on <KeyedName modelKey={s.rto.host} names={r.hostNames} /></> : null}.
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollBox>
            )}
          </section>

          <section aria-labelledby="paths-heading">
            <h2 id="paths-heading" className="text-lg font-semibold">
              Every copy and its worst-case RPO
            </h2>
            <p className="text-sm text-slate-600">Each location on its own, as if it were the only copy left.</p>
            {r.paths.length === 0 ? (
              <p className="mt-2 text-sm text-red-800">No backup policy or replica covers this system: it cannot be restored.</p>
            ) : (
              <ul className="mt-2 space-y-1 text-sm">
                {r.paths.map((p) => (
                  <li key={p.location} data-path={p.location}>
                    <strong><KeyedName modelKey={p.location} names={r.locationNames} /></strong>: up to {formatDuration(p.worstCaseMinutes)} of data lost{" "}
                    {p.status ? <StatusBadge label="RPO" status={p.status} /> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="findings-heading">
            <h2 id="findings-heading" className="text-lg font-semibold">
              Findings and fixes
            </h2>
            {r.findings.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">No findings: every checked target is met.</p>
            ) : (
              <ul className="mt-2 space-y-2 text-sm">
                {r.findings.map((f, i) => (
                  <li key={i} className={`rounded border p-2 ${f.severity === "error" ? "border-red-200 bg-red-50" : "border-amber-200 bg-amber-50"}`}>
                    <span className="font-medium">{f.severity === "error" ? "Problem" : "Warning"}</span>
                    {f.scenario ? ` · ${name(f.scenario)}` : ""}: {f.message}
                    {f.note ? <span className="mt-1 block text-slate-700" data-finding-note>{f.note}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}

      <section aria-labelledby="tests-heading">
        <h2 id="tests-heading" className="text-lg font-semibold">
          Measured restores
        </h2>
        {r.measurements.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">
            {r.perScenario.some((s) => s.affected)
              ? "Never restored in a test: the restore time above is an estimate. Record a restore test to prove it."
              : "Never restored in a test."}
          </p>
        ) : (
          <ScrollBox>
            <table className="mt-2 min-w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
              <caption className="sr-only">Restore tests of {r.system.name}, newest first</caption>
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="p-2">Exercise</th>
                  <th scope="col" className="p-2">Date</th>
                  <th scope="col" className="p-2">From</th>
                  <th scope="col" className="p-2">Restore took</th>
                  <th scope="col" className="p-2">Size</th>
                </tr>
              </thead>
              <tbody>
                {r.measurements.map((m) => (
                  <tr key={m.id} className="border-t border-slate-100">
                    <th scope="row" className="p-2 font-medium">{m.exercise.title}</th>
                    <td className="p-2">{formatDay(m.exercise.conductedOn)}</td>
                    <td className="p-2"><KeyedName modelKey={m.locationKey} names={r.locationNames} /></td>
                    <td className="p-2 tabular-nums">{formatDuration(m.restoreMinutes)}</td>
                    <td className="p-2 tabular-nums">{m.usedGB === null ? "—" : `${m.usedGB} GB`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </section>
    </div>
  );
}
