import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { formatDuration } from "@/lib/durations";
import { RATING_LABELS } from "@/lib/bia/impact";
import { functionListQuery, listFunctions } from "@/lib/bia/list-functions";
import { listProducts } from "@/lib/bia/list-products";
import { listDepartments } from "@/lib/bia/list-departments";
import { getBiaSettings } from "@/lib/settings/get-bia-settings";
import { ListSearch, Pagination, SortHeader } from "@/components/ui/list-controls";
import { ProductForm } from "@/components/bia/product-form";
import { CreateFunctionForm } from "@/components/bia/create-function-form";
import { loadPlan } from "../load-plan";
import { createFunctionAction, createProductAction, importFunctionsAction, previewFunctionImportAction } from "./actions";
import { BiaImportPanel } from "@/components/bia/bia-import-panel";
import { buttonClass } from "@/components/ui/button";
import { ScrollBox } from "@/components/ui/scroll-box";
import { formatMoney } from "@/lib/money";

export const metadata: Metadata = { title: "Business impact analysis" };

type FunctionRow = Awaited<ReturnType<typeof listFunctions>>["rows"][number];

/** A row's Checks cell: the flags on its targets, impact ratings and vendors, what is not set, and the sentences behind them. */
function rowChecks(row: FunctionRow) {
  return {
    flags: [
      ...row.flags.map((f) => (f.code === "rto_not_below_mtd" ? "RTO ≥ MTD" : "RTO + WRT > MTD")),
      ...(row.impactFlags.length ? ["Impact falls"] : []),
      ...row.vendorChecks.flags,
    ],
    gaps: [...row.gaps, ...row.vendorChecks.gaps],
    details: [...row.flags.map((f) => f.message), ...row.impactFlags, ...row.vendorChecks.messages].join(" "),
  };
}

/** A new organisation's first visit: functions are grouped by department, and it has none yet. */
function NoFunctionsNorDepartments({ manageDepartments }: { manageDepartments: boolean }) {
  return (
    <>
      No business functions yet. Add the processes the business runs, then rate their impact over time.{" "}
      {manageDepartments ? (
        <>
          To group them by the department that runs them,{" "}
          <Link href="/settings/departments" className="text-blue-700 underline">
            add the departments
          </Link>{" "}
          first.
        </>
      ) : (
        "To group them by the department that runs them, an administrator adds the departments in Settings."
      )}
    </>
  );
}

export default async function BiaPage({ params, searchParams }: { params: Promise<{ planId: string }>; searchParams: Promise<Record<string, string>> }) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const query = functionListQuery.parse(await searchParams);
  const [page, products, departments, settings] = await Promise.all([
    listFunctions({ actor, planId, query }),
    listProducts({ actor, planId }),
    listDepartments({ actor }),
    getBiaSettings({ actor }),
  ]);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  const manageDepartments = can(actor.role, "org:settings");
  const base = `/plans/${planId}/bia`;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Business impact analysis</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          The products and services the business offers, the functions behind them, what an outage of each costs over time, and
          the MTD, RTO, RPO and WRT that follow. Outage lengths: {settings.horizons.map(formatDuration).join(", ")}; intolerable
          from “{RATING_LABELS[settings.intolerableRating]}”.
          {can(actor.role, "org:settings") ? (
            <>
              {" "}
              <Link href="/settings" className="text-blue-700 underline">
                Change the BIA settings
              </Link>
            </>
          ) : null}
        </p>
      </div>

      <section aria-labelledby="products-heading" className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div>
          <h2 id="products-heading" className="text-lg font-semibold">
            Products and services
          </h2>
          {products.length === 0 ? (
            <p className="mt-3 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
              No products or services recorded yet. {canEdit ? "Add the core ones the business sells or provides." : ""}
            </p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {products.map((product) => (
                <li key={product.id} className="flex items-start justify-between gap-4 px-4 py-3">
                  <div className="min-w-0">
                    <Link href={`${base}/products/${product.id}`} className="font-medium text-blue-800 underline-offset-2 hover:underline">
                      {product.name}
                    </Link>
                    {product.description ? <p className="truncate text-sm text-slate-600">{product.description}</p> : null}
                    <p className="text-xs text-slate-500">
                      {product.department?.name ?? "No department"} · {product._count.functions} function{product._count.functions === 1 ? "" : "s"}
                    </p>
                  </div>
                  {canEdit ? (
                    <Link href={`${base}/products/${product.id}`} className="shrink-0 text-sm text-blue-700 underline" aria-label={`Edit ${product.name}`}>
                      Edit
                    </Link>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
        {canEdit ? (
          <aside className="rounded-lg border border-slate-200 bg-white p-5">
            <h3 className="mb-2 font-semibold">Add a product or service</h3>
            <ProductForm action={createProductAction} planId={planId} departments={departments} manageDepartments={manageDepartments} />
          </aside>
        ) : null}
      </section>

      <section aria-labelledby="functions-heading" className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="functions-heading" className="text-lg font-semibold">
              Business functions
            </h2>
            <div className="flex max-w-full flex-wrap items-center gap-3">
              {can(actor.role, "plan:export") ? (
                <a href={`${base}/export`} className={buttonClass("secondary")} download>
                  Download BIA (CSV)
                </a>
              ) : null}
              <ListSearch base={base} query={query} label="Search functions" />
            </div>
          </div>
          {page.total === 0 ? (
            <p className="mt-3 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
              {query.q
                ? `No functions match “${query.q}”.`
                : canEdit
                  ? departments.length > 0
                    ? "No business functions yet. Add the processes each department runs, then rate their impact over time."
                    : <NoFunctionsNorDepartments manageDepartments={manageDepartments} />
                  : "No business functions analysed yet."}
            </p>
          ) : (
            <>
              <ScrollBox>
                <table className="mt-3 w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm">
                  <caption className="sr-only">Business functions, sortable</caption>
                  <thead className="bg-slate-100 text-left">
                    <tr>
                      <SortHeader base={base} query={query} column="name">Function</SortHeader>
                      <SortHeader base={base} query={query} column="department">Department</SortHeader>
                      <SortHeader base={base} query={query} column="mtd">MTD</SortHeader>
                      <SortHeader base={base} query={query} column="rto">RTO</SortHeader>
                      <th scope="col" className="p-3">RPO</th>
                      <th scope="col" className="p-3">WRT</th>
                      <SortHeader base={base} query={query} column="cost">Cost / hour</SortHeader>
                      <th scope="col" className="p-3">Checks</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.rows.map((row) => {
                      const checks = rowChecks(row);
                      return (
                        <tr key={row.id} className="border-t border-slate-200">
                          <td className="p-3">
                            <Link href={`${base}/functions/${row.id}`} className="font-medium text-blue-800 underline-offset-2 hover:underline">
                              {row.name}
                            </Link>
                            {row.product ? <p className="text-xs text-slate-500">{row.product.name}</p> : null}
                          </td>
                          <td className="p-3">{row.department?.name ?? "—"}</td>
                          <td className="whitespace-nowrap p-3 tabular-nums">{formatDuration(row.mtdMinutes)}</td>
                          <td className="whitespace-nowrap p-3 tabular-nums">{formatDuration(row.rtoMinutes)}</td>
                          <td className="whitespace-nowrap p-3 tabular-nums">{formatDuration(row.rpoMinutes)}</td>
                          <td className="whitespace-nowrap p-3 tabular-nums">{formatDuration(row.wrtMinutes)}</td>
                          <td className="whitespace-nowrap p-3 tabular-nums">{row.costPerHour === null ? "—" : formatMoney(row.costPerHour)}</td>
                          <td className="p-3" title={checks.details || undefined}>
                            {checks.flags.length ? (
                              <span className="inline-block rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">{checks.flags.join(", ")}</span>
                            ) : null}
                            {checks.gaps.length ? (
                              <span className="block text-xs text-slate-600">{checks.gaps.join(", ")}</span>
                            ) : checks.flags.length ? null : (
                              <span className="text-xs text-slate-500">OK</span>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </ScrollBox>
              <Pagination base={base} query={query} list={page} noun="functions" one="function" />
            </>
          )}
        </div>
        {canEdit ? (
          <aside className="self-start rounded-lg border border-slate-200 bg-white p-5">
            <CreateFunctionForm
              action={createFunctionAction}
              planId={planId}
              products={products.map(({ id, name }) => ({ id, name }))}
              departments={departments}
              manageDepartments={manageDepartments}
            />
          </aside>
        ) : null}
      </section>

      {canEdit ? (
        <section aria-labelledby="bia-import-heading" className="max-w-4xl rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="bia-import-heading" className="mb-2 text-lg font-semibold">
            Import from CSV
          </h2>
          <BiaImportPanel planId={planId} previewAction={previewFunctionImportAction} applyAction={importFunctionsAction} templateHref={`${base}/export?template=1`} />
        </section>
      ) : null}
    </div>
  );
}
