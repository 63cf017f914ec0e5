import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { removeCommitteeMemberSchema } from "@/lib/committee/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";

export async function removeCommitteeMember({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, memberId } = parseInput(removeCommitteeMemberSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // The plan first, then its rows: the lock order of lock-plan.ts.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const where = { id: memberId, planId, orgId: actor.orgId };
    const member = await tx.committeeMember.findFirst({ where });
    if (!member) throw notFound("The committee member");
    await tx.committeeMember.deleteMany({ where });
    await recordAudit(tx, {
      actor,
      action: "committee.member-removed",
      entityType: "committee-member",
      entityId: memberId,
      planId,
      before: { planId, personId: member.personId, functionalArea: member.functionalArea, role: member.role },
    });
  });
}
