import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { updateProductSchema } from "@/lib/bia/schemas";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { orgNames, showLabelled } from "@/lib/concurrency/show-fields";
import { checkReferences } from "@/lib/bia/references";
import { planRecordScope } from "@/lib/bia/scope";
import { PRODUCT_LABELS, productSnapshot } from "@/lib/bia/product-fields";

/**
 * Edits a product, refusing to overwrite a change someone else saved meanwhile (with what it was).
 * A save that changes nothing writes nothing: no new version, no audit row.
 */
export async function updateProduct({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, productId, version, ...data } = parseInput(updateProductSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      const before = await tx.product.findFirst({ where: planRecordScope(actor, planId, productId) });
      if (!before) throw notFound("The product");
      if (before.version !== version) {
        throw staleEdit(
          "this product",
          await describeConflict(tx, {
            actor,
            entityType: "product",
            entityId: productId,
            actions: ["product.updated"],
            startedFrom: version,
            current: { version: before.version, snapshot: productSnapshot(before) },
            show: showLabelled(PRODUCT_LABELS, await orgNames(tx, actor, "department")),
          }),
        );
      }
      await checkReferences(tx, actor, planId, { departmentId: data.departmentId });
      if (writesNothing(before, data)) return { ...before, changed: false };
      const { count } = await tx.product.updateMany({
        where: { ...planRecordScope(actor, planId, productId), version },
        data: { ...data, version: { increment: 1 } },
      });
      // A write that committed between the read above and this one: refused without details.
      if (count === 0) throw staleEdit("this product");
      const after = { ...before, ...data, version: version + 1 };
      await recordAudit(tx, {
        actor,
        action: "product.updated",
        entityType: "product",
        entityId: productId,
        planId,
        before: productSnapshot(before),
        after: productSnapshot(after),
      });
      return { ...after, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", "This plan already has a product or service with this name.");
    throw error;
  }
}
