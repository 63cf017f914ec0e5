import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";

export async function unreadCount({ actor }: { actor: Actor }): Promise<number> {
  return db.notification.count({ where: { orgId: actor.orgId, userId: actor.userId, readAt: null } });
}

export async function listNotifications({ actor }: { actor: Actor }) {
  return db.notification.findMany({
    where: { orgId: actor.orgId, userId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
  });
}

/** Marks all the actor's own notifications read (one: mark-notification-read.ts; those about a version: mark-version-read.ts). */
export async function markNotificationsRead({ actor }: { actor: Actor }): Promise<void> {
  await db.notification.updateMany({
    where: { orgId: actor.orgId, userId: actor.userId, readAt: null },
    data: { readAt: new Date() },
  });
}
