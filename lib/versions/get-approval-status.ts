import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { approvalStatus } from "@/lib/versions/approval-status";

/**
 * The approval status of several plans at once (one query for all their versions). Only the
 * organisation is needed: the reminders (lib/reminders) read it with no member acting.
 */
export async function getApprovalStatuses({ actor, plans, now = new Date() }: { actor: Pick<Actor, "orgId">; plans: { id: string; contentRevision: number; reviewCadenceDays: number }[]; now?: Date }) {
  const versions = await db.planVersion.findMany({
    where: { orgId: actor.orgId, planId: { in: plans.map((p) => p.id) } },
    select: { planId: true, number: true, status: true, contentRevision: true, decidedAt: true, approvedForDays: true },
  });
  return new Map(
    plans.map((plan) => [
      plan.id,
      approvalStatus({ versions: versions.filter((v) => v.planId === plan.id), contentRevision: plan.contentRevision, reviewCadenceDays: plan.reviewCadenceDays, now }),
    ]),
  );
}
