import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { recoveryScope } from "@/lib/recovery/setup/scope";

/** A plan's backup locations' names by key (their id in the recovery model), for pages that show the engine's results. */
export async function locationNames(actor: Pick<Actor, "orgId">, planId: string): Promise<Map<string, string>> {
  const rows = await db.backupLocation.findMany({ where: recoveryScope(actor, planId), select: { key: true, name: true } });
  return new Map(rows.map((l) => [l.key, l.name]));
}
