import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { deleteProductSchema } from "@/lib/bia/schemas";
import { planRecordScope } from "@/lib/bia/scope";
import { PRODUCT_LABELS, productSnapshot } from "@/lib/bia/product-fields";
import { orgNames, showLabelled } from "@/lib/concurrency/show-fields";
import { atVersionShown, deletedAtVersion } from "@/lib/concurrency/stale-delete";

/**
 * Deletes a product; its functions stay, no longer tied to a product. The delete names the
 * version the page showed: a product someone saved since is not deleted, and the user is told who
 * changed what (docs/decisions/0073).
 */
export async function deleteProduct({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, productId, version } = parseInput(deleteProductSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const where = planRecordScope(actor, planId, productId);
    const found = await tx.product.findFirst({ where });
    const product = await atVersionShown(tx, {
      actor,
      record: found,
      version,
      what: "The product",
      entityType: "product",
      actions: ["product.updated"],
      snapshot: found ? productSnapshot(found) : {},
      show: async () => showLabelled(PRODUCT_LABELS, await orgNames(tx, actor, "department")),
    });
    deletedAtVersion(await tx.product.deleteMany({ where: { ...where, version } }), "The product");
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
