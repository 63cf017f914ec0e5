import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { renameDepartmentSchema } from "@/lib/departments/schemas";
import { departmentScope } from "@/lib/departments/scope";
import { assertNameFree, departmentSnapshot, duplicateName } from "@/lib/departments/department-fields";

/**
 * Renames one of the organisation's departments; everything in it follows, since it is referred to
 * by id. Only the letter case may change ("sales" → "Sales"); a name another department has is
 * refused. Plans whose products or functions are in it show as changed since approval (a trigger).
 */
export async function renameDepartment({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "org:settings");
  const { departmentId, name } = parseInput(renameDepartmentSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.department.findFirst({ where: departmentScope(actor, departmentId), select: { id: true, name: true } });
      if (!before) throw notFound("The department");
      if (before.name === name) return { ...before, changed: false };
      await assertNameFree(tx, actor, name, departmentId);
      const { count } = await tx.department.updateMany({ where: departmentScope(actor, departmentId), data: { name } });
      if (count === 0) throw notFound("The department");
      await recordAudit(tx, {
        actor,
        action: "department.renamed",
        entityType: "department",
        entityId: departmentId,
        before: departmentSnapshot(before),
        after: departmentSnapshot({ name }),
      });
      return { id: departmentId, name, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", duplicateName());
    throw error;
  }
}
