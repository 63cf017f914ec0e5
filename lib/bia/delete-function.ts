import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { deleteFunctionSchema } from "@/lib/bia/schemas";
import { planRecordScope } from "@/lib/bia/scope";
import { functionSnapshot } from "@/lib/bia/function-fields";
import { lockForDeletion, testsCiting } from "@/lib/exercises/tests-citing";
import { citedRefusal } from "@/lib/exercises/citing-words";

/** Deletes a function; refused, changing nothing, while a test covered it (docs/decisions/0042). */
export async function deleteFunction({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, functionId } = parseInput(deleteFunctionSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    await lockForDeletion(tx, actor, { planId, kind: "function", id: functionId });
    const before = await tx.businessFunction.findFirst({ where: planRecordScope(actor, planId, functionId) });
    if (!before) throw notFound("The function");
    const tests = await testsCiting(tx, actor, { planId, kind: "function", id: functionId });
    if (tests.length) throw new AppError("CONFLICT", citedRefusal({ kind: "function", name: before.name, tests }));
    await tx.businessFunction.deleteMany({ where: planRecordScope(actor, planId, functionId) });
    await recordAudit(tx, { actor, action: "function.deleted", entityType: "function", entityId: functionId, planId, before: functionSnapshot(before) });
  });
}
