import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { invalid } from "@/lib/errors";
import type { ItemData } from "@/lib/inventories/fields";
import type { RegisterDef } from "@/lib/inventories/registers";
import { itemsScope } from "@/lib/inventories/scope";
import { duplicateField, duplicateMessage, isDuplicate } from "@/lib/inventories/duplicates";
import type { StoredEntry } from "@/lib/inventories/import-repeats";

/** The advisory-lock class of writes to a register with a `unique` rule, and of imports (the second key is the register's). */
const REGISTER_WRITE_LOCK = 8_020_102;

/** The register's items, as the rules against alike items and repeated rows compare them. */
export async function registerItems(tx: Tx, actor: Pick<Actor, "orgId">, register: RegisterDef, planId: string): Promise<StoredEntry[]> {
  const items = await tx.inventoryItem.findMany({ where: itemsScope(actor, planId, register.kind), select: { id: true, label: true, data: true } });
  return items.map((item) => ({ id: item.id, label: item.label, data: item.data as ItemData }));
}

/**
 * The register's items, read once the caller's transaction holds the register's lock: two saves
 * of one vendor at once, or two imports of one file, would each find the register without the
 * other's items and both be written. The lock is released when the transaction ends, so the next
 * writer reads this one's items.
 */
export async function lockedItems(tx: Tx, actor: Pick<Actor, "orgId">, register: RegisterDef, planId: string): Promise<StoredEntry[]> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REGISTER_WRITE_LOCK}::int, hashtext(${`${planId}:${register.kind}`}))`;
  return registerItems(tx, actor, register, planId);
}

/** Refuses saving `data` as the item `itemId` (null: a new one) when another item of the register is alike it. */
export async function refuseDuplicate(
  tx: Tx,
  actor: Pick<Actor, "orgId">,
  { register, planId, itemId, data }: { register: RegisterDef; planId: string; itemId: string | null; data: ItemData },
): Promise<void> {
  if (!register.unique) return;
  if (isDuplicate(register, await lockedItems(tx, actor, register, planId), { itemId, data })) {
    throw invalid(duplicateField(register), duplicateMessage(register));
  }
}
