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
import { orgNames, namedId } from "@/lib/concurrency/show-fields";
import { endorsedDay, stalePlan } from "@/lib/plans/plan-conflict";

/**
 * Records management commitment: the plan's sponsor and the day top management endorsed it. It
 * is part of the plan row, so it takes part in the plan's optimistic concurrency. A save that
 * changes nothing writes nothing: no new version, no audit row.
 */
export async function updateCommitment({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, version, sponsorId, endorsedOn } = parseInput(updateCommitmentSchema, input);
  return db.$transaction(async (tx) => {
    const before = await loadEditablePlan(tx, actor, planId);
    if (before.version !== version) {
      throw await stalePlan(tx, actor, before, version, {
        sponsorId: { label: "Sponsor", text: namedId(await orgNames(tx, actor, "person"), "No sponsor yet") },
        endorsedOn: { label: "Endorsed on" },
      });
    }
    await assertPeopleInOrg(tx, actor.orgId, { sponsorId });
    if (before.sponsorId === sponsorId && endorsedDay(before.endorsedOn) === endorsedDay(endorsedOn)) return { sponsorId, endorsedOn, version, changed: false };
    const { count } = await tx.plan.updateMany({
      where: { ...planScope(actor, planId), version, status: "active" },
      data: { sponsorId, endorsedOn, version: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("this plan");
    await recordAudit(tx, {
      actor,
      action: "plan.commitment-updated",
      entityType: "plan",
      entityId: planId,
      before: { sponsorId: before.sponsorId, endorsedOn: endorsedDay(before.endorsedOn) },
      after: { sponsorId, endorsedOn: endorsedDay(endorsedOn) },
    });
    return { sponsorId, endorsedOn, version: version + 1, changed: true };
  });
}
