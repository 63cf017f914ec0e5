import "server-only";
import { db } from "@/lib/db/client";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { prioritiesStage } from "@/lib/priorities/priorities-stage";

/** The priorities stage on the overview (rules in priorities-stage.ts). */
export const prioritiesCompleteness: CompletenessSource = async ({ orgId, planId }) => {
  const scope = { orgId, planId };
  const [functions, tiers] = await Promise.all([
    db.businessFunction.findMany({
      where: scope,
      orderBy: { name: "asc" },
      select: { name: true, mtdMinutes: true, rtoMinutes: true, manualRank: true, tierId: true },
    }),
    db.recoveryTier.findMany({ where: scope, select: { id: true, name: true, maxRtoMinutes: true } }),
  ]);
  const { completeness, todo } = prioritiesStage({ functions, tiers });
  return { priorities: completeness, todo: { priorities: todo } };
};
