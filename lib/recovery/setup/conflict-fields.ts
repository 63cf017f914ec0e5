import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { duration, namedId, orgNames, plainText, showFields, type FieldDisplay } from "@/lib/concurrency/show-fields";

/** A schedule as the policies page lists it. */
export function scheduleText(s: { cron?: unknown; timezone?: unknown; everyMinutes?: unknown; anchor?: unknown }): string {
  return s.cron ? `cron ${String(s.cron)} (${plainText(s.timezone)})` : `every ${duration(s.everyMinutes)} from ${plainText(s.anchor)}`;
}

/** The key, name and site that hosts and backup locations have, as their forms show them. */
export async function keyNameSite(tx: Tx, actor: Pick<Actor, "orgId">): Promise<FieldDisplay> {
  return { key: { label: "Key" }, name: { label: "Name" }, siteId: { label: "Site", text: namedId(await orgNames(tx, actor, "site")) } };
}

/** Shows a host as its form does: for a refused stale save or delete of it. */
export async function showHost(tx: Tx, actor: Pick<Actor, "orgId">) {
  return showFields({
    ...(await keyNameSite(tx, actor)),
    ramMiB: { label: "Memory (MiB)" },
    reservedMiB: { label: "Reserved memory (MiB)" },
    readyAfterMinutes: { label: "Ready after (minutes)" },
  });
}

/** Shows a backup location as its form does: for a refused stale save or delete of it. */
export async function showLocation(tx: Tx, actor: Pick<Actor, "orgId">) {
  return showFields({
    ...(await keyNameSite(tx, actor)),
    online: { label: "Reachable", text: (online) => (online === false ? "Offline media" : "Online") },
    immutableDays: { label: "Immutable for (days)" },
    throughputMBps: { label: "Throughput (MB/s)" },
    streamMBps: { label: "Per-stream limit (MB/s)" },
    maxStreams: { label: "Parallel restores" },
    retrievalMinutes: { label: "Retrieval time (minutes)" },
    description: { label: "Description" },
  });
}
