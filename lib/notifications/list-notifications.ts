import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { listQuerySchema, readPage } from "@/lib/lists/list-query";

export const NOTIFICATIONS_PAGE_SIZE = 50;

// Only the page is read from the address: the list is always newest first, 50 to a page.
const querySchema = listQuerySchema(["newest"], "newest");

export async function unreadCount({ actor }: { actor: Actor }): Promise<number> {
  return db.notification.count({ where: { orgId: actor.orgId, userId: actor.userId, readAt: null } });
}

/**
 * A page of the actor's own notifications, newest first, with how many of all of them are unread:
 * the page's "Mark all as read" and the header's count cover the unread ones on older pages too
 * (the page listed the newest 100 and counted the unread among them only, so an older unread one
 * kept the header's count up with nothing to clear it).
 */
export async function listNotifications({ actor, query }: { actor: Actor; query: unknown }) {
  const { page } = querySchema.parse(query ?? {});
  const where = { orgId: actor.orgId, userId: actor.userId };
  const [listed, unread] = await Promise.all([
    readPage({
      query: { page, pageSize: NOTIFICATIONS_PAGE_SIZE },
      read: async (window) => {
        const [rows, total] = await db.$transaction([
          db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window }),
          db.notification.count({ where }),
        ]);
        return { rows, total };
      },
    }),
    unreadCount({ actor }),
  ]);
  return { ...listed, unread };
}

/** Marks all the actor's own notifications read (one: mark-notification-read.ts; those about a version: mark-version-read.ts). */
export async function markNotificationsRead({ actor }: { actor: Actor }): Promise<void> {
  await db.notification.updateMany({
    where: { orgId: actor.orgId, userId: actor.userId, readAt: null },
    data: { readAt: new Date() },
  });
}
