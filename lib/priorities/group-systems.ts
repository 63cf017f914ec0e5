import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { invalid } from "@/lib/errors";

/** Consistency groups hold systems of their own plan only. */
export async function checkGroupSystems(tx: Tx, actor: Pick<Actor, "orgId">, planId: string, systemIds: string[]) {
  if (systemIds.length && (await tx.system.count({ where: { id: { in: systemIds }, planId, orgId: actor.orgId } })) !== systemIds.length) {
    throw invalid("systemIds", "Choose systems of this plan.");
  }
}

export const groupUniqueMessage = "This plan already has a consistency group with this key.";
