import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { planRecordScope } from "@/lib/bia/scope";
import { updateGroupSchema } from "@/lib/priorities/schemas";
import { checkGroupSystems, groupUniqueMessage } from "@/lib/priorities/group-systems";

/** Edits a consistency group, conditional on the key and name the form started from. */
export async function updateGroup({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, groupId, expectedKey, expectedName, systemIds, ...data } = parseInput(updateGroupSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      const before = await tx.consistencyGroup.findFirst({
        where: planRecordScope(actor, planId, groupId),
        include: { systems: { select: { id: true } } },
      });
      if (!before) throw notFound("The consistency group");
      await checkGroupSystems(tx, actor, planId, systemIds);
      const { count } = await tx.consistencyGroup.updateMany({
        where: { ...planRecordScope(actor, planId, groupId), key: expectedKey, name: expectedName },
        data,
      });
      if (count === 0) throw staleEdit("this consistency group");
      await tx.consistencyGroup.update({ where: { id: groupId }, data: { systems: { set: systemIds.map((id) => ({ id })) } } });
      await recordAudit(tx, {
        actor,
        action: "consistency_group.updated",
        entityType: "consistency_group",
        entityId: groupId,
        before: { key: before.key, name: before.name, maxSkewMinutes: before.maxSkewMinutes, systemIds: before.systems.map((s) => s.id).sort() },
        after: { ...data, systemIds: [...systemIds].sort() },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("key", groupUniqueMessage);
    throw error;
  }
}
