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
import { newKey, retryKeyClash } from "@/lib/recovery/new-key";

/**
 * Groups systems that exchange data and must be recovered to the same point in time. A key left
 * blank is made from the group's name, as for the recovery setup's records.
 */
export async function createGroup({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, systemIds, key: typedKey, ...rest } = parseInput(createGroupSchema, input);
  const scope = { orgId: actor.orgId, planId };
  try {
    return await retryKeyClash(!typedKey, () =>
      db.$transaction(async (tx) => {
        await loadEditablePlan(tx, actor, planId);
        await checkGroupSystems(tx, actor, planId, systemIds);
        const data = { ...rest, key: typedKey ?? (await newKey(tx, "group", scope, rest.name)) };
        const group = await tx.consistencyGroup.create({
          data: { ...data, ...scope, systems: { connect: systemIds.map((id) => ({ id })) } },
        });
        await recordAudit(tx, { actor, action: "consistency_group.created", entityType: "consistency_group", entityId: group.id, planId, after: { ...data, systemIds } });
        return group;
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("key", groupUniqueMessage);
    throw error;
  }
}
