import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { deleteErtRoleSchema } from "@/lib/committee/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { ertRoleSnapshot } from "@/lib/committee/ert-role-fields";

export async function deleteErtRole({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, roleId } = parseInput(deleteErtRoleSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const where = { id: roleId, planId, orgId: actor.orgId };
    const role = await tx.ertRole.findFirst({ where });
    if (!role) throw notFound("The response team role");
    await tx.ertRole.deleteMany({ where });
    await recordAudit(tx, { actor, action: "ert-role.deleted", entityType: "ert-role", entityId: roleId, planId, before: ertRoleSnapshot(role) });
  });
}
