import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { deleteSchema } from "@/lib/recovery/setup/schemas";
import { recoveryScope } from "@/lib/recovery/setup/scope";
import { policyCopies, policySnapshot } from "@/lib/recovery/setup/policy-conflict";

/**
 * Deletes a backup policy and its copies (the systems stay; they are just no longer covered). The
 * audit row keeps the whole policy, its systems and copies: which systems lost their backups, and
 * on what schedule they had them.
 */
export async function deletePolicy({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, id } = parseInput(deleteSchema, input);
  const scope = recoveryScope(actor, planId);
  await db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const policy = await tx.backupPolicy.findFirst({ where: { ...scope, id }, include: { systems: { select: { id: true } } } });
    if (!policy) throw notFound("The backup policy");
    const before = { ...policySnapshot(policy, policy.systems.map((s) => s.id)), copies: await policyCopies(tx, actor, id) };
    await tx.backupPolicy.delete({ where: { id } });
    await recordAudit(tx, { actor, action: "recovery.policy.deleted", entityType: "backupPolicy", entityId: id, planId, before });
  });
}
