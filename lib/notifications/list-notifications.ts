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

/** Marks the actor's own notifications read: all, or one (those about a version: lib/notifications/mark-version-read.ts). */
export async function markNotificationsRead({ actor, id }: { actor: Actor; id?: string }): Promise<void> {
  await db.notification.updateMany({
    where: { orgId: actor.orgId, userId: actor.userId, readAt: null, ...(id ? { id } : {}) },
    data: { readAt: new Date() },
  });
}
