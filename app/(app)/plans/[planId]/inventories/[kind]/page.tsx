import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { displayCell } from "@/lib/inventories/fields";
import { isInventoryKind, registerOf } from "@/lib/inventories/registers";
import { tableFields } from "@/lib/inventories/item-schema";
import { listItems } from "@/lib/inventories/list-items";
import { ListSearch, Pagination, SortHeader } from "@/components/ui/list-controls";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { buttonClass } from "@/components/ui/button";
import { ItemForm } from "@/components/inventories/item-form";
import { ImportForm } from "@/components/inventories/import-form";
import { OwnerForm, ReviewForm } from "@/components/inventories/register-admin-forms";
import { StaleBadge } from "@/components/inventories/stale-badge";
import { FieldText } from "@/components/inventories/field-text";
import { loadPlan } from "../../load-plan";
import { ScrollBox } from "@/components/ui/scroll-box";
import { formatDay, utcDay } from "@/lib/days";
import { daysUntil, expiryHorizon, expiryWords } from "@/lib/inventories/staleness";
import {
  createItemAction,
  deleteItemAction,
  importItemsAction,
  markReviewedAction,
  previewImportAction,
  setOwnerAction,
} from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ kind: string }> }): Promise<Metadata> {
  const { kind } = await params;
  if (!isInventoryKind(kind)) notFound();
  return { title: registerOf(kind).title };
}

export default async function RegisterPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string; kind: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { planId, kind } = await params;
  if (!isInventoryKind(kind)) notFound();
  const { actor, plan } = await loadPlan(planId);
  const now = new Date();
  const [today, horizon] = [utcDay(now), expiryHorizon(now)];
  const { register, owner, lastReviewedAt, stale, reviewPeriodDays, people, versions, query, items } = await listItems({
    actor,
    input: { planId, kind },
    query: await searchParams,
  });
  const canEdit = can(actor.role, "plan:edit") && plan.status !== "archived";
  const base = `/plans/${planId}/inventories/${kind}`;
  const columns = tableFields(register);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const personName = (id: string) => names.get(id) ?? "(removed person)";
  // Two rows with one label (a switchboard number listed twice) must not give two "Delete …"
  // buttons of one name: such a row is also named by its first other value and its position.
  const labelCount = new Map<string, number>();
  for (const item of items.rows) labelCount.set(item.label, (labelCount.get(item.label) ?? 0) + 1);
  const rowName = (item: (typeof items.rows)[number], index: number) => {
    if ((labelCount.get(item.label) ?? 0) < 2) return item.label;
    const other = columns.map((f) => displayCell(f, item.data[f.key], personName)).find((text) => text !== "—" && !item.label.includes(text));
    return `${item.label}${other ? `, ${other}` : ""} (row ${index + 1})`;
  };
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/plans/${planId}/inventories`} className="text-blue-800 underline">
            All inventories
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold">{register.title}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{register.description}</p>
      </div>

      <section aria-label="Ownership and review" className="flex flex-wrap items-end justify-between gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm">
          <dt className="text-slate-500">Owner</dt>
          <dd>{owner?.name ?? "No owner"}</dd>
          <dt className="text-slate-500">Last reviewed</dt>
          <dd>
            {lastReviewedAt ? formatDay(lastReviewedAt) : "Never"}{" "}
            {stale ? <StaleBadge>{`Needs review (period ${reviewPeriodDays} days)`}</StaleBadge> : null}
          </dd>
        </dl>
        {canEdit ? (
          <div className="flex flex-wrap items-end gap-4">
            <OwnerForm action={setOwnerAction} planId={planId} kind={kind} ownerId={owner?.id ?? ""} people={people} />
            <ReviewForm action={markReviewedAction} planId={planId} kind={kind} />
          </div>
        ) : null}
      </section>

      {canEdit ? (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">Add {register.noun}</summary>
          <div className="mt-4">
            <ItemForm
              action={createItemAction}
              heading={`Add ${register.noun}`}
              fields={register.fields}
              people={people}
              versions={versions}
              hidden={{ planId, kind }}
              submitLabel={`Add ${register.noun}`}
            />
          </div>
        </details>
      ) : null}

      <section aria-label="Items" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <ListSearch base={base} query={query} label={`Search the ${register.title.toLowerCase()}`} />
          <a href={`${base}/export`} className={buttonClass("secondary")} download>
            Export CSV
          </a>
        </div>
        {items.rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
            {query.q
              ? `Nothing matches “${query.q}”.`
              : canEdit
                ? `No ${register.noun} recorded yet. Add one above, or import a CSV file below.`
                : `No ${register.noun} recorded yet.`}
          </p>
        ) : (
          <ScrollBox>
            <table className="w-full border-collapse rounded-lg bg-white text-sm shadow-sm">
              <caption className="sr-only">{register.title}</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <SortHeader base={base} query={query} column="label">
                    {register.labelFields.map((key) => register.fields.find((f) => f.key === key)?.label).join(" — ")}
                  </SortHeader>
                  {columns.map((field) => (
                    <SortHeader key={field.key} base={base} query={query} column={field.key}>
                      {field.label}
                    </SortHeader>
                  ))}
                  <SortHeader base={base} query={query} column="updated">
                    Updated
                  </SortHeader>
                  {canEdit ? (
                    <th scope="col" className="p-3">
                      <span className="sr-only">Actions</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {items.rows.map((item, index) => (
                  <tr key={item.id} className="border-t border-slate-200 align-top" data-item={item.label}>
                    <th scope="row" className="p-3 text-left font-medium">
                      <Link href={`${base}/items/${item.id}`} className="text-blue-800 underline">
                        {item.label || "(no label)"}
                      </Link>
                      {item.stale ? (
                        <span className="ml-2">
                          <StaleBadge>Needs review</StaleBadge>
                        </span>
                      ) : null}
                      {item.expiresOn && item.expiresOn <= horizon ? (
                        // The same warning as the plan overview's, where the expiry is read.
                        <span className={`ml-2 inline-block rounded px-2 py-0.5 text-xs font-medium ${item.expiresOn < today ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900"}`}>
                          {expiryWords(daysUntil(item.expiresOn, now))}
                        </span>
                      ) : null}
                    </th>
                    {columns.map((field) => (
                      <td key={field.key} className="p-3">
                        <FieldText field={field} value={item.data[field.key]} personName={personName} />
                      </td>
                    ))}
                    <td className="p-3 whitespace-nowrap tabular-nums">{formatDay(item.updatedAt)}</td>
                    {canEdit ? (
                      <td className="p-3 text-right whitespace-nowrap">
                        <Link href={`${base}/items/${item.id}`} className={buttonClass("ghost")} aria-label={`Edit ${rowName(item, index)}`}>
                          Edit
                        </Link>
                        <ConfirmForm
                          action={deleteItemAction}
                          fields={{ planId, kind, itemId: item.id, version: String(item.version) }}
                          label="Delete"
                          ariaLabel={`Delete ${rowName(item, index)}`}
                          title={`Delete “${rowName(item, index)}”?`}
                          body={`The ${register.noun} is removed from the ${register.title.toLowerCase()}. The audit log keeps a record of what it held.${register.kind === "vendors" ? " A vendor that business functions depend on is not deleted: the refusal names them." : ""}`}
                          confirmLabel="Delete"
                        />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
        <Pagination base={base} query={query} list={items} noun="items" one="item" />
      </section>

      {canEdit ? (
        <section aria-labelledby="import-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="import-heading" className="mb-3 text-base font-semibold">
            Import from CSV
          </h2>
          <ImportForm preview={previewImportAction} apply={importItemsAction} planId={planId} kind={kind} />
        </section>
      ) : null}
    </div>
  );
}
