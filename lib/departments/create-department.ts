import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { createDepartmentSchema } from "@/lib/departments/schemas";
import { assertNameFree, departmentSnapshot, duplicateName } from "@/lib/departments/department-fields";

/** Adds a department to the organisation: every plan's products and functions, and the people register, choose from them. */
export async function createDepartment({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "org:settings");
  const { name } = parseInput(createDepartmentSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await assertNameFree(tx, actor, name);
      const department = await tx.department.create({ data: { orgId: actor.orgId, name } });
      await recordAudit(tx, { actor, action: "department.created", entityType: "department", entityId: department.id, planId: null, after: departmentSnapshot(department) });
      return department;
    });
  } catch (error) {
    // Someone added the same name between the check and the write.
    if (isUniqueViolation(error)) throw invalid("name", duplicateName());
    throw error;
  }
}
