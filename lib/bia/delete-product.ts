import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { deleteProductSchema } from "@/lib/bia/schemas";
import { planRecordScope } from "@/lib/bia/scope";
import { productSnapshot } from "@/lib/bia/product-fields";

/** Deletes a product; its functions stay, no longer tied to a product. */
export async function deleteProduct({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, productId } = parseInput(deleteProductSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const product = await tx.product.findFirst({ where: planRecordScope(actor, planId, productId) });
    if (!product) throw notFound("The product");
    await tx.product.deleteMany({ where: planRecordScope(actor, planId, productId) });
    await recordAudit(tx, {
      actor,
      action: "product.deleted",
      entityType: "product",
      entityId: productId,
      planId,
      before: productSnapshot(product),
    });
  });
}
