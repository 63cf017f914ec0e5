import "server-only";
import type { Tx } from "@/lib/db/client";
import type { AppError } from "@/lib/errors";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";

/**
 * The refused save of an organisation settings form started from `startedFrom`, with what the
 * other person changed since. Each settings form has its own version and its own audit action.
 */
export async function staleSettings(
  tx: Tx,
  { action, ...conflict }: Omit<Parameters<typeof describeConflict>[1], "entityType" | "entityId" | "actions"> & { action: string },
): Promise<AppError> {
  return staleEdit(
    "these settings",
    await describeConflict(tx, { ...conflict, entityType: "organization", entityId: conflict.actor.orgId, actions: [action] }),
  );
}
