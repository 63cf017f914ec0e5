import type { Metadata } from "next";
import { formatInstant } from "@/lib/days";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getVersion } from "@/lib/versions/get-version";
import { getPlanOverview } from "@/lib/plans/get-plan-overview";
import { planGaps } from "@/lib/plans/plan-gaps";
import { VersionStatus } from "@/components/versions/status-badge";
import { decisionWords } from "@/lib/versions/status-words";
import { DecisionForm } from "@/components/versions/decision-form";
import { ChangeList } from "@/components/versions/change-list";
import { breachSummary } from "@/lib/versions/group-breaches";
import { SnapshotView } from "@/components/versions/snapshot-view";
import { VersionEvidenceList } from "@/components/versions/version-evidence-list";
import { TestingSummary } from "@/components/versions/testing-summary";
import { CompletenessWarning } from "@/components/versions/completeness-warning";
import { ActionButton } from "@/components/ui/action-button";
import { MarkReadOnView } from "@/components/notifications/mark-read-on-view";
import { loadPlan } from "../../../load-plan";
import { decideVersionAction, markVersionReadAction, verifyVersionAction } from "../../actions";
import { orNotFound } from "@/lib/http/or-not-found";
import { cache } from "react";

export async function generateMetadata({ params }: { params: Promise<{ planId: string; number: string }> }): Promise<Metadata> {
  const { planId, number } = await params;
  return { title: `Version ${(await loadVersion(planId, number)).version.number}` };
}

// Once per request: the title and the page both ask.
const loadVersion = cache(async (planId: string, raw: string) => {
  const number = Number(raw);
  const { actor, plan } = await loadPlan(planId);
  if (!Number.isInteger(number) || number < 1) notFound();
  return await orNotFound(getVersion({ actor, planId: plan.id, number }));
});

const when = (d: Date | string | null) => (d ? formatInstant(new Date(d)) : "—");

const names = (people: { name: string }[]) => people.map((p) => p.name).join(", ");

/** Who the version waits for while it is submitted; once decided, who decided it and when. */
function decisionLine({ status, decidedAt, approvals, required }: {
  status: string;
  decidedAt: Date | null;
  approvals: { decision: string; approver: { name: string } }[];
  required: { name: string }[];
}): string {
  const by = (decision: string) => names(approvals.filter((a) => a.decision === decision).map((a) => a.approver));
  if (status === "submitted") return `Needs approval from ${names(required)}.`;
  if (status === "approved") return `Approved by ${by("approved")} on ${when(decidedAt)}.`;
  if (status === "superseded") return `Approved by ${by("approved")} on ${when(decidedAt)}; a later approved version has replaced it.`;
  if (status === "rejected") return `Rejected by ${by("rejected")} on ${when(decidedAt)}.`;
  return `Withdrawn on ${when(decidedAt)}.`;
}

export default async function VersionPage({ params }: { params: Promise<{ planId: string; number: string }> }) {
  const { planId, number: raw } = await params;
  const number = Number(raw);
  const { actor, plan } = await loadPlan(planId);
  const [data, overview] = await Promise.all([loadVersion(planId, raw), getPlanOverview({ actor, plan })]);
  const { version, requiredApprovers, baselineNumber, changes, content, openFindings, lastTest, breaches, breachGroups, evidence, recoveryAssessed, nothingToAssess, planChangedSince, stuck, statement, canDecide } =
    data;
  const pending = version.status === "submitted";
  const mine = version.approvals.find((a) => a.approver.id === actor.userId);
  const undecided = requiredApprovers.filter((r) => !version.approvals.some((a) => a.approver.id === r.id));
  return (
    <div className="space-y-8">
      {/* Opening the version is what its notifications asked for: they are marked read once it is shown. */}
      <MarkReadOnView action={markVersionReadAction} fields={{ planId: plan.id, number: String(number) }} />
      <section aria-labelledby="version-heading" className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 id="version-heading" className="text-2xl font-semibold">
            Version {version.number}
          </h1>
          <VersionStatus status={version.status} />
        </div>
        <p className="break-all font-mono text-xs text-slate-600">
          SHA-256 <span data-testid="version-hash">{version.hash}</span>
        </p>
        <p className="text-sm text-slate-600">
          <a href={`/plans/${plan.id}/approval/versions/${version.number}/content`} className="text-blue-700 underline" download>
            Download the frozen content (JSON)
          </a>
          : the exact content approvers sign, whose SHA-256 is the hash above; check it outside Continuity with <code>sha256sum</code> (Windows:{" "}
          <code>Get-FileHash</code>).
        </p>
        <p className="text-sm text-slate-600">
          Submitted {when(version.submittedAt)}. {decisionLine({ status: version.status, decidedAt: version.decidedAt, approvals: version.approvals, required: requiredApprovers })}
          {version.note ? ` Note: “${version.note}”` : ""}
        </p>
        <ActionButton action={verifyVersionAction} fields={{ planId: plan.id, number: String(number) }} label="Verify integrity" pendingText="Checking…" />
      </section>

      {mine ? (
        // Where the keyboard focus lands once the decision form is gone (DecisionForm's outcome).
        <p id="decision-outcome" tabIndex={-1} role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          You {decisionWords(mine.decision, { inSentence: true })} this version on {when(mine.createdAt)}.
          {version.status === "submitted" && undecided.length ? ` Still to decide: ${undecided.map((r) => r.name).join(", ")}.` : ""}
        </p>
      ) : null}
      {stuck ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="version-stuck">
          {stuck}
        </p>
      ) : null}
      {planChangedSince ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="version-out-of-date">
          {pending
            ? "The plan has changed since this version was submitted; approving it approves the version as submitted, not the plan as it is now."
            : "The plan has changed since this version was submitted."}
        </p>
      ) : null}
      {pending ? <CompletenessWarning gaps={planGaps(overview.stages)} lead={planChangedSince ? "The plan's content is now" : "The plan's content is"} /> : null}
      {canDecide ? <DecisionForm action={decideVersionAction} planId={plan.id} number={number} hash={version.hash} statement={statement} outcome="decision-outcome" /> : null}

      <section aria-labelledby="summary-heading" className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <div>
          <h2 id="summary-heading" className="text-lg font-semibold">
            {baselineNumber ? `Changes since approved version ${baselineNumber}` : "Content of this first version"}
          </h2>
          <div className="mt-3">
            <ChangeList changes={changes} emptyText="Nothing changed since the last approved version." />
          </div>
        </div>
        <div className="space-y-4">
          <div>
            <h2 className="text-lg font-semibold">Recovery objectives not met ({breaches.length})</h2>
            {!recoveryAssessed ? (
              <p className="text-sm text-slate-600">The recovery model was incomplete when this version was frozen, so it could not be assessed.</p>
            ) : breaches.length === 0 ? (
              <p className="text-sm text-slate-600">{nothingToAssess ?? "Every RPO, RTO and MTD was met in every scenario."}</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm" data-testid="version-breaches" aria-label={`Recovery objectives not met (${breaches.length}), by scenario`}>
                {breachGroups.map((group) => (
                  <li key={group.key ?? ""}>
                    {/* One line per scenario; its sentences open on demand, so the summary stays readable at 60 of them. */}
                    <details>
                      <summary className="cursor-pointer">
                        <span className="font-medium">{group.name}</span>: {breachSummary(group.counts)}
                      </summary>
                      <ul className="mt-1 mb-2 list-disc space-y-1 pl-5">
                        {group.breaches.map((f, i) => (
                          <li key={i}>{f.message}</li>
                        ))}
                      </ul>
                    </details>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <TestingSummary lastTest={lastTest} openFindings={openFindings} />
        </div>
      </section>

      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading" className="text-lg font-semibold">
          Decisions
        </h2>
        {version.approvals.length === 0 ? (
          <p className="text-sm text-slate-600">No decision yet.</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {version.approvals.map((a) => (
              // wrap-anywhere: the statement's 64-digit hash (and a comment's long word) wraps inside the card at 390 px.
              <li key={a.id} className="min-w-0 rounded-md border border-slate-200 bg-white p-3 text-sm wrap-anywhere" data-decision={a.decision}>
                <p>
                  <span className="font-medium">{a.approver.name}</span> {decisionWords(a.decision, { inSentence: true })} on {when(a.createdAt)}
                </p>
                {a.comment ? <p className="mt-1">“{a.comment}”</p> : null}
                <p className="mt-1 text-xs text-slate-600">Statement: {a.statement}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="evidence-heading" className="space-y-2">
        <h2 id="evidence-heading" className="text-lg font-semibold">
          Test evidence in this version ({evidence.length})
        </h2>
        <p className="text-sm text-slate-600">The files as this version lists them; check a download against its SHA-256.</p>
        <VersionEvidenceList evidence={evidence} baseUrl={`/plans/${plan.id}/approval/versions/${number}/evidence`} />
      </section>

      <section aria-labelledby="content-heading">
        <h2 id="content-heading" className="text-lg font-semibold">
          The plan as frozen in this version
        </h2>
        <div className="mt-3">
          <SnapshotView collections={content} />
        </div>
      </section>

      <Link href={`/plans/${plan.id}/approval`} className="text-sm text-blue-700 underline">
        All versions
      </Link>
    </div>
  );
}
