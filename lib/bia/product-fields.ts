import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";

type ProductFields = { name: string; description: string; departmentId: string | null };

/** The fields of a product that the audit log records before and after a change. */
export function productSnapshot(product: ProductFields) {
  return { name: product.name, description: product.description, departmentId: product.departmentId };
}

/** What the product form calls each audited field, for a refused stale save. */
export const PRODUCT_LABELS = { name: "Name", description: "Description", departmentId: "Department" };

/** The organisation's departments by id, to name a department in a conflict. */
export async function departmentNames(tx: Tx, actor: Pick<Actor, "orgId">): Promise<Map<string, string>> {
  const departments = await tx.department.findMany({ where: { orgId: actor.orgId }, select: { id: true, name: true } });
  return new Map(departments.map((d) => [d.id, d.name]));
}
