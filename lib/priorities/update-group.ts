import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { idSet, sameSnapshot, writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { planRecordScope } from "@/lib/bia/scope";
import { updateGroupSchema } from "@/lib/priorities/schemas";
import { checkGroupSystems, groupUniqueMessage } from "@/lib/priorities/group-systems";
import { groupSnapshot, showGroup } from "@/lib/priorities/group-fields";

/**
 * Edits a consistency group, refusing to overwrite a change someone else saved meanwhile (with what
 * it was). A save that changes neither its fields nor its systems writes nothing: no new version,
 * no audit row.
 */
export async function updateGroup({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, groupId, version, systemIds, ...data } = parseInput(updateGroupSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      const before = await tx.consistencyGroup.findFirst({
        where: planRecordScope(actor, planId, groupId),
        include: { systems: { select: { id: true } } },
      });
      if (!before) throw notFound("The consistency group");
      const started = groupSnapshot(before, before.systems.map((s) => s.id));
      if (before.version !== version) {
        throw staleEdit(
          "this consistency group",
          await describeConflict(tx, {
            actor,
            entityType: "consistency_group",
            entityId: groupId,
            actions: ["consistency_group.updated"],
            startedFrom: version,
            current: { version: before.version, snapshot: started },
            show: await showGroup(tx, actor, planId),
          }),
        );
      }
      await checkGroupSystems(tx, actor, planId, systemIds);
      if (writesNothing(before, data) && sameSnapshot(idSet(started.systemIds), idSet(systemIds))) return { version, changed: false };
      const { count } = await tx.consistencyGroup.updateMany({
        where: { ...planRecordScope(actor, planId, groupId), version },
        data: { ...data, version: { increment: 1 } },
      });
      // A write that committed between the read above and this one: refused without details.
      if (count === 0) throw staleEdit("this consistency group");
      // The version check above has claimed the row; the links follow in the same transaction.
      await tx.consistencyGroup.update({ where: { id: groupId }, data: { systems: { set: systemIds.map((id) => ({ id })) } } });
      await recordAudit(tx, {
        actor,
        action: "consistency_group.updated",
        entityType: "consistency_group",
        entityId: groupId,
        planId,
        before: started,
        after: groupSnapshot(data, systemIds),
      });
      return { version: version + 1, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("key", groupUniqueMessage);
    throw error;
  }
}
