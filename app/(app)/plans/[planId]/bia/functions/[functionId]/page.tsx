import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { formatDuration } from "@/lib/durations";
import { getFunction } from "@/lib/bia/get-function";
import { vendorChoiceLabel } from "@/lib/bia/vendor-checks";
import { listFunctionOptions } from "@/lib/bia/list-function-options";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { CitedByTests } from "@/components/exercises/cited-by-tests";
import { getCitingTests } from "@/lib/exercises/get-citing-tests";
import { FunctionForm } from "@/components/bia/function-form";
import { DependenciesForm } from "@/components/bia/dependencies-form";
import { ImpactGridTable } from "@/components/bia/impact-grid-table";
import { TargetFlags } from "@/components/bia/target-flags";
import { ImpactFlags } from "@/components/bia/impact-flags";
import { VendorRecovery } from "@/components/bia/vendor-recovery";
import { TierNoteText } from "@/components/priorities/tier-note";
import { loadPlan } from "../../../load-plan";
import { deleteFunctionAction, updateDependenciesAction, updateFunctionAction } from "../../actions";
import { orNotFound } from "@/lib/http/or-not-found";
import { cache } from "react";
import { formatMoney } from "@/lib/money";

export async function generateMetadata({ params }: { params: Promise<{ planId: string; functionId: string }> }): Promise<Metadata> {
  const { planId, functionId } = await params;
  const { actor } = await loadPlan(planId);
  return { title: (await load(actor, planId, functionId)).fn.name };
}

// Once per request: the title and the page both ask (the actor is loadPlan's, itself cached).
const load = cache(async (actor: Parameters<typeof getFunction>[0]["actor"], planId: string, functionId: string) => {
  return await orNotFound(getFunction({ actor, planId, functionId }));
});

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

export default async function FunctionPage({ params }: { params: Promise<{ planId: string; functionId: string }> }) {
  const { planId, functionId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const [{ fn, settings, suggestion, flags, impactFlags, vendorChecks, tierNote }, options] = await Promise.all([load(actor, planId, functionId), listFunctionOptions({ actor, planId })]);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  const citing = canEdit ? await getCitingTests({ actor, planId, kind: "function", id: functionId }) : [];
  const list = (items: string[]) => (items.length ? items.join(", ") : "None recorded");
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <Link href={`/plans/${planId}/bia`} className="text-sm text-blue-700 underline">
            All functions
          </Link>
          <h1 className="mt-1 text-2xl font-semibold">{fn.name}</h1>
          <p className="text-sm text-slate-600">
            {fn.department?.name ?? "No department"} · {fn.product?.name ?? "No product"}
            {fn.tier ? ` · ${fn.tier.name} (set by hand)` : ""}
          </p>
        </div>
        {canEdit && citing.length ? (
          <div className="max-w-sm">
            <CitedByTests kind="function" name={fn.name} planId={planId} tests={citing} />
          </div>
        ) : canEdit ? (
          <ConfirmForm
            action={deleteFunctionAction}
            fields={{ planId, functionId, version: String(fn.version), dependenciesVersion: String(fn.dependenciesVersion) }}
            label="Delete function"
            title={`Delete ${fn.name}?`}
            body="Its impact ratings, targets and dependencies are deleted. The audit log keeps a record."
            confirmLabel="Delete function"
          />
        ) : null}
      </div>

      <section aria-labelledby="summary-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="summary-heading" className="text-lg font-semibold">
          Targets
        </h2>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3 lg:grid-cols-6">
          <Fact label="MTD">{formatDuration(fn.mtdMinutes)}</Fact>
          <Fact label="RTO">{formatDuration(fn.rtoMinutes)}</Fact>
          <Fact label="RPO">{formatDuration(fn.rpoMinutes)}</Fact>
          <Fact label="WRT">{formatDuration(fn.wrtMinutes)}</Fact>
          <Fact label="Cost per hour">{fn.costPerHour === null ? "—" : formatMoney(fn.costPerHour)}</Fact>
          <Fact label="Suggested from the grid">
            MTD {formatDuration(suggestion.mtdMinutes)}, RTO {formatDuration(suggestion.rtoMinutes)}
          </Fact>
        </dl>
        {fn.mtdOverrideReason ? <p className="text-sm">MTD set by the committee: {fn.mtdOverrideReason}</p> : null}
        {fn.rtoOverrideReason ? <p className="text-sm">RTO set by the committee: {fn.rtoOverrideReason}</p> : null}
        <TargetFlags flags={flags} />
        <ImpactFlags messages={impactFlags} />
        <TierNoteText note={tierNote} className="text-sm" />
      </section>

      <VendorRecovery planId={planId} rtoMinutes={fn.rtoMinutes} vendors={vendorChecks} />

      {canEdit ? (
        <>
          <section className="rounded-lg border border-slate-200 bg-white p-5">
            <FunctionForm
              action={updateFunctionAction}
              planId={planId}
              fn={fn}
              categories={settings.categories}
              horizons={settings.horizons}
              intolerable={settings.intolerable}
              products={options.products}
              departments={options.departments}
              manageDepartments={can(actor.role, "org:settings")}
            />
          </section>
          <section className="rounded-lg border border-slate-200 bg-white p-5">
            <DependenciesForm
              action={updateDependenciesAction}
              planId={planId}
              functionId={fn.id}
              version={fn.dependenciesVersion}
              options={{
                systems: options.systems.map((s) => ({ id: s.id, label: s.name })),
                people: options.people.map((p) => ({ id: p.id, label: p.jobTitle ? `${p.name} (${p.jobTitle})` : p.name })),
                vendors: options.vendors.map((v) => ({ id: v.id, label: vendorChoiceLabel(v) })),
                sites: options.sites.map((s) => ({ id: s.id, label: s.name })),
              }}
              selected={{
                systemIds: fn.systems.map((s) => s.id),
                keyPersonIds: fn.keyPeople.map((p) => p.id),
                vendorIds: fn.vendors.map((v) => v.id),
                facilityIds: fn.facilities.map((s) => s.id),
              }}
              vitalRecords={fn.vitalRecords}
            />
          </section>
        </>
      ) : (
        <>
          <section aria-labelledby="grid-heading" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="grid-heading" className="mb-2 text-lg font-semibold">
              Impact analysis
            </h2>
            {fn.description ? <p className="mb-3 text-sm text-slate-700">{fn.description}</p> : null}
            <ImpactGridTable grid={fn.impactGrid} categories={settings.categories} horizons={settings.horizons} intolerable={settings.intolerable} />
          </section>
          <section aria-labelledby="deps-heading" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="deps-heading" className="mb-2 text-lg font-semibold">
              Dependencies
            </h2>
            <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              <Fact label="IT systems">{list(fn.systems.map((s) => s.name))}</Fact>
              <Fact label="Key people">{list(fn.keyPeople.map((p) => p.name))}</Fact>
              <Fact label="Vendors">{list(fn.vendors.map(vendorChoiceLabel))}</Fact>
              <Fact label="Facilities">{list(fn.facilities.map((s) => s.name))}</Fact>
              <Fact label="Vital records">{list(fn.vitalRecords)}</Fact>
            </dl>
          </section>
        </>
      )}
    </div>
  );
}
