import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { allRegisters } from "@/lib/inventories/registers";
import { findPlan } from "@/lib/inventories/scope";
import { registerReviewState, reviewCutoff } from "@/lib/inventories/staleness";

/**
 * The eighteen registers of a plan with their item counts, owners, last reviews and staleness
 * (lib/inventories/staleness.ts). A register nobody has touched yet is listed all the same.
 */
export async function listRegisters({ actor, planId, now = new Date() }: { actor: Actor; planId: string; now?: Date }) {
  authorize(actor, "plan:read");
  const plan = await findPlan(db, actor, planId, { editable: false });
  const period = plan.org.reviewPeriodDays;
  const scope = { orgId: actor.orgId, planId };
  const [rows, counts, outdated] = await Promise.all([
    db.inventoryRegister.findMany({ where: scope, include: { owner: { select: { name: true } } } }),
    db.inventoryItem.groupBy({ by: ["kind"], where: scope, _count: { _all: true } }),
    db.inventoryItem.groupBy({ by: ["kind"], where: { ...scope, updatedAt: { lt: reviewCutoff(now, period) } }, _count: { _all: true } }),
  ]);
  const registers = allRegisters().map((register) => {
    const row = rows.find((r) => r.kind === register.kind);
    const lastReviewedAt = row?.lastReviewedAt ?? null;
    const itemCount = counts.find((c) => c.kind === register.kind)?._count._all ?? 0;
    return {
      kind: register.kind,
      title: register.title,
      description: register.description,
      itemCount,
      itemsNotUpdated: outdated.find((c) => c.kind === register.kind)?._count._all ?? 0,
      ownerName: row?.owner?.name ?? null,
      lastReviewedAt,
      ...registerReviewState({ itemCount, lastReviewedAt }, period, now),
    };
  });
  return { plan, reviewPeriodDays: period, registers };
}
