import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { recoveryScope } from "@/lib/recovery/setup/scope";

/**
 * The names of what the recovery model knows only by key (backup locations, hosts), for pages
 * that show the engine's results and measured restores.
 *
 * A plan's backup locations, key (their id in the recovery model) and name, in key order: the one
 * read of them for pages that name what the engine and measured restores give only by key.
 */
export function listLocationNames(actor: Pick<Actor, "orgId">, planId: string) {
  return db.backupLocation.findMany({ where: recoveryScope(actor, planId), select: { key: true, name: true }, orderBy: { key: "asc" } });
}

/** The same as a lookup from key to name. */
export async function locationNames(actor: Pick<Actor, "orgId">, planId: string): Promise<Map<string, string>> {
  return new Map((await listLocationNames(actor, planId)).map((l) => [l.key, l.name]));
}

/** A plan's hosts as a lookup from key (their id in the recovery model) to name. */
export async function hostNames(actor: Pick<Actor, "orgId">, planId: string): Promise<Map<string, string>> {
  const hosts = await db.host.findMany({ where: recoveryScope(actor, planId), select: { key: true, name: true } });
  return new Map(hosts.map((h) => [h.key, h.name]));
}
