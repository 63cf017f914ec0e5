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
