import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import type { Plan } from "@/lib/generated/prisma/client";

/**
 * What archiving or restoring the plan would do to its approval, for the overview's dialogs: the
 * version awaiting approval (which archiving withdraws) with who it waits for, or the version the
 * archive withdrew (decided at the archive's instant, lib/plans/archive-plan.ts), which restoring
 * leaves withdrawn.
 */
export async function getArchiveEffects({ actor, plan }: { actor: Actor; plan: Pick<Plan, "id" | "status" | "archivedAt"> }) {
  authorize(actor, "plan:read");
  if (plan.status === "archived") {
    const withdrawn = plan.archivedAt
      ? await db.planVersion.findFirst({ where: { orgId: actor.orgId, planId: plan.id, status: "withdrawn", decidedAt: plan.archivedAt }, select: { number: true } })
      : null;
    return { pending: null, withdrawnOnArchive: withdrawn?.number ?? null };
  }
  const pending = await db.planVersion.findFirst({
    where: { orgId: actor.orgId, planId: plan.id, status: "submitted" },
    select: { number: true, requiredApproverIds: true, approvals: { select: { approverId: true } } },
  });
  if (!pending) return { pending: null, withdrawnOnArchive: null };
  const undecided = pending.requiredApproverIds.filter((id) => !pending.approvals.some((a) => a.approverId === id));
  const users = await db.user.findMany({ where: { id: { in: undecided } }, select: { name: true }, orderBy: { name: "asc" } });
  return { pending: { number: pending.number, approvers: users.map((u) => u.name) }, withdrawnOnArchive: null };
}
