import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { deleteErtRoleSchema } from "@/lib/committee/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { ertRoleSnapshot, showErtRole } from "@/lib/committee/ert-role-fields";
import { atVersionShown, deletedAtVersion } from "@/lib/concurrency/stale-delete";

/**
 * Deletes a response team role; its people stay in the register. The delete names the version the
 * page showed: a role someone saved since is not deleted, and the user is told who changed what
 * (docs/decisions/0073).
 */
export async function deleteErtRole({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, roleId, version } = parseInput(deleteErtRoleSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const where = { id: roleId, planId, orgId: actor.orgId };
    const found = await tx.ertRole.findFirst({ where });
    const role = await atVersionShown(tx, {
      actor,
      record: found,
      version,
      what: "The response team role",
      entityType: "ert-role",
      actions: ["ert-role.updated"],
      snapshot: found ? ertRoleSnapshot(found) : {},
      show: () => showErtRole(tx, actor),
    });
    deletedAtVersion(await tx.ertRole.deleteMany({ where: { ...where, version } }), "The response team role");
    await recordAudit(tx, { actor, action: "ert-role.deleted", entityType: "ert-role", entityId: roleId, planId, before: ertRoleSnapshot(role) });
  });
}
