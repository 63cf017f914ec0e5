import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { getThreat } from "@/lib/risks/get-threat";
import { listPersonChoices } from "@/lib/people/list-person-choices";
import { ScoreBadge } from "@/components/risks/score-badge";
import { ThreatForm } from "@/components/risks/threat-form";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { loadPlan } from "../../../load-plan";
import { deleteThreatAction, updateThreatAction } from "../../actions";
import { orNotFound } from "@/lib/http/or-not-found";
import { cache } from "react";

export async function generateMetadata({ params }: { params: Promise<{ planId: string; threatId: string }> }): Promise<Metadata> {
  const { planId, threatId } = await params;
  return { title: (await load(planId, threatId)).threat.title };
}

// Once per request: the title and the page both ask.
const load = cache(async (planId: string, threatId: string) => {
  const { actor, plan } = await loadPlan(planId);
  return { actor, plan, threat: await orNotFound(getThreat({ actor, planId, threatId })) };
});

export default async function ThreatPage({ params }: { params: Promise<{ planId: string; threatId: string }> }) {
  const { planId, threatId } = await params;
  const { actor, plan, threat } = await load(planId, threatId);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  const details: [string, React.ReactNode][] = [
    ["Category", <span key="c" className="capitalize">{threat.category}</span>],
    ["Description", threat.description],
    ["Likelihood × impact", `${threat.likelihood} × ${threat.impact}`],
    ["Score", <ScoreBadge key="s" likelihood={threat.likelihood} impact={threat.impact} />],
    ["Existing controls", threat.existingControls],
    ["Mitigation", threat.mitigation],
    ["Owner", threat.owner?.name ?? ""],
    ["Residual score", <ScoreBadge key="r" likelihood={threat.residualLikelihood} impact={threat.residualImpact} />],
    ["Scenarios it can cause", threat.scenarios.map((s) => s.name).join(", ")],
  ];
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/plans/${planId}/risks`} className="text-blue-700 underline">
          ← Threat register
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{threat.title}</h1>
      {canEdit ? (
        <div className="grid grid-cols-1 gap-6 md:grid-cols-[minmax(0,1fr)_16rem]">
          <div className="rounded-lg border border-slate-200 bg-white p-5">
            <ThreatForm action={updateThreatAction} planId={planId} people={await listPersonChoices({ actor })} threat={threat} />
          </div>
          <div className="space-y-2">
            <h2 className="text-base font-semibold">Delete</h2>
            <p className="text-sm text-slate-600">Scenarios linked to this threat keep their other threats.</p>
            <ConfirmForm
              action={deleteThreatAction}
              fields={{ planId, threatId: threat.id, version: String(threat.version) }}
              label="Delete threat"
              title={`Delete “${threat.title}”?`}
              body="The threat leaves the register and the heat maps."
              confirmLabel="Delete"
            />
          </div>
        </div>
      ) : (
        <dl className="grid grid-cols-1 max-w-3xl gap-3 rounded-lg border border-slate-200 bg-white p-5 text-sm sm:grid-cols-[12rem_1fr]">
          {details.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd>{value || "—"}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
