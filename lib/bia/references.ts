import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { invalid } from "@/lib/errors";

/**
 * Checks that ids chosen in a form belong to the actor's organisation (and plan, for plan
 * records) before they are linked; anything else is a VALIDATION error on that field.
 */
export async function checkReferences(
  tx: Tx,
  actor: Pick<Actor, "orgId">,
  planId: string,
  refs: {
    productId?: string | null;
    departmentId?: string | null;
    systemIds?: string[];
    keyPersonIds?: string[];
    vendorIds?: string[];
    facilityIds?: string[];
  },
): Promise<void> {
  const orgId = actor.orgId;
  const checks: [string, string[], (ids: string[]) => Promise<number>][] = [
    ["productId", refs.productId ? [refs.productId] : [], (ids) => tx.product.count({ where: { id: { in: ids }, planId, orgId } })],
    ["departmentId", refs.departmentId ? [refs.departmentId] : [], (ids) => tx.department.count({ where: { id: { in: ids }, orgId } })],
    ["systemIds", refs.systemIds ?? [], (ids) => tx.system.count({ where: { id: { in: ids }, planId, orgId } })],
    ["keyPersonIds", refs.keyPersonIds ?? [], (ids) => tx.person.count({ where: { id: { in: ids }, orgId } })],
    ["vendorIds", refs.vendorIds ?? [], (ids) => tx.inventoryItem.count({ where: { id: { in: ids }, planId, orgId, kind: "vendors" } })],
    ["facilityIds", refs.facilityIds ?? [], (ids) => tx.site.count({ where: { id: { in: ids }, orgId } })],
  ];
  for (const [field, ids, count] of checks) {
    if (ids.length && (await count(ids)) !== ids.length) throw invalid(field, "Choose from the list: one of the choices is not part of this plan.");
  }
}
