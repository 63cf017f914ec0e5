import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { duration, namedId, orgNames, plainText, type FieldDisplay } from "@/lib/concurrency/show-fields";

/** A schedule as the policies page lists it. */
export function scheduleText(s: { cron?: unknown; timezone?: unknown; everyMinutes?: unknown; anchor?: unknown }): string {
  return s.cron ? `cron ${String(s.cron)} (${plainText(s.timezone)})` : `every ${duration(s.everyMinutes)} from ${plainText(s.anchor)}`;
}

/** The key, name and site that hosts and backup locations have, as their forms show them. */
export async function keyNameSite(tx: Tx, actor: Pick<Actor, "orgId">): Promise<FieldDisplay> {
  return { key: { label: "Key" }, name: { label: "Name" }, siteId: { label: "Site", text: namedId(await orgNames(tx, actor, "site")) } };
}
