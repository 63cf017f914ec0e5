import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { removeCommitteeMemberSchema } from "@/lib/committee/schemas";
import { MEMBER_WRITES, memberSnapshot, showMember } from "@/lib/committee/member-fields";
import { atVersionShown, deletedAtVersion } from "@/lib/concurrency/stale-delete";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";

/**
 * Removes a member from the committee; the person stays in the register. The removal names the
 * version the page showed: a seat someone saved since is not removed, and the user is told who
 * changed what (docs/decisions/0073).
 */
export async function removeCommitteeMember({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, memberId, version } = parseInput(removeCommitteeMemberSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // The plan first, then its rows: the lock order of lock-plan.ts.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const where = { id: memberId, planId, orgId: actor.orgId };
    const found = await tx.committeeMember.findFirst({ where });
    const member = await atVersionShown(tx, {
      actor,
      record: found,
      version,
      what: "The committee member",
      entityType: "committee-member",
      actions: MEMBER_WRITES,
      snapshot: found ? memberSnapshot(found) : {},
      show: async () => showMember,
    });
    deletedAtVersion(await tx.committeeMember.deleteMany({ where: { ...where, version } }), "The committee member");
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
