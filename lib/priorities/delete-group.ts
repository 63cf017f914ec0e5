import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { planRecordScope } from "@/lib/bia/scope";
import { deleteGroupSchema } from "@/lib/priorities/schemas";
import { groupSnapshot, showGroup } from "@/lib/priorities/group-fields";
import { atVersionShown, deletedAtVersion } from "@/lib/concurrency/stale-delete";

/**
 * Deletes a consistency group; its systems stay. The delete names the version the page showed: a
 * group someone saved since is not deleted, and the user is told who changed what
 * (docs/decisions/0073).
 */
export async function deleteGroup({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, groupId, version } = parseInput(deleteGroupSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const where = planRecordScope(actor, planId, groupId);
    const found = await tx.consistencyGroup.findFirst({ where, include: { systems: { select: { id: true } } } });
    const snapshot = (group: NonNullable<typeof found>) => groupSnapshot(group, group.systems.map((s) => s.id));
    const before = await atVersionShown(tx, {
      actor,
      record: found,
      version,
      what: "The consistency group",
      entityType: "consistency_group",
      actions: ["consistency_group.updated"],
      snapshot: found ? snapshot(found) : {},
      show: () => showGroup(tx, actor, planId),
    });
    deletedAtVersion(await tx.consistencyGroup.deleteMany({ where: { ...where, version } }), "The consistency group");
    await recordAudit(tx, {
      actor,
      action: "consistency_group.deleted",
      entityType: "consistency_group",
      entityId: groupId,
      planId,
      before: snapshot(before),
    });
  });
}
