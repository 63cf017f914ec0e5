import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { lockPlans } from "@/lib/plans/lock-plans";
import { renameDepartmentSchema } from "@/lib/departments/schemas";
import { departmentScope } from "@/lib/departments/scope";
import { assertNameFree, DEPARTMENT_LABELS, departmentSnapshot, duplicateName, missingDepartment } from "@/lib/departments/department-fields";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { showLabelled } from "@/lib/concurrency/show-fields";

const NOT_RENAMED = "could not be renamed";

/**
 * Renames one of the organisation's departments; everything in it follows, since it is referred to
 * by id. Only the letter case may change ("sales" → "Sales"); a name another department has is
 * refused. Plans whose products or functions are in it show as changed since approval (a trigger).
 * The write names the version the form was shown: a rename someone else saved meanwhile is not
 * overwritten, and the form is told who renamed it to what (docs/decisions/0007); a department
 * deleted meanwhile is said to be.
 */
export async function renameDepartment({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "org:settings");
  const { departmentId, name, version } = parseInput(renameDepartmentSchema, input);
  const scope = departmentScope(actor, departmentId);
  try {
    return await db.$transaction(async (tx) => {
      // The plans first, then the department: the lock order of lock-plans.ts.
      await lockPlans(tx, { orgId: actor.orgId });
      const before = await tx.department.findFirst({ where: scope, select: { id: true, name: true, version: true } });
      if (!before) throw await missingDepartment(tx, actor, departmentId, NOT_RENAMED);
      if (before.version !== version) {
        throw staleEdit(
          "this department",
          await describeConflict(tx, {
            actor,
            entityType: "department",
            entityId: departmentId,
            actions: ["department.renamed"],
            startedFrom: version,
            current: { version: before.version, snapshot: departmentSnapshot(before) },
            show: showLabelled(DEPARTMENT_LABELS),
          }),
        );
      }
      if (before.name === name) return { ...before, changed: false };
      await assertNameFree(tx, actor, name, departmentId);
      const { count } = await tx.department.updateMany({ where: { ...scope, version }, data: { name, version: { increment: 1 } } });
      if (count === 0) {
        // Deleted or renamed between the read above and this write: refused (the rename without details).
        if (!(await tx.department.findFirst({ where: scope, select: { id: true } }))) throw await missingDepartment(tx, actor, departmentId, NOT_RENAMED);
        throw staleEdit("this department");
      }
      await recordAudit(tx, {
        actor,
        action: "department.renamed",
        entityType: "department",
        entityId: departmentId,
        planId: null,
        before: departmentSnapshot(before),
        after: departmentSnapshot({ name }),
      });
      return { id: departmentId, name, version: version + 1, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", duplicateName());
    throw error;
  }
}
