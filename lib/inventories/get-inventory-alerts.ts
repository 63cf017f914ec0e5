import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { isInventoryKind, registerOf } from "@/lib/inventories/registers";
import { daysUntil, expiryHorizon } from "@/lib/inventories/staleness";
import { listRegisters } from "@/lib/inventories/list-registers";

const MAX_EXPIRING = 20;

/**
 * What the plan overview warns about: items (insurance policies, vendor contracts) that expire
 * within the warning window or have already expired, soonest first, and how many registers are
 * stale.
 */
export async function getInventoryAlerts({ actor, planId, now = new Date() }: { actor: Actor; planId: string; now?: Date }) {
  authorize(actor, "plan:read");
  const { registers } = await listRegisters({ actor, planId, now });
  const where = { orgId: actor.orgId, planId, expiresOn: { not: null, lte: expiryHorizon(now) } };
  const [items, expiringCount] = await Promise.all([
    db.inventoryItem.findMany({
      where,
      orderBy: [{ expiresOn: "asc" }, { label: "asc" }],
      take: MAX_EXPIRING,
      select: { id: true, kind: true, label: true, expiresOn: true },
    }),
    db.inventoryItem.count({ where }),
  ]);
  return {
    expiring: items.flatMap((item) =>
      item.expiresOn && isInventoryKind(item.kind)
        ? [{ ...item, expiresOn: item.expiresOn, register: registerOf(item.kind).title, daysLeft: daysUntil(item.expiresOn, now) }]
        : [],
    ),
    expiringCount,
    staleRegisters: registers.filter((r) => r.stale).length,
    notStartedRegisters: registers.filter((r) => r.notStarted).length,
    registerCount: registers.length,
  };
}
