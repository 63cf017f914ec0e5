import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { createFunctionSchema } from "@/lib/bia/schemas";
import { checkReferences } from "@/lib/bia/references";
import { functionSnapshot } from "@/lib/bia/function-fields";

/** Adds a business function (process) to a plan; its grid and targets are filled in afterwards. */
export async function createFunction({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, ...data } = parseInput(createFunctionSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      await checkReferences(tx, actor, planId, data);
      const created = await tx.businessFunction.create({ data: { ...data, planId, orgId: actor.orgId } });
      await recordAudit(tx, { actor, action: "function.created", entityType: "function", entityId: created.id, planId, after: functionSnapshot(created) });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", "This plan already has a function with this name.");
    throw error;
  }
}
