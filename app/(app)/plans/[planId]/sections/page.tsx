import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { formatDuration } from "@/lib/durations";
import { listSections } from "@/lib/sections/list-sections";
import { listPriorities } from "@/lib/priorities/list-priorities";
import { SectionText } from "@/components/sections/section-text";
import { SectionForm } from "@/components/sections/section-form";
import { PlanScope } from "@/components/sections/plan-scope";
import { loadPlan } from "../load-plan";
import { saveSectionAction } from "./actions";
import { formatDay } from "@/lib/days";

export const metadata: Metadata = { title: "Written plan" };

/** How many ranked functions the recovery-order summary beside the text shows. */
const SUMMARY_LENGTH = 15;

export default async function SectionsPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const [sections, { ranked, tiers, groups }] = await Promise.all([listSections({ actor, planId }), listPriorities({ actor, planId })]);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  const planScope = plan.description.trim();
  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0 space-y-6">
        <div>
          <h1 className="text-2xl font-semibold">Written plan</h1>
          <p className="mt-1 text-sm text-slate-600">The narrative sections of the contingency plan, alongside the priorities they describe.</p>
        </div>
        {sections.map((section) => (
          <section key={section.key} aria-labelledby={`${section.key}-heading`} className="rounded-lg border border-slate-200 bg-white p-5" data-section={section.key}>
            <h2 id={`${section.key}-heading`} className="text-lg font-semibold">
              {section.title}
            </h2>
            <div className="mt-2 space-y-3">
              {section.key === "scope" && planScope ? <PlanScope planId={planId} text={planScope} /> : null}
              {/* The scope set on the plan is the section's text until the section adds some of its own. */}
              {section.key === "scope" && planScope && !section.body.trim() ? null : <SectionText text={section.body} />}
            </div>
            {canEdit ? (
              <details className="mt-3">
                <summary className="cursor-pointer text-sm text-blue-700">Edit {section.title.toLowerCase()}</summary>
                <div className="mt-2">
                  <SectionForm action={saveSectionAction} planId={planId} section={section} cleared={section.key === "scope" && planScope ? "only the plan's scope" : undefined} />
                </div>
              </details>
            ) : null}
            {section.updatedAt ? <p className="mt-2 text-xs text-slate-500">Last saved {formatDay(section.updatedAt)}</p> : null}
          </section>
        ))}
      </div>
      <aside className="space-y-6 self-start" aria-label="Priorities summary">
        <section aria-labelledby="order-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="order-heading" className="font-semibold">
            Recovery order
          </h2>
          {ranked.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No functions ranked yet.</p>
          ) : (
            <ol className="mt-2 space-y-1 text-sm">
              {ranked.slice(0, SUMMARY_LENGTH).map((f) => (
                <li key={f.id}>
                  {f.rank}. {f.name}{" "}
                  <span className="text-slate-500">
                    · MTD {formatDuration(f.mtdMinutes)} · RTO {formatDuration(f.rtoMinutes)}
                    {f.tier ? ` · ${f.tier.name}` : ""}
                  </span>
                </li>
              ))}
            </ol>
          )}
          {/* The summary is cut short: say by how much, so the order never reads as complete when it is not. */}
          <Link href={`/plans/${planId}/priorities`} className="mt-2 inline-block text-sm text-blue-700 underline">
            {ranked.length > SUMMARY_LENGTH ? `And ${ranked.length - SUMMARY_LENGTH} more: all priorities` : "All priorities"}
          </Link>
        </section>
        <section aria-labelledby="tiers-summary-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="tiers-summary-heading" className="font-semibold">
            Recovery tiers
          </h2>
          {tiers.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No tiers defined yet.</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {tiers.map((t) => (
                <li key={t.id}>
                  {t.name}: RTO up to {formatDuration(t.maxRtoMinutes)}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="groups-summary-heading" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="groups-summary-heading" className="font-semibold">
            Consistency groups
          </h2>
          {groups.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">None.</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {groups.map((g) => (
                <li key={g.id}>
                  {g.name}: {g.systems.map((s) => s.name).join(", ")}
                </li>
              ))}
            </ul>
          )}
        </section>
      </aside>
    </div>
  );
}
