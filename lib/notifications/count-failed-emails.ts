import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { failedForGood } from "@/lib/notifications/email-states";

/**
 * How many of the organisation's notification e-mails the worker gave up on in the last week:
 * the header warns administrators of them on every page, so it is one count, read by an index
 * (Notification orgId, emailFailedAt).
 */
export async function countFailedEmails({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<number> {
  authorize(actor, "org:settings");
  return db.notification.count({ where: failedForGood(actor.orgId, now) });
}
