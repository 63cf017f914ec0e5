import "server-only";
import { orgNames } from "@/lib/concurrency/show-fields";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { ItemData } from "@/lib/inventories/fields";
import { registerOf } from "@/lib/inventories/registers";
import { planRecords } from "@/lib/bia/scope";
import { compareVendors } from "@/lib/bia/vendor-checks";
import { itemRefSchema } from "@/lib/inventories/schemas";
import { findPlan, itemScope, planVersions } from "@/lib/inventories/scope";

/**
 * One item of a register, with the organisation's people for its person fields and the plan's
 * versions for its version fields. A vendor also comes with the business functions that depend
 * on it, its recovery time checked against each RTO and its contract against `now`.
 */
export async function getItem({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  authorize(actor, "plan:read");
  const { planId, kind, itemId } = parseInput(itemRefSchema, input);
  const register = registerOf(kind);
  const plan = await findPlan(db, actor, planId, { editable: false });
  const item = await db.inventoryItem.findFirst({ where: itemScope(actor, planId, kind, itemId) });
  if (!item) throw notFound(`The ${register.noun}`);
  const [people, versions, functions] = await Promise.all([
    orgNames(db, actor, "person"),
    planVersions(db, actor, planId),
    kind === "vendors"
      ? db.businessFunction.findMany({
          where: { ...planRecords(actor, planId), vendors: { some: { id: item.id } } },
          select: { id: true, name: true, rtoMinutes: true },
          orderBy: [{ name: "asc" }, { id: "asc" }],
        })
      : [],
  ]);
  return {
    plan,
    register,
    item: { ...item, data: item.data as ItemData },
    people: [...people].map(([id, name]) => ({ id, name })),
    versions,
    dependentFunctions: functions.map((fn) => ({ ...fn, check: compareVendors({ rtoMinutes: fn.rtoMinutes, vendors: [item], now })[0] })),
  };
}
