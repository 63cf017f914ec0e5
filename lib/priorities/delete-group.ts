import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { planRecordScope } from "@/lib/bia/scope";
import { deleteGroupSchema } from "@/lib/priorities/schemas";

export async function deleteGroup({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, groupId } = parseInput(deleteGroupSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const before = await tx.consistencyGroup.findFirst({ where: planRecordScope(actor, planId, groupId), include: { systems: { select: { id: true } } } });
    if (!before) throw notFound("The consistency group");
    await tx.consistencyGroup.deleteMany({ where: planRecordScope(actor, planId, groupId) });
    await recordAudit(tx, {
      actor,
      action: "consistency_group.deleted",
      entityType: "consistency_group",
      entityId: groupId,
      planId,
      before: { key: before.key, name: before.name, maxSkewMinutes: before.maxSkewMinutes, systemIds: before.systems.map((s) => s.id).sort() },
    });
  });
}
