import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { planRecords } from "@/lib/bia/scope";

/**
 * What a function's selects offer: the plan's products, systems and vendors; the org's departments,
 * people and sites. Vendors come with their entry's data, so a choice can name the service too.
 */
export async function listFunctionOptions({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  const orgScope = { orgId: actor.orgId };
  const [products, departments, systems, people, vendors, sites] = await Promise.all([
    db.product.findMany({ where: planRecords(actor, planId), orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.department.findMany({ where: orgScope, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.system.findMany({ where: planRecords(actor, planId), orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.person.findMany({ where: orgScope, orderBy: { name: "asc" }, select: { id: true, name: true, jobTitle: true } }),
    db.inventoryItem.findMany({ where: { ...planRecords(actor, planId), kind: "vendors" }, orderBy: [{ label: "asc" }, { id: "asc" }], select: { id: true, label: true, data: true } }),
    db.site.findMany({ where: orgScope, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { products, departments, systems, people, vendors, sites };
}
