import "server-only";
import type { Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { keyFromName, type KeyKind } from "@/lib/slug";

const TABLES = { location: "backupLocation", host: "host", policy: "backupPolicy", scenario: "scenario", group: "consistencyGroup" } as const;

type KeyRows = { findMany: (args: { where: { orgId: string; planId: string }; select: { key: true } }) => Promise<{ key: string }[]> };

/**
 * The key for a record created with its key left blank, made from its name (lib/slug.ts) and
 * free among the plan's keys of that kind, read in the transaction that creates the record.
 */
export async function newKey(tx: Tx, kind: KeyKind, scope: { orgId: string; planId: string }, name: string): Promise<string> {
  const rows = await (tx[TABLES[kind]] as unknown as KeyRows).findMany({ where: scope, select: { key: true } });
  return keyFromName(name, kind, rows.map((row) => row.key));
}

/**
 * Runs `save` (a whole transaction) once more when it made the key from the name and the plan's
 * unique index refused it. Two saves of the same name at once can both find a key free before
 * either commits; the second did nothing wrong (it typed no key), so rather than tell it "another
 * location already uses it" it runs again in a new transaction, which sees the first one's key and
 * takes the next ("-2"). Once only: a typed key, or a clash again, is refused as before.
 */
export async function retryKeyClash<T>(madeKey: boolean, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (!madeKey || !isUniqueViolation(error)) throw error;
    return save();
  }
}
