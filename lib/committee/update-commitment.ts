import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { planScope } from "@/lib/plans/scope";
import { updateCommitmentSchema } from "@/lib/committee/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { assertPeopleInOrg } from "@/lib/committee/people-in-org";
import { staleEdit } from "@/lib/concurrency/stale-edit";

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * Records management commitment: the plan's sponsor and the day top management endorsed it. It
 * is part of the plan row, so it takes part in the plan's optimistic concurrency.
 */
export async function updateCommitment({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, version, sponsorId, endorsedOn } = parseInput(updateCommitmentSchema, input);
  return db.$transaction(async (tx) => {
    const before = await loadEditablePlan(tx, actor, planId);
    await assertPeopleInOrg(tx, actor.orgId, { sponsorId });
    const { count } = await tx.plan.updateMany({
      where: { ...planScope(actor, planId), version, status: "active" },
      data: { sponsorId, endorsedOn, version: { increment: 1 } },
    });
    if (count === 0) {
      throw staleEdit("this plan");
    }
    await recordAudit(tx, {
      actor,
      action: "plan.commitment-updated",
      entityType: "plan",
      entityId: planId,
      before: { sponsorId: before.sponsorId, endorsedOn: day(before.endorsedOn) },
      after: { sponsorId, endorsedOn: day(endorsedOn) },
    });
    return { sponsorId, endorsedOn, version: version + 1 };
  });
}
