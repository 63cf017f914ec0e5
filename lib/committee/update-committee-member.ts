import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { updateCommitteeMemberSchema } from "@/lib/committee/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { MEMBER_WRITES, memberSnapshot, showMember } from "@/lib/committee/member-fields";
import { assertNoOtherChair } from "@/lib/committee/one-chair";

/**
 * Changes a committee member's functional area and role in place. The person stays: another
 * person is another seat. A save from an older version is refused with what changed since; a
 * second chair is refused with the current chair's name. A save that changes nothing writes
 * nothing: no new version, no audit row.
 */
export async function updateCommitteeMember({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, memberId, version, ...data } = parseInput(updateCommitteeMemberSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // The plan first, then its rows: the lock order of lock-plan.ts.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const where = { id: memberId, planId, orgId: actor.orgId };
    const before = await tx.committeeMember.findFirst({ where });
    if (!before) throw notFound("The committee member");
    if (before.version !== version) {
      throw staleEdit(
        "this committee member",
        await describeConflict(tx, {
          actor,
          entityType: "committee-member",
          entityId: memberId,
          actions: MEMBER_WRITES,
          startedFrom: version,
          current: { version: before.version, snapshot: memberSnapshot(before) },
          show: showMember,
        }),
      );
    }
    if (data.role === "chair") await assertNoOtherChair(tx, actor, planId, memberId);
    if (writesNothing(before, data)) return { ...before, changed: false };
    const { count } = await tx.committeeMember.updateMany({ where: { ...where, version }, data: { ...data, version: { increment: 1 } } });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("this committee member");
    await recordAudit(tx, {
      actor,
      action: MEMBER_WRITES[0],
      entityType: "committee-member",
      entityId: memberId,
      planId,
      before: memberSnapshot(before),
      after: memberSnapshot(data),
    });
    return { ...before, ...data, version: version + 1, changed: true };
  });
}
