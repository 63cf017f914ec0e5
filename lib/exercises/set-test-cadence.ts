import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { setTestCadenceSchema } from "@/lib/exercises/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { planScope } from "@/lib/plans/scope";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { stalePlan } from "@/lib/plans/plan-conflict";

/**
 * Sets how often a plan must be tested, under the plan's optimistic concurrency. A save that
 * changes nothing writes nothing: no new version, no audit row.
 */
export async function setTestCadence({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, testCadenceDays, version } = parseInput(setTestCadenceSchema, input);
  return db.$transaction(async (tx) => {
    const before = await loadEditablePlan(tx, actor, planId);
    if (before.version !== version) throw await stalePlan(tx, actor, before, version, { testCadenceDays: { label: "Test at least every (days)" } });
    if (before.testCadenceDays === testCadenceDays) return { testCadenceDays, version, changed: false };
    const { count } = await tx.plan.updateMany({
      where: { ...planScope(actor, planId), version, status: "active" },
      data: { testCadenceDays, version: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("this plan");
    await recordAudit(tx, {
      actor,
      action: "plan.test_cadence_changed",
      entityType: "plan",
      entityId: planId,
      planId,
      before: { testCadenceDays: before.testCadenceDays },
      after: { testCadenceDays },
    });
    return { testCadenceDays, version: version + 1, changed: true };
  });
}
