import "server-only";
import { orgNames } from "@/lib/concurrency/show-fields";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { registerRefSchema } from "@/lib/inventories/schemas";
import { registerOf } from "@/lib/inventories/registers";
import { expiryOf, itemSchema, labelOf } from "@/lib/inventories/item-schema";
import { checkPeople, checkVersions, findPlan, itemSnapshot, personNameIn, planVersions } from "@/lib/inventories/scope";
import { refuseDuplicate } from "@/lib/inventories/refuse-duplicates";
import { lockPlan } from "@/lib/plans/lock-plan";

/** Adds an item to one of a plan's registers, unless the register already holds one alike (lib/inventories/duplicates.ts). */
export async function createItem({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  authorize(actor, "plan:edit");
  const { planId, kind } = parseInput(registerRefSchema, input);
  const register = registerOf(kind);
  const data = parseInput(itemSchema(register), input);
  return db.$transaction(async (tx) => {
    await findPlan(tx, actor, planId, { editable: true });
    // The plan before the register's write lock, which an item's save and import take after it (decision 74).
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const people = await orgNames(tx, actor, "person");
    checkPeople(register, data, people);
    checkVersions(register, data, (await planVersions(tx, actor, planId)).map((v) => v.number));
    await refuseDuplicate(tx, actor, { register, planId, itemId: null, data });
    const item = await tx.inventoryItem.create({
      data: {
        orgId: actor.orgId,
        planId,
        kind,
        data,
        label: labelOf(register, data, personNameIn(people)),
        expiresOn: expiryOf(register, data),
      },
    });
    await recordAudit(tx, {
      actor,
      action: "inventory.item_created",
      entityType: "inventory_item",
      entityId: item.id,
      planId,
      after: itemSnapshot(item),
    });
    return item;
  });
}
