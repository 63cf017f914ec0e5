import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { updateProductSchema } from "@/lib/bia/schemas";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { checkReferences } from "@/lib/bia/references";
import { planRecordScope } from "@/lib/bia/scope";

/** Edits a product, conditional on the name and description the form started from. */
export async function updateProduct({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, productId, expectedName, expectedDescription, ...data } = parseInput(updateProductSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      const before = await tx.product.findFirst({ where: planRecordScope(actor, planId, productId) });
      if (!before) throw notFound("The product");
      await checkReferences(tx, actor, planId, { departmentId: data.departmentId });
      const { count } = await tx.product.updateMany({
        where: { ...planRecordScope(actor, planId, productId), name: expectedName, description: expectedDescription },
        data,
      });
      if (count === 0) throw staleEdit("this product");
      await recordAudit(tx, {
        actor,
        action: "product.updated",
        entityType: "product",
        entityId: productId,
        before: { name: before.name, description: before.description, departmentId: before.departmentId },
        after: data,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", "This plan already has a product or service with this name.");
    throw error;
  }
}
