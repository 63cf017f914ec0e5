import Link from "next/link";
import type { Actor } from "@/lib/auth/context";
import { getRecoveryOverview } from "@/lib/recovery/get-recovery-overview";
import { AgeBands } from "./age-bands";
import { LeftOutNote } from "./left-out-note";

/**
 * The plan overview's recovery panel: how old each system's newest restore point is. With no
 * system on a host, only a reader who may edit the plan (`canEdit`) is told how to start.
 */
export async function OverviewPanel({ actor, planId, canEdit }: { actor: Actor; planId: string; canEdit: boolean }) {
  const overview = await getRecoveryOverview({ actor, planId });
  return (
    <section aria-labelledby="recovery-overview-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="recovery-overview-heading" className="text-lg font-semibold">
          Restore points today
        </h2>
        <Link href={`/plans/${planId}/recovery`} className="text-sm text-blue-700 underline">
          Recovery readiness
        </Link>
      </div>
      {overview.modelled === 0 && overview.incomplete.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No system has a host yet{canEdit ? ": add hosts and assign systems on the Recovery tab." : "."}</p>
      ) : overview.ok ? (
        <div className="mt-3 space-y-3">
          <AgeBands ages={overview.ages} />
          <LeftOutNote unmodelled={overview.unmodelled} incomplete={overview.incomplete} cutDependencies={overview.cutDependencies} groups={overview.groups} />
        </div>
      ) : (
        <p className="mt-2 text-sm text-red-800">
          The recovery model has {overview.issues} {overview.issues === 1 ? "problem" : "problems"} to fix before ages can be shown; see the Recovery tab.
        </p>
      )}
    </section>
  );
}
