import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { addCommitteeMemberSchema } from "@/lib/committee/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { assertPeopleInOrg } from "@/lib/committee/people-in-org";
import { assertNoOtherChair } from "@/lib/committee/one-chair";

/** Gives a person from the register a seat on a plan's continuity committee (one chair at most). */
export async function addCommitteeMember({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, personId, functionalArea, role } = parseInput(addCommitteeMemberSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      await assertPeopleInOrg(tx, actor.orgId, { personId });
      if (role === "chair") await assertNoOtherChair(tx, actor, planId);
      const member = await tx.committeeMember.create({ data: { orgId: actor.orgId, planId, personId, functionalArea, role } });
      await recordAudit(tx, {
        actor,
        action: "committee.member-added",
        entityType: "committee-member",
        entityId: member.id,
        planId,
        after: { planId, personId, functionalArea, role },
      });
      return member;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("personId", "This person already sits on the committee.");
    throw error;
  }
}
