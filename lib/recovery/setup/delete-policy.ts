import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { deleteSchema } from "@/lib/recovery/setup/schemas";
import { recoveryScope } from "@/lib/recovery/setup/scope";

/** Deletes a backup policy and its copies (the systems stay; they are just no longer covered). */
export async function deletePolicy({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, id } = parseInput(deleteSchema, input);
  const scope = recoveryScope(actor, planId);
  await db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const policy = await tx.backupPolicy.findFirst({ where: { ...scope, id } });
    if (!policy) throw notFound("The backup policy");
    await tx.backupPolicy.delete({ where: { id } });
    await recordAudit(tx, { actor, action: "recovery.policy.deleted", entityType: "backupPolicy", entityId: id, planId, before: { key: policy.key, name: policy.name } });
  });
}
