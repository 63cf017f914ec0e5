import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { listQuerySchema } from "@/lib/lists/list-query";
import { MATRIX_SORTS } from "@/lib/recovery/dashboard/matrix";
import { FINDING_SYSTEMS, getReadiness } from "@/lib/recovery/get-readiness";
import { readinessExports } from "@/lib/recovery/readiness-exports";
import type { Dashboard } from "@/lib/recovery/dashboard";
import { count } from "@/lib/count";
import { buttonClass } from "@/components/ui/button";
import { AgeBands } from "@/components/recovery/age-bands";
import { CapacityTable, ProcessTable } from "@/components/recovery/capacity-table";
import { LeftOutNote } from "@/components/recovery/left-out-note";
import { ModelIssues } from "@/components/recovery/model-issues";
import { ReadinessMatrix } from "@/components/recovery/readiness-matrix";
import { loadPlan } from "../load-plan";

export const metadata: Metadata = { title: "Recovery readiness" };

const querySchema = listQuerySchema(MATRIX_SORTS, "margin");
// Rows of the MTD table listed unless ?mtd=all (functions × scenarios run into thousands), and of
// the capacity table unless ?capacity=all (hosts × scenarios run into hundreds).
const MTD_ROWS = 50;
const CAPACITY_ROWS = 50;

/**
 * How many findings the assessment has and where: the systems with the most first, each linked
 * to its page, which explains them and how to fix them. With nothing assessed, it says so instead
 * of "0 problems", which would read as all clear.
 */
function FindingsSummary({ dashboard, systemHref }: { dashboard: Dashboard; systemHref: (name: string) => string | null }) {
  if (dashboard.systemCount === 0) {
    return <p className="text-sm text-slate-700">Nothing assessed yet: no system has a host, memory and used size to restore from.</p>;
  }
  const { errors, warnings, findingsBySystem: bySystem, functionFindings, groupFindings } = dashboard;
  const named = bySystem.slice(0, FINDING_SYSTEMS);
  const aboutSystems = bySystem.reduce((sum, f) => sum + f.errors + f.warnings, 0);
  // Every finding is in one part, so the parts add up to the total.
  const parts = [
    bySystem.length ? `${aboutSystems} about ${count(bySystem.length, "system")} (each system's page explains its own and how to fix them)` : null,
    functionFindings ? `${functionFindings} about business functions and their MTDs (the MTD table below)` : null,
    groupFindings ? `${groupFindings} about consistency groups` : null,
  ].filter(Boolean);
  return (
    <div className="space-y-1 text-sm text-slate-700">
      <p>
        {count(errors, "problem")} and {count(warnings, "warning")} found
        {parts.length ? `: ${parts.join("; ")}.` : "."}
      </p>
      {named.length ? (
        <p data-testid="findings-by-system">
          Most first:{" "}
          {named.map((f, i) => {
            const href = systemHref(f.system);
            const label = `${f.system} (${[f.errors ? count(f.errors, "problem") : null, f.warnings ? count(f.warnings, "warning") : null].filter(Boolean).join(", ")})`;
            return (
              <span key={f.system}>
                {i ? " · " : ""}
                {href ? (
                  <Link href={href} className="text-blue-700 underline">
                    {label}
                  </Link>
                ) : (
                  label
                )}
              </span>
            );
          })}
          {bySystem.length > named.length ? ` · and ${count(bySystem.length - named.length, "other system")}` : ""}.
        </p>
      ) : null}
    </div>
  );
}

export default async function RecoveryPage({ params, searchParams }: { params: Promise<{ planId: string }>; searchParams: Promise<Record<string, string>> }) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  const search = await searchParams;
  const query = querySchema.parse(search);
  const readiness = await getReadiness({ actor, planId, query });
  const base = `/plans/${planId}/recovery`;
  const scenarioName = (key: string) => readiness.scenarios.find((s) => s.key === key)?.name ?? key;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Recovery readiness</h1>
          <p className="mt-1 max-w-2xl text-sm text-slate-600">
            Assessed now from this plan&apos;s backups, hosts and scenarios: whether each system&apos;s backups meet its RPO and its restore
            meets its RTO.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`${base}/what-if`} className={buttonClass("secondary")}>
            Try a change (what-if)
          </Link>
          <a href={`${base}/model.json`} download className={buttonClass("secondary")}>
            Download model
          </a>
          {readinessExports({ planId, role: actor.role }).map((x) =>
            x.download ? (
              <a key={x.href} href={x.href} download className={buttonClass("secondary")}>
                {x.label}
              </a>
            ) : (
              <Link key={x.href} href={x.href} className={buttonClass("secondary")}>
                {x.label}
              </Link>
            ),
          )}
        </div>
      </div>

      {!readiness.ok ? (
        <ModelIssues issues={readiness.issues} planId={planId} />
      ) : (
        <>
          <section aria-labelledby="summary-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="summary-heading" className="text-lg font-semibold">
              Restore points today
            </h2>
            <AgeBands ages={readiness.dashboard.ages} />
            <LeftOutNote
              unmodelled={readiness.unmodelled}
              incomplete={readiness.incomplete}
              cutDependencies={readiness.cutDependencies}
              groups={readiness.leftOutGroups}
              vmHref={(name) => (readiness.matrix.systemIds[name] ? `${base}/setup/vms/${readiness.matrix.systemIds[name]}` : null)}
            />
            <FindingsSummary dashboard={readiness.dashboard} systemHref={(name) => (readiness.findingSystemIds[name] ? `${base}/systems/${readiness.findingSystemIds[name]}` : null)} />
          </section>

          {readiness.scenarios.length === 0 ? (
            <p className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900" role="note">
              {canEdit
                ? "No disaster scenarios yet. Add disaster scenarios on the Risks page to assess them: each system's RPO and RTO are checked per scenario."
                : "No disaster scenarios yet, so no system's RPO or RTO is checked: they are checked per scenario."}
            </p>
          ) : (
            <nav aria-label="Scenario timelines" className="text-sm">
              Recovery timelines:{" "}
              {readiness.scenarios.map((s, i) => (
                <span key={s.key}>
                  {i ? " · " : ""}
                  <Link href={`${base}/scenarios/${encodeURIComponent(s.key)}`} className="text-blue-700 underline">
                    {s.name}
                  </Link>
                </span>
              ))}
            </nav>
          )}

          <ReadinessMatrix
            base={base}
            query={query}
            list={readiness.matrix}
            keep={Object.fromEntries(["mtd", "capacity"].filter((table) => search[table] === "all").map((table) => [table, "all"]))}
            scenarios={readiness.scenarios}
            systemIds={readiness.matrix.systemIds}
            inheritedRto={readiness.matrix.inheritedRto}
          />
          <ProcessTable
            rows={search.mtd === "all" ? readiness.dashboard.processes : readiness.dashboard.processes.slice(0, MTD_ROWS)}
            total={readiness.dashboard.processes.length}
            scenarioName={scenarioName}
            allHref={search.mtd === "all" ? null : `${base}?mtd=all#mtd-heading`}
          />
          <CapacityTable
            rows={search.capacity === "all" ? readiness.dashboard.capacity : readiness.dashboard.capacity.slice(0, CAPACITY_ROWS)}
            total={readiness.dashboard.capacity.length}
            scenarioName={scenarioName}
            hostNames={readiness.hostNames}
            allHref={search.capacity === "all" ? null : `${base}?capacity=all#capacity-heading`}
          />
        </>
      )}
    </div>
  );
}
