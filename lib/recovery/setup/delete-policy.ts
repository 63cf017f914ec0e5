import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { atVersionShown, deletedAtVersion } from "@/lib/concurrency/stale-delete";
import { parseInput } from "@/lib/validation";
import { deleteVersionedSchema } from "@/lib/recovery/setup/schemas";
import { recoveryScope } from "@/lib/recovery/setup/scope";
import { POLICY_WRITES, policyCopies, policySnapshot, showPolicy } from "@/lib/recovery/setup/policy-conflict";

/**
 * Deletes a backup policy and its copies (the systems stay; they are just no longer covered). The
 * audit row keeps the whole policy, its systems and copies: which systems lost their backups, and
 * on what schedule they had them. The delete names the version the page showed: a policy someone
 * saved since (its copies included) is not deleted, and the user is told who changed what
 * (docs/decisions/0073).
 */
export async function deletePolicy({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, id, version } = parseInput(deleteVersionedSchema, input);
  const scope = recoveryScope(actor, planId);
  await db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const found = await tx.backupPolicy.findFirst({ where: { ...scope, id }, include: { systems: { select: { id: true } } } });
    const before = found ? { ...policySnapshot(found, found.systems.map((s) => s.id)), copies: await policyCopies(tx, actor, id) } : {};
    await atVersionShown(tx, {
      actor,
      record: found,
      version,
      what: "The backup policy",
      entityType: "backupPolicy",
      actions: POLICY_WRITES,
      snapshot: before,
      show: () => showPolicy(tx, scope),
    });
    deletedAtVersion(await tx.backupPolicy.deleteMany({ where: { ...scope, id, version } }), "The backup policy");
    await recordAudit(tx, { actor, action: "recovery.policy.deleted", entityType: "backupPolicy", entityId: id, planId, before });
  });
}
