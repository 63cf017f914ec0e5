import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { planScope } from "@/lib/plans/scope";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { stalePlan } from "@/lib/plans/plan-conflict";

export type PlanCadence = "testCadenceDays" | "reviewCadenceDays";

/**
 * Sets how often something of the plan is due, in days, under the plan's optimistic concurrency
 * (the version its forms share): the test cadence or the review cadence. A save that changes
 * nothing writes nothing: no new version, no audit row. Whether it marks the plan changed since
 * approval is the database's to say (decision 5): the test cadence is in every snapshot and its
 * trigger bumps the revision (decision 59); the review cadence is the approval's term, in none
 * (decision 61).
 */
export async function setPlanCadence(
  actor: Actor,
  { planId, field, days, version, label, action }: { planId: string; field: PlanCadence; days: number; version: number; label: string; action: string },
) {
  return db.$transaction(async (tx) => {
    const before = await loadEditablePlan(tx, actor, planId);
    if (before.version !== version) throw await stalePlan(tx, actor, before, version, { [field]: { label } });
    if (before[field] === days) return { days, version, changed: false };
    const { count } = await tx.plan.updateMany({
      where: { ...planScope(actor, planId), version, status: "active" },
      data: { [field]: days, version: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("this plan");
    await recordAudit(tx, { actor, action, entityType: "plan", entityId: planId, planId, before: { [field]: before[field] }, after: { [field]: days } });
    return { days, version: version + 1, changed: true };
  });
}
