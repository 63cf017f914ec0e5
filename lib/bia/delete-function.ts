import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { deleteFunctionSchema } from "@/lib/bia/schemas";
import { planRecordScope } from "@/lib/bia/scope";
import { functionSnapshot } from "@/lib/bia/function-fields";

export async function deleteFunction({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, functionId } = parseInput(deleteFunctionSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const before = await tx.businessFunction.findFirst({ where: planRecordScope(actor, planId, functionId) });
    if (!before) throw notFound("The function");
    await tx.businessFunction.deleteMany({ where: planRecordScope(actor, planId, functionId) });
    await recordAudit(tx, { actor, action: "function.deleted", entityType: "function", entityId: functionId, planId, before: functionSnapshot(before) });
  });
}
