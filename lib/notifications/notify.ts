import "server-only";
import type { Tx } from "@/lib/db/client";

/** In-app notifications, written in the caller's transaction (they exist only if the change does). */
export async function notify(
  tx: Tx,
  { orgId, userIds, message, href, planId, versionId }: { orgId: string; userIds: string[]; message: string; href: string; planId?: string; versionId?: string },
): Promise<void> {
  if (userIds.length === 0) return;
  await tx.notification.createMany({
    data: [...new Set(userIds)].map((userId) => ({ orgId, userId, message, href, planId, versionId })),
  });
}

/**
 * Marks as read the requests to decide on versions that no longer await a decision (approved,
 * rejected, superseded or withdrawn), or, with `onlyUserIds`, that those approvers have decided,
 * in the caller's transaction: an approver's list must not keep asking for a decision nobody can
 * make any more.
 */
export async function resolveVersionRequests(
  tx: Tx,
  { orgId, versionIds, onlyUserIds, now = new Date() }: { orgId: string; versionIds: string[]; onlyUserIds?: string[]; now?: Date },
): Promise<number> {
  if (versionIds.length === 0) return 0;
  const versions = await tx.planVersion.findMany({ where: { orgId, id: { in: versionIds } }, select: { id: true, requiredApproverIds: true } });
  let resolved = 0;
  for (const version of versions) {
    const { count } = await tx.notification.updateMany({
      where: { orgId, versionId: version.id, userId: { in: version.requiredApproverIds.filter((id) => !onlyUserIds || onlyUserIds.includes(id)) }, readAt: null },
      data: { readAt: now },
    });
    resolved += count;
  }
  return resolved;
}
