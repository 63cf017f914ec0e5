import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import type { Shown } from "@/lib/concurrency/stale-edit";
import { byName, namedList, showFields } from "@/lib/concurrency/show-fields";
import { planRecords } from "@/lib/bia/scope";

/** The fields of a consistency group that the audit log records before and after a change. */
export const groupSnapshot = (group: { key: string; name: string; maxSkewMinutes: number }, systemIds: string[]) => ({
  key: group.key,
  name: group.name,
  maxSkewMinutes: group.maxSkewMinutes,
  systemIds: [...systemIds].sort(),
});

/** A group's snapshot as its edit form labels it, systems by name, for a refused stale save or delete. */
export async function showGroup(tx: Tx, actor: Pick<Actor, "orgId">, planId: string): Promise<(snapshot: Record<string, unknown>) => Shown> {
  const systems = await tx.system.findMany({ where: planRecords(actor, planId), select: { id: true, name: true } });
  return showFields({
    key: { label: "Key" },
    name: { label: "Group name" },
    maxSkewMinutes: { label: "Maximum skew (minutes)" },
    systemIds: { label: "Systems", text: namedList(byName(systems)) },
  });
}
