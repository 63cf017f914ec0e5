import "server-only";
import { db } from "@/lib/db/client";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { INVENTORY_KINDS } from "@/lib/inventories/registers";
import { isRegisterStale } from "@/lib/inventories/staleness";
import { count } from "@/lib/count";

/**
 * The inventories stage is complete in proportion to the registers that have at least one item
 * and are not stale: an empty register, or one nobody has reviewed within the period, does not
 * count.
 */
export const inventoryCompleteness: CompletenessSource = async ({ orgId, planId }) => {
  const now = new Date();
  const [org, registers, counts] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { reviewPeriodDays: true } }),
    db.inventoryRegister.findMany({ where: { orgId, planId }, select: { kind: true, lastReviewedAt: true } }),
    db.inventoryItem.groupBy({ by: ["kind"], where: { orgId, planId }, _count: { _all: true } }),
  ]);
  const filled = new Set(counts.filter((c) => c._count._all > 0).map((c) => c.kind));
  const complete = registers.filter(
    (r) => filled.has(r.kind) && !isRegisterStale(r.lastReviewedAt, org.reviewPeriodDays, now),
  ).length;
  // Nothing recorded: the overview's empty state says so. Registers filled in but all overdue for
  // review are 0% too, and list what they lack.
  if (filled.size === 0) return { inventories: 0 };
  const empty = INVENTORY_KINDS.length - filled.size;
  const unreviewed = filled.size - complete;
  const todo = [
    empty > 0 ? `Fill in ${count(empty, "empty register")}.` : null,
    unreviewed > 0 ? `Review ${count(unreviewed, "register")} not reviewed within the review period.` : null,
  ];
  return { inventories: (100 * complete) / INVENTORY_KINDS.length, todo: { inventories: todo.filter((t): t is string => t !== null) } };
};
