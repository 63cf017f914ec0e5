import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { planRecordScope } from "@/lib/bia/scope";
import { deleteSystemSchema } from "@/lib/systems/schemas";
import { systemSnapshot } from "@/lib/systems/system-fields";

/** Deletes a system; functions that depended on it simply lose that dependency. */
export async function deleteSystem({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, systemId } = parseInput(deleteSystemSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const before = await tx.system.findFirst({ where: planRecordScope(actor, planId, systemId) });
    if (!before) throw notFound("The system");
    await tx.system.deleteMany({ where: planRecordScope(actor, planId, systemId) });
    await recordAudit(tx, { actor, action: "system.deleted", entityType: "system", entityId: systemId, planId, before: systemSnapshot(before) });
  });
}
