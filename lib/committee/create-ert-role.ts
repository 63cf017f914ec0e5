import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { createErtRoleSchema } from "@/lib/committee/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { assertPeopleInOrg } from "@/lib/committee/people-in-org";
import { assertErtTitleFree, DUPLICATE_ERT_ROLE, ertRoleSnapshot } from "@/lib/committee/ert-role-fields";

/** Adds a role to the emergency response team, placed after the existing ones. */
export async function createErtRole({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, ...data } = parseInput(createErtRoleSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      await assertPeopleInOrg(tx, actor.orgId, { primaryId: data.primaryId, alternateId: data.alternateId });
      await assertErtTitleFree(tx, actor, { planId, title: data.title });
      const last = await tx.ertRole.aggregate({ where: { planId, orgId: actor.orgId }, _max: { sortOrder: true } });
      const role = await tx.ertRole.create({
        data: { ...data, orgId: actor.orgId, planId, sortOrder: (last._max.sortOrder ?? 0) + 1 },
      });
      await recordAudit(tx, { actor, action: "ert-role.created", entityType: "ert-role", entityId: role.id, planId, after: ertRoleSnapshot(role) });
      return role;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("title", DUPLICATE_ERT_ROLE);
    throw error;
  }
}
