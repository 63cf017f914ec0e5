import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recoveryScope } from "@/lib/recovery/setup/scope";
import { hostLoad } from "@/lib/recovery/setup/host-load";
import { sameSiteReplicaWarning } from "@/lib/recovery/setup/replica-site";

const byName = { orderBy: { name: "asc" as const }, select: { id: true, name: true } };
const site = { select: { id: true, name: true } };

/** Everything the setup page lists and its forms pick from, for one plan the caller has loaded. */
export async function getSetup({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  const scope = recoveryScope(actor, planId);
  const [org, sites, locations, hosts, policies, replicas, systems] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { timezone: true } }),
    db.site.findMany({ where: { orgId: actor.orgId }, orderBy: { name: "asc" } }),
    db.backupLocation.findMany({
      where: scope,
      orderBy: { key: "asc" },
      include: { site, _count: { select: { restorePoints: true } } },
    }),
    db.host.findMany({
      where: scope,
      orderBy: { key: "asc" },
      include: { site: { select: { name: true } }, _count: { select: { systems: true } }, systems: { orderBy: { name: "asc" }, select: { name: true, ramMiB: true } } },
    }),
    db.backupPolicy.findMany({
      where: scope,
      orderBy: { key: "asc" },
      include: {
        target: { select: { key: true, name: true } },
        systems: byName,
        copies: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], include: { to: { select: { key: true, name: true } } } },
      },
    }),
    db.replica.findMany({
      where: scope,
      orderBy: [{ system: { name: "asc" } }],
      include: { system: { select: { name: true, host: { select: { name: true, site } } } }, location: { select: { key: true, name: true, site } } },
    }),
    // With their host's site, so that the replica form warns of a replica on that same site.
    db.system.findMany({ where: scope, orderBy: { name: "asc" }, select: { id: true, name: true, host: { select: { name: true, site } } } }),
  ]);
  // What each host's own systems need today: an over-committed host is seen where hosts and VM
  // facts are entered, not first as a failed restore on the readiness pages.
  const withLoad = hosts.map(({ systems: running, ...host }) => ({ ...host, ...hostLoad(running) }));
  const warned = replicas.map((r) => ({ ...r, warning: sameSiteReplicaWarning({ location: r.location, host: r.system.host }) }));
  return { timezone: org.timezone, sites, locations, hosts: withLoad, policies, replicas: warned, systems };
}
