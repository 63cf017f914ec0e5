import "server-only";
import { db } from "@/lib/db/client";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { count } from "@/lib/count";

/**
 * The BIA stage is complete in proportion to the functions analysed: a function counts when its
 * MTD, RTO and RPO are set and it depends on at least one IT system. No functions → 0.
 */
export const biaCompleteness: CompletenessSource = async ({ orgId, planId }) => {
  const scope = { orgId, planId };
  const [total, analysed] = await Promise.all([
    db.businessFunction.count({ where: scope }),
    db.businessFunction.count({
      where: { ...scope, mtdMinutes: { not: null }, rtoMinutes: { not: null }, rpoMinutes: { not: null }, systems: { some: {} } },
    }),
  ]);
  const todo = total > analysed ? [`Set the MTD, RTO and RPO of ${count(total - analysed, "function")} and link each to the IT systems it needs.`] : [];
  return { bia: total === 0 ? 0 : (100 * analysed) / total, todo: { bia: todo } };
};
