import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { getProduct } from "@/lib/bia/get-product";
import { listDepartments } from "@/lib/bia/list-departments";
import { orNotFound } from "@/lib/http/or-not-found";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { ProductForm } from "@/components/bia/product-form";
import { loadPlan } from "../../../load-plan";
import { deleteProductAction, updateProductAction } from "../../actions";
import { cache } from "react";

export async function generateMetadata({ params }: { params: Promise<{ planId: string; productId: string }> }): Promise<Metadata> {
  const { planId, productId } = await params;
  await loadProduct(planId, productId);
  return { title: "Product or service" };
}

// Once per request: the title and the page both ask.
const loadProduct = cache(async (planId: string, productId: string) => {
  const { actor } = await loadPlan(planId);
  return await orNotFound(getProduct({ actor, planId, productId }));
});

export default async function ProductPage({ params }: { params: Promise<{ planId: string; productId: string }> }) {
  const { planId, productId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  const [product, departments] = await Promise.all([loadProduct(planId, productId), canEdit ? listDepartments({ actor }) : Promise.resolve([])]);
  const base = `/plans/${planId}/bia`;
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <Link href={base} className="text-sm text-blue-700 underline">
            All products and functions
          </Link>
          <h1 className="mt-1 text-2xl font-semibold">{product.name}</h1>
          <p className="text-sm text-slate-600">{product.department?.name ?? "No department"}</p>
          {product.description ? <p className="mt-2 max-w-2xl text-sm text-slate-700">{product.description}</p> : null}
        </div>
        {canEdit ? (
          <ConfirmForm
            action={deleteProductAction}
            fields={{ planId, productId, version: String(product.version) }}
            label="Delete product"
            title={`Delete ${product.name}?`}
            body="Its functions stay in the plan, no longer tied to this product."
            confirmLabel="Delete product"
          />
        ) : null}
      </div>

      {canEdit ? (
        <section aria-labelledby="edit-heading" className="max-w-md rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="edit-heading" className="mb-2 text-lg font-semibold">
            Edit
          </h2>
          <ProductForm
            action={updateProductAction}
            planId={planId}
            departments={departments}
            manageDepartments={can(actor.role, "org:settings")}
            product={{ id: product.id, version: product.version, name: product.name, description: product.description, departmentId: product.department?.id ?? null }}
          />
        </section>
      ) : null}

      <section aria-labelledby="functions-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="functions-heading" className="mb-2 text-lg font-semibold">
          Business functions
        </h2>
        {product.functions.length === 0 ? (
          <p className="text-sm text-slate-600">No function is tied to this product yet.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {product.functions.map((fn) => (
              <li key={fn.id}>
                <Link href={`${base}/functions/${fn.id}`} className="text-blue-700 underline">
                  {fn.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
