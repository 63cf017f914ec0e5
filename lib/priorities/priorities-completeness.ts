import "server-only";
import { db } from "@/lib/db/client";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";

/**
 * The priorities stage: half for having recovery tiers at all, half in proportion to the
 * functions that fall into a tier (set by hand, or through an RTO within the loosest tier's
 * limit). No functions → 0.
 */
export const prioritiesCompleteness: CompletenessSource = async ({ orgId, planId }) => {
  const scope = { orgId, planId };
  const [total, loosest] = await Promise.all([
    db.businessFunction.count({ where: scope }),
    db.recoveryTier.findFirst({ where: scope, orderBy: { maxRtoMinutes: "desc" }, select: { maxRtoMinutes: true } }),
  ]);
  if (total === 0 || !loosest) return { priorities: 0 };
  const tiered = await db.businessFunction.count({
    where: { ...scope, OR: [{ tierId: { not: null } }, { rtoMinutes: { lte: loosest.maxRtoMinutes } }] },
  });
  return { priorities: 50 + (50 * tiered) / total };
};
