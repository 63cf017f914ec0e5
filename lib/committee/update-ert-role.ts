import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { updateErtRoleSchema } from "@/lib/committee/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { assertPeopleInOrg } from "@/lib/committee/people-in-org";
import { assertErtTitleFree, DUPLICATE_ERT_ROLE, ertRoleSnapshot, showErtRole } from "@/lib/committee/ert-role-fields";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";

/**
 * Edits a response team role, refusing to overwrite a change someone else saved meanwhile (with
 * what it was). A save that changes nothing writes nothing: no new version, no audit row.
 */
export async function updateErtRole({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, roleId, version, ...data } = parseInput(updateErtRoleSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      const where = { id: roleId, planId, orgId: actor.orgId };
      const before = await tx.ertRole.findFirst({ where });
      if (!before) throw notFound("The response team role");
      if (before.version !== version) {
        throw staleEdit(
          "this role",
          await describeConflict(tx, {
            actor,
            entityType: "ert-role",
            entityId: roleId,
            actions: ["ert-role.updated"],
            startedFrom: version,
            current: { version: before.version, snapshot: ertRoleSnapshot(before) },
            show: await showErtRole(tx, actor),
          }),
        );
      }
      await assertPeopleInOrg(tx, actor.orgId, { primaryId: data.primaryId, alternateId: data.alternateId });
      if (writesNothing(before, data)) return { ...before, changed: false };
      if (data.title !== before.title) await assertErtTitleFree(tx, actor, { planId, title: data.title, roleId });
      const { count } = await tx.ertRole.updateMany({ where: { ...where, version }, data: { ...data, version: { increment: 1 } } });
      // A write that committed between the read above and this one: refused without details.
      if (count === 0) throw staleEdit("this role");
      const after = { ...before, ...data, version: version + 1 };
      await recordAudit(tx, {
        actor,
        action: "ert-role.updated",
        entityType: "ert-role",
        entityId: roleId,
        planId,
        before: ertRoleSnapshot(before),
        after: ertRoleSnapshot(after),
      });
      return { ...after, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("title", DUPLICATE_ERT_ROLE);
    throw error;
  }
}
