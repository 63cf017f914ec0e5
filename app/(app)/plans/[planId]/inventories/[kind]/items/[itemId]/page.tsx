import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { formatCell } from "@/lib/inventories/fields";
import { isInventoryKind } from "@/lib/inventories/registers";
import { getItem } from "@/lib/inventories/get-item";
import { vendorRecoveryMinutes } from "@/lib/bia/vendor-checks";
import { ItemForm } from "@/components/inventories/item-form";
import { VendorFunctions } from "@/components/inventories/vendor-functions";
import { FieldText } from "@/components/inventories/field-text";
import { loadPlan } from "../../../../load-plan";
import { updateItemAction } from "../../../actions";
import { orNotFound } from "@/lib/http/or-not-found";
import { formatDay } from "@/lib/days";
import { cache } from "react";

export async function generateMetadata({ params }: { params: Promise<{ planId: string; kind: string; itemId: string }> }): Promise<Metadata> {
  const { planId, kind, itemId } = await params;
  await load(planId, kind, itemId);
  return { title: "Inventory item" };
}

// Once per request: the title and the page both ask.
const load = cache(async (planId: string, kind: string, itemId: string) => {
  if (!isInventoryKind(kind)) notFound();
  const { actor, plan } = await loadPlan(planId);
  // After the item, so that `plan` is the plan as the page knows it, not the item's own summary of it.
  return { ...(await orNotFound(getItem({ actor, input: { planId, kind, itemId } }))), actor, plan };
});

export default async function ItemPage({ params }: { params: Promise<{ planId: string; kind: string; itemId: string }> }) {
  const { planId, kind, itemId } = await params;
  const { actor, plan, register, item, people, versions, dependentFunctions } = await load(planId, kind, itemId);
  const canEdit = can(actor.role, "plan:edit") && plan.status !== "archived";
  const names = new Map(people.map((p) => [p.id, p.name]));
  const personName = (id: string) => names.get(id) ?? "(removed person)";
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/plans/${planId}/inventories/${kind}`} className="text-blue-800 underline">
            {register.title}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold">{item.label || `(no label)`}</h1>
        <p className="text-sm text-slate-500">Last updated {formatDay(item.updatedAt)}</p>
      </div>
      {canEdit ? (
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <ItemForm
            action={updateItemAction}
            heading={`Edit ${register.noun}`}
            fields={register.fields}
            people={people}
            versions={versions}
            hidden={{ planId, kind, itemId }}
            values={Object.fromEntries(register.fields.map((f) => [f.key, formatCell(f, item.data[f.key])]))}
            version={item.version}
            submitLabel="Save"
            formKey={String(item.version)}
          />
        </div>
      ) : (
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[14rem_1fr]">
          {register.fields.map((field) => (
            <div key={field.key} className="contents">
              <dt className="text-slate-500">{field.label}</dt>
              <dd className="whitespace-pre-wrap">
                <FieldText field={field} value={item.data[field.key]} personName={personName} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {register.kind === "vendors" ? (
        <VendorFunctions planId={planId} recoveryMinutes={vendorRecoveryMinutes(item.data)} functions={dependentFunctions} />
      ) : null}
    </div>
  );
}
