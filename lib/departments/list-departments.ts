import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { orgDepartments } from "@/lib/departments/scope";

/**
 * The organisation's departments for their settings page, by name, each with how many products
 * and business functions (in all plans, archived ones included) and people of the register are in
 * it (a department in use cannot be deleted), and its version, which a rename names.
 */
export async function listDepartmentsInUse({ actor }: { actor: Actor }) {
  authorize(actor, "org:settings");
  const departments = await db.department.findMany({
    where: orgDepartments(actor),
    orderBy: { name: "asc" },
    select: { id: true, name: true, version: true, _count: { select: { products: true, functions: true, people: true } } },
  });
  return departments.map(({ _count, ...department }) => ({ ...department, ..._count }));
}
