import "server-only";
import { db } from "@/lib/db/client";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { checkTargets, unsoundTargetsTodo } from "@/lib/bia/target-checks";
import { count } from "@/lib/count";

/**
 * The BIA stage is complete in proportion to the functions analysed soundly: a function counts
 * when its MTD, RTO and RPO are set, it depends on at least one IT system, and its targets pass
 * the checks of target-checks.ts (the RTO shorter than the MTD, RTO + WRT within it). Unsound
 * targets may be saved, with a reason, to record a known-bad position; such a function counts
 * half (analysed, not soundly: a plan of one such function is not "not started") and is named in
 * what the stage still lacks, so the approver sees it among the plan's gaps. No functions → 0.
 */
export const biaCompleteness: CompletenessSource = async ({ orgId, planId }) => {
  const scope = { orgId, planId };
  const [total, targeted] = await Promise.all([
    db.businessFunction.count({ where: scope }),
    db.businessFunction.findMany({
      where: { ...scope, mtdMinutes: { not: null }, rtoMinutes: { not: null } },
      select: { name: true, mtdMinutes: true, rtoMinutes: true, rpoMinutes: true, wrtMinutes: true, _count: { select: { systems: true } } },
      orderBy: { name: "asc" },
    }),
  ]);
  const analysed = targeted.filter((fn) => fn.rpoMinutes !== null && fn._count.systems > 0);
  const score = analysed.reduce((sum, fn) => sum + (checkTargets(fn).length === 0 ? 1 : 0.5), 0);
  const todo = [
    ...(total > analysed.length ? [`Set the MTD, RTO and RPO of ${count(total - analysed.length, "function")} and link each to the IT systems it needs.`] : []),
    ...unsoundTargetsTodo(targeted),
  ];
  return { bia: total === 0 ? 0 : (100 * score) / total, todo: { bia: todo } };
};
