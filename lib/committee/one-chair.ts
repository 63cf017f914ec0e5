import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { invalid } from "@/lib/errors";
import { lockPlan } from "@/lib/plans/lock-plan";

/**
 * A committee has one chair. Seating a chair locks the plan row first, so that two people naming
 * two chairs at once are serialised and the second is refused with the first's name.
 */
export async function assertNoOtherChair(tx: Tx, actor: Pick<Actor, "orgId">, planId: string, exceptMemberId?: string) {
  await lockPlan(tx, { orgId: actor.orgId, planId });
  const chair = await tx.committeeMember.findFirst({
    where: { orgId: actor.orgId, planId, role: "chair", ...(exceptMemberId ? { id: { not: exceptMemberId } } : {}) },
    select: { person: { select: { name: true } } },
  });
  if (chair) {
    throw invalid("role", `The committee already has a chair, ${chair.person.name}. Make them a coordinator or member first, or choose another role.`);
  }
}
