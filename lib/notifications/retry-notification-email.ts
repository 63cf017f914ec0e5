import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { retryNotificationEmailSchema } from "@/lib/notifications/schemas";

/**
 * An administrator's "Try again" on a notification e-mail the worker gave up on: it goes back
 * into the worker's schedule, due at once (`emailNextAt` now, `emailFailedAt` cleared), for one
 * more try. Its tries so far are kept, so the count stays true and a try that fails again gives up
 * at once, rather than four more times over the next quarter of an hour: the administrator who
 * fixed the mail server sees the outcome within seconds, and can try again. Its last error stays
 * until that try replaces or clears it. A conditional write (only while it is still failed, so two
 * administrators pressing at once queue it once), audited in the same transaction; another
 * organisation's notification is not found.
 */
export async function retryNotificationEmail({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  authorize(actor, "org:settings");
  const { notificationId } = parseInput(retryNotificationEmailSchema, input);
  const scope = { id: notificationId, orgId: actor.orgId };
  return db.$transaction(async (tx) => {
    const note = await tx.notification.findFirst({
      where: scope,
      select: {
        id: true,
        userId: true,
        emailAttempts: true,
        emailError: true,
        emailFailedAt: true,
        user: { select: { name: true, membership: { select: { orgId: true } } } },
      },
    });
    if (!note) throw notFound("The notification e-mail");
    if (note.user.membership?.orgId !== actor.orgId) {
      throw new AppError("CONFLICT", `${note.user.name} is no longer a member of the organisation: e-mails are not sent to them.`);
    }
    const { count } = await tx.notification.updateMany({
      where: { ...scope, emailedAt: null, emailFailedAt: { not: null } },
      data: { emailFailedAt: null, emailNextAt: now },
    });
    if (count !== 1) throw new AppError("CONFLICT", `The e-mail to ${note.user.name} has not failed: it was sent, or is already waiting to be tried.`);
    const kept = { emailAttempts: note.emailAttempts, emailError: note.emailError };
    await recordAudit(tx, {
      actor,
      action: "notification.email_retried",
      entityType: "notification",
      entityId: note.id,
      planId: null,
      before: { ...kept, emailFailedAt: note.emailFailedAt?.toISOString() ?? null, emailNextAt: null },
      // The recipient only after: the log shows it as what the entry was about, not as a change.
      after: { ...kept, emailFailedAt: null, emailNextAt: now.toISOString(), recipientId: note.userId },
    });
    return { recipient: note.user.name };
  });
}
