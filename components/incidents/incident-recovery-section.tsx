import Link from "next/link";
import { formatInstant } from "@/lib/days";
import { formatDuration } from "@/lib/durations";
import { count } from "@/lib/count";
import type { FormAction } from "@/lib/http/form-state";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { Fact } from "@/components/incidents/fact";
import type { IncidentRecoveryView } from "@/lib/incidents/get-incident-recovery";
import { functionWords, MISSES_MTD, overdue, systemVerdict, verdictSummary, type IncidentProgress, type SystemProgress, type SystemVerdict } from "@/lib/incidents/incident-recovery";

/** How many systems and functions the page lists before offering the rest: an incident page is read on a phone. */
export const SHOWN_SYSTEMS = 50;
const SHOWN_FUNCTIONS = 20;

const TONES: Record<SystemVerdict["tone"], string> = {
  back: "bg-green-100 text-green-900",
  ok: "bg-blue-50 text-blue-900",
  late: "bg-amber-100 text-amber-950",
  never: "bg-red-100 text-red-900",
};

/**
 * The plan's expected recovery for the incident, beside what the log reports back in service
 * (lib/incidents/incident-recovery.ts).
 */
export function IncidentRecoverySection({ view, ...shared }: { view: IncidentRecoveryView } & Shared) {
  const { planId } = shared;
  return (
    <section aria-labelledby="recovery-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="recovery-heading" className="text-lg font-semibold">
        Recovery the plan expects
      </h2>
      {view.state === "no-scenario" ? (
        <p className="text-sm text-slate-700">
          This incident was declared under none of the plan&apos;s scenarios, so there is no expected recovery to follow. Report systems back in service in
          the log as they return.
        </p>
      ) : view.state === "scenario-gone" ? (
        <p className="text-sm text-slate-700">The scenario “{view.scenarioName}” is no longer in the plan, so its expected recovery cannot be worked out.</p>
      ) : view.state === "invalid" ? (
        <p className="text-sm text-slate-700">
          The plan&apos;s recovery data cannot be assessed as it stands.{" "}
          <Link href={`/plans/${planId}/recovery`} className="text-blue-800 underline">
            Recovery readiness
          </Link>{" "}
          says what to fix.
        </p>
      ) : (
        <Assessed recovery={view.recovery} scenarioKey={view.scenarioKey} scenarioKind={view.scenarioKind} {...shared} />
      )}
    </section>
  );
}

type Report = { action: FormAction; incidentId: string; systemIds: Record<string, string> };

/** What the section and its assessed body both take from the page. */
type Shared = {
  /** Offered to those who may record on an active incident: the action and the plan's system ids by name. */
  report: Report | null;
  planId: string;
  scenarioName: string;
  declaredAt: Date;
  now: Date;
  active: boolean;
  /** Every affected system, not only the first SHOWN_SYSTEMS. */
  showAll: boolean;
  allHref: string;
  /** Only the systems whose names contain this (any case); "" for all. */
  find: string;
  /** The page's own address, which the search form submits to. */
  pageHref: string;
};

function Assessed({
  recovery,
  scenarioKey,
  scenarioKind,
  report,
  planId,
  scenarioName,
  declaredAt,
  now,
  active,
  showAll,
  allHref,
  find,
  pageHref,
}: { recovery: IncidentProgress; scenarioKey: string; scenarioKind: string } & Shared) {
  const { disasterAt, systems, functions, groups } = recovery;
  const chase = active && scenarioKind !== "system" ? overdue(systems, now) : [];
  const wanted = find.toLowerCase();
  const found = wanted ? systems.filter((s) => s.system.toLowerCase().includes(wanted)) : systems;
  const shown = showAll ? found : found.slice(0, SHOWN_SYSTEMS);
  // A "system" scenario assesses every system as if it alone were lost: counts of all of them say nothing.
  const alone = scenarioKind === "system";
  const inconsistent = groups.filter((g) => g.consistent === false);
  const began = disasterAt.getTime() === declaredAt.getTime() ? "at the declaration" : `when the disruption began, ${formatInstant(disasterAt)}`;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        The scenario “{scenarioName}” struck {began}; restores start at the declaration, {formatInstant(declaredAt)}. The backups counted are those the
        schedules and imported restore points say were usable then.{" "}
        <Link href={`/plans/${planId}/recovery/scenarios/${scenarioKey}`} className="text-blue-800 underline">
          The scenario&apos;s full timeline
        </Link>
        .
      </p>
      {systems.length === 0 ? (
        <p className="text-sm text-slate-700">No system of the plan is affected in this scenario.</p>
      ) : alone ? (
        <p className="text-sm font-medium text-slate-900" data-testid="recovery-summary">
          This scenario assesses each of the plan&apos;s {count(systems.length, "system")} as if it alone were lost: find the one that is.
        </p>
      ) : (
        <p className="text-sm font-medium text-slate-900" data-testid="recovery-summary">
          {verdictSummary(systems)}
        </p>
      )}
      {chase.length > 0 ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          Expected back by now, not yet reported back in the log: {chase.slice(0, 5).map((s) => s.system).join(", ")}
          {chase.length > 5 ? ` and ${count(chase.length - 5, "other")}` : ""}.
        </p>
      ) : null}
      {alone || systems.length > SHOWN_SYSTEMS ? (
        <form method="get" action={pageHref} role="search" aria-label="Find an affected system" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="find-system" className="block text-sm font-medium text-slate-800">
              System name contains
            </label>
            <input id="find-system" name="q" type="search" defaultValue={find} className="mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm" />
          </div>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">
            Find
          </button>
        </form>
      ) : null}
      {wanted && found.length === 0 ? <p className="text-sm text-slate-700">No affected system&apos;s name contains “{find}”.</p> : null}
      {shown.length > 0 ? (
        <ol className="space-y-2" aria-label="Affected systems, in the order they are expected back">
          {shown.map((s) => (
            <SystemCard key={s.system} system={s} planId={planId} report={report} />
          ))}
        </ol>
      ) : null}
      {found.length > shown.length ? (
        <p className="text-sm">
          {count(shown.length, "system")} of {found.length} shown, those expected back first.{" "}
          <Link href={allHref} className="text-blue-800 underline">
            Show all {found.length}
          </Link>
        </p>
      ) : null}
      {functions.length > 0 ? <FunctionList functions={functions} /> : null}
      {inconsistent.length > 0 ? (
        <p className="text-sm text-amber-950">
          Restored to different points in time, beyond what their consistency group allows:{" "}
          {inconsistent.map((g) => `${g.name} (${formatDuration(g.skewMinutes)} apart, at most ${formatDuration(g.maxSkewMinutes)})`).join("; ")}.
        </p>
      ) : null}
    </div>
  );
}

function SystemCard({ system: s, planId, report }: { system: SystemProgress; planId: string; report: Report | null }) {
  const systemId = report && !s.backAt ? report.systemIds[s.system] : undefined;
  const verdict = systemVerdict(s);
  const beyondRpo = s.dataLostMinutes !== null && s.rpoTarget !== null && s.dataLostMinutes > s.rpoTarget;
  // A point the schedules promise but the backup software's own records do not show yet.
  const unconfirmed = s.dataFrom !== null && s.newestImported !== null && s.newestImported < s.dataFrom;
  return (
    <li className="rounded border border-slate-200 p-3 text-sm" data-testid="incident-system">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold break-words">{s.system}</h3>
        <span className={`rounded px-2 py-0.5 text-xs font-medium ${TONES[verdict.tone]}`}>{verdict.label}</span>
      </div>
      <dl className="mt-1 grid grid-cols-1 gap-x-6 gap-y-0.5 text-slate-700 sm:grid-cols-2">
        <Fact name="Expected back">{s.ready ? `${formatInstant(s.ready)}${s.source === "test" ? " (as its last restore test took)" : ""}` : "not as the plan stands"}</Fact>
        <Fact name="RTO runs out">{s.deadline ? `${formatInstant(s.deadline)} (RTO ${formatDuration(s.rtoTarget)})` : "no RTO target"}</Fact>
        <Fact name="Data back to">
          {s.dataFrom ? `${formatInstant(s.dataFrom)}${s.restoreFrom ? `, from ${s.restoreFrom}` : ""} (${formatDuration(s.dataLostMinutes)} lost${s.rpoTarget === null ? "" : `; RPO ${formatDuration(s.rpoTarget)}`})` : "no surviving copy"}
          {beyondRpo ? <span className="ml-1 rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-950">More data lost than its RPO allows</span> : null}
        </Fact>
        {s.backAt ? <Fact name="Reported back">{formatInstant(s.backAt)}</Fact> : null}
      </dl>
      {unconfirmed ? (
        <p className="mt-1 text-amber-950">
          Not confirmed by the backup software: the newest restore point imported from {s.restoreFrom} is from {formatInstant(s.newestImported!)}. Check the
          backups before counting on the scheduled one.
        </p>
      ) : null}
      {report && systemId ? (
        <div className="mt-2">
          <ConfirmForm
            action={report.action}
            fields={{ planId, incidentId: report.incidentId, at: "", kind: "recovery", text: `${s.system} back in service.`, systemId }}
            label="Report back in service…"
            ariaLabel={`Report back in service: ${s.system}`}
            title={`Report ${s.system} back in service?`}
            body={`This adds “${s.system} back in service.” to the log as a recovery-progress entry, at the current time. Log entries cannot be edited or deleted: to say more, or at another time, use Add to the log below.`}
            confirmLabel="Report back in service"
            variant="secondary"
          />
        </div>
      ) : null}
    </li>
  );
}

function FunctionList({ functions }: { functions: IncidentProgress["functions"] }) {
  const shown = functions.slice(0, SHOWN_FUNCTIONS);
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">Business functions</h3>
      <ul className="space-y-1 text-sm text-slate-700" aria-label="Business functions, those that miss their MTD first">
        {shown.map((f) => {
          const { resumes, verdict, note } = functionWords(f);
          return (
            <li key={f.name}>
              <span className="font-medium text-slate-900">{f.name}</span>: {resumes ? `resumes ${resumes}` : "does not resume as the plan stands"}
              {f.mtdDeadline ? `; its MTD runs out ${formatInstant(f.mtdDeadline)}` : "; no MTD set"}
              {note ? `; ${note}` : null}
              {verdict === MISSES_MTD ? <span className="ml-1 rounded bg-red-100 px-2 py-0.5 text-xs font-medium text-red-900">{MISSES_MTD}</span> : null}
            </li>
          );
        })}
      </ul>
      {functions.length > shown.length ? <p className="text-sm text-slate-600">{count(shown.length, "function")} of {functions.length} shown, those at risk first.</p> : null}
    </div>
  );
}
