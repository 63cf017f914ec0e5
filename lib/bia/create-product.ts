import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { createProductSchema } from "@/lib/bia/schemas";
import { checkReferences } from "@/lib/bia/references";

/** Records one of the organisation's core products or services in a plan. */
export async function createProduct({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, ...data } = parseInput(createProductSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      await checkReferences(tx, actor, planId, { departmentId: data.departmentId });
      const product = await tx.product.create({ data: { ...data, planId, orgId: actor.orgId } });
      await recordAudit(tx, { actor, action: "product.created", entityType: "product", entityId: product.id, planId, after: data });
      return product;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", "This plan already has a product or service with this name.");
    throw error;
  }
}
