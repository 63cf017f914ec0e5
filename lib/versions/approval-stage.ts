import "server-only";
import { db } from "@/lib/db/client";
import type { Plan } from "@/lib/generated/prisma/client";
import { approvalStatus } from "@/lib/versions/approval-status";
import { approvalCompleteness } from "@/lib/versions/approval-completeness";

/** The overview's "approval" stage of a plan already loaded in `orgId` (rules in approval-completeness.ts). */
export async function approvalStage({ orgId, plan, now = new Date() }: { orgId: string; plan: Pick<Plan, "id" | "contentRevision" | "reviewCadenceDays">; now?: Date }) {
  const versions = await db.planVersion.findMany({
    where: { orgId, planId: plan.id },
    select: { number: true, status: true, contentRevision: true, decidedAt: true, approvedForDays: true },
  });
  const status = approvalStatus({ versions, contentRevision: plan.contentRevision, reviewCadenceDays: plan.reviewCadenceDays, now });
  return approvalCompleteness(status);
}
