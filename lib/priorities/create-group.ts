import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { createGroupSchema } from "@/lib/priorities/schemas";
import { checkGroupSystems, groupUniqueMessage } from "@/lib/priorities/group-systems";

/** Groups systems that exchange data and must be recovered to the same point in time. */
export async function createGroup({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, systemIds, ...data } = parseInput(createGroupSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      await checkGroupSystems(tx, actor, planId, systemIds);
      const group = await tx.consistencyGroup.create({
        data: { ...data, planId, orgId: actor.orgId, systems: { connect: systemIds.map((id) => ({ id })) } },
      });
      await recordAudit(tx, { actor, action: "consistency_group.created", entityType: "consistency_group", entityId: group.id, after: { ...data, systemIds } });
      return group;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("key", groupUniqueMessage);
    throw error;
  }
}
