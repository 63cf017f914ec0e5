import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { invalid } from "@/lib/errors";
import type { ItemData } from "@/lib/inventories/fields";
import type { RegisterDef } from "@/lib/inventories/registers";
import { itemsScope } from "@/lib/inventories/scope";
import { duplicateField, duplicateMessage, importDuplicates, isDuplicate, type KeyedItem, type WrittenRow } from "@/lib/inventories/duplicates";

/** The advisory-lock class of writes to a register with a `unique` rule (the second key is the register's). */
const REGISTER_WRITE_LOCK = 8_020_102;

/**
 * The register's items, read once the caller's transaction holds the register's lock: two saves
 * of one vendor at once would each find the register without the other and both be written. The
 * lock is released when the transaction ends, so the next writer reads this one's item.
 */
async function lockedItems(tx: Tx, actor: Pick<Actor, "orgId">, register: RegisterDef, planId: string): Promise<KeyedItem[]> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REGISTER_WRITE_LOCK}::int, hashtext(${`${planId}:${register.kind}`}))`;
  const items = await tx.inventoryItem.findMany({ where: itemsScope(actor, planId, register.kind), select: { id: true, data: true } });
  return items.map((item) => ({ id: item.id, data: item.data as ItemData }));
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

/** The rows of an import that would leave two alike items in the register, as the import reports problems. */
export async function importDuplicateProblems(
  tx: Tx,
  actor: Pick<Actor, "orgId">,
  { register, planId, written }: { register: RegisterDef; planId: string; written: WrittenRow[] },
): Promise<string[]> {
  if (!register.unique || written.length === 0) return [];
  return importDuplicates(register, { stored: await lockedItems(tx, actor, register, planId), written });
}
