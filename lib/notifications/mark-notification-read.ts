import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { markNotificationReadSchema } from "@/lib/notifications/schemas";

/**
 * Marks one of the actor's own notifications read, from the notifications page: those about a
 * version are also marked read by opening the version (mark-version-read.ts), others (an incident
 * declared or stood down) only so. A conditional write on the actor's own unread notification;
 * someone else's, or another organisation's, is not found; one already read is left as it was.
 * Returns how many were marked (0 or 1).
 */
export async function markNotificationRead({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<number> {
  authorize(actor, "plan:read");
  const { notificationId } = parseInput(markNotificationReadSchema, input);
  const mine = { id: notificationId, orgId: actor.orgId, userId: actor.userId };
  const { count } = await db.notification.updateMany({ where: { ...mine, readAt: null }, data: { readAt: now } });
  if (count === 0 && (await db.notification.count({ where: mine })) === 0) throw notFound("The notification");
  return count;
}
