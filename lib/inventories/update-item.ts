import "server-only";
import { orgNames } from "@/lib/concurrency/show-fields";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { updateItemRefSchema } from "@/lib/inventories/schemas";
import { registerOf } from "@/lib/inventories/registers";
import { expiryOf, itemSchema, labelOf } from "@/lib/inventories/item-schema";
import { checkPeople, checkVersions, findPlan, itemScope, itemSnapshot, personNameIn, planVersions } from "@/lib/inventories/scope";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { itemConflict } from "@/lib/inventories/item-conflict";
import { refuseDuplicate } from "@/lib/inventories/refuse-duplicates";
import { lockPlan } from "@/lib/plans/lock-plan";

/**
 * Replaces an item's fields. The write names the version the editor started from: if someone
 * else saved in between, nothing is overwritten and the editor is told who changed what. A save
 * that changes nothing writes nothing: no new version, no audit row. A save that would make the
 * item alike another of the register is refused (lib/inventories/duplicates.ts).
 */
export async function updateItem({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  authorize(actor, "plan:edit");
  const { planId, kind, itemId, version } = parseInput(updateItemRefSchema, input);
  const register = registerOf(kind);
  const data = parseInput(itemSchema(register), input);
  return db.$transaction(async (tx) => {
    await findPlan(tx, actor, planId, { editable: true });
    // The plan before the item (decision 74): a rename relabels the items naming the person after
    // its revision trigger took their plans (lib/inventories/relabel-person-items.ts).
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const before = await tx.inventoryItem.findFirst({ where: itemScope(actor, planId, kind, itemId) });
    if (!before) throw notFound(`The ${register.noun}`);
    const people = await orgNames(tx, actor, "person");
    if (before.version !== version) {
      throw await itemConflict(tx, actor, { register, item: before, startedFrom: version, personName: personNameIn(people) });
    }
    checkPeople(register, data, people);
    checkVersions(register, data, (await planVersions(tx, actor, planId)).map((v) => v.number));
    const label = labelOf(register, data, personNameIn(people));
    const columns = { data, label, expiresOn: expiryOf(register, data) };
    if (writesNothing(before, columns)) return { ...before, changed: false };
    await refuseDuplicate(tx, actor, { register, planId, itemId, data });
    const { count } = await tx.inventoryItem.updateMany({
      where: { ...itemScope(actor, planId, kind, itemId), version },
      data: { ...columns, version: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit(`this ${register.noun}`);
    const after = { ...before, data, label };
    await recordAudit(tx, {
      actor,
      action: "inventory.item_updated",
      entityType: "inventory_item",
      entityId: itemId,
      planId,
      before: itemSnapshot(before),
      after: itemSnapshot(after),
    });
    return { ...after, version: version + 1, changed: true };
  });
}
