import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { deleteDepartmentSchema } from "@/lib/departments/schemas";
import { departmentScope } from "@/lib/departments/scope";
import { DEPARTMENT_LABELS, departmentSnapshot } from "@/lib/departments/department-fields";
import { showLabelled } from "@/lib/concurrency/show-fields";
import { atVersionShown, deletedAtVersion } from "@/lib/concurrency/stale-delete";
import { describeDepartmentUses, inUse, listDepartmentUses } from "@/lib/departments/department-uses";

/**
 * Deletes a department, but only when nothing is in it. The database would clear the department of
 * whatever is (ON DELETE SET NULL), but silently, past those records' versions and audit rows, and
 * in approved plans too; so the refusal names the plans' products and functions and the people in
 * it, to move elsewhere first. The department's row is locked first: a product, function or person
 * being put in it meanwhile waits for this transaction (a foreign key's check locks the row it
 * points at), so nothing can join between the check and the delete. The delete names the version
 * the page showed: a department renamed since is not deleted, and the user is told who renamed it
 * to what (docs/decisions/0073).
 */
export async function deleteDepartment({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "org:settings");
  const { departmentId, version } = parseInput(deleteDepartmentSchema, input);
  return db.$transaction(async (tx) => {
    const scope = departmentScope(actor, departmentId);
    const [found] = await tx.$queryRaw<{ id: string; name: string; version: number }[]>(Prisma.sql`
      SELECT id, name, version FROM "Department" WHERE id = ${scope.id} AND "orgId" = ${scope.orgId} FOR UPDATE`);
    const department = await atVersionShown(tx, {
      actor,
      record: found ?? null,
      version,
      what: "The department",
      entityType: "department",
      actions: ["department.renamed"],
      snapshot: found ? departmentSnapshot(found) : {},
      show: async () => showLabelled(DEPARTMENT_LABELS),
    });
    const uses = await listDepartmentUses(tx, actor, departmentId);
    if (inUse(uses)) {
      const archived = uses.plans.some((p) => p.archived) ? " (an archived plan must be restored to change it)" : "";
      throw new AppError(
        "CONFLICT",
        `${department.name} cannot be deleted while it is in use: by ${describeDepartmentUses(uses)}. Choose another department for each of them first${archived}.`,
      );
    }
    deletedAtVersion(await tx.department.deleteMany({ where: { ...scope, version } }), "The department");
    await recordAudit(tx, { actor, action: "department.deleted", entityType: "department", entityId: departmentId, planId: null, before: departmentSnapshot(department) });
    return department;
  });
}
