import "server-only";
import { db } from "@/lib/db/client";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { count } from "@/lib/count";

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
  if (total === 0) return { priorities: 0 };
  if (!loosest) return { priorities: 0, todo: { priorities: ["Define the recovery tiers."] } };
  const tiered = await db.businessFunction.count({
    where: { ...scope, OR: [{ tierId: { not: null } }, { rtoMinutes: { lte: loosest.maxRtoMinutes } }] },
  });
  const todo = tiered < total ? [`Put ${count(total - tiered, "function")} in a recovery tier, by hand or with an RTO within a tier's limit.`] : [];
  return { priorities: 50 + (50 * tiered) / total, todo: { priorities: todo } };
};
