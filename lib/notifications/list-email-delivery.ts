import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { env } from "@/lib/env";
import { EMAIL_ATTEMPTS } from "@/lib/notifications/deliver-emails";
import { deliveryWindowStart, failedForGood, MAX_AGE_MS, stillToEmail } from "@/lib/notifications/email-states";

/** How many failed and retrying e-mails the page lists; the rest are counted. */
export const SHOWN_PROBLEMS = 50;

export type EmailProblem = {
  id: string;
  recipient: { name: string; email: string };
  message: string;
  href: string;
  createdAt: Date;
  /** When the recipient read the notification in Continuity, if they have. */
  readAt: Date | null;
  attempts: number;
  error: string | null;
  /** Failed for good: when the worker gave up (then "Try again" applies). */
  failedAt: Date | null;
  /** Still being tried: when the next try may start. */
  nextAt: Date | null;
};

export type EmailDelivery = {
  /** Whether SMTP_URL is set: without it no notification is e-mailed. */
  configured: boolean;
  /** The tries the worker makes before it gives up. */
  maxAttempts: number;
  counts: {
    /** E-mailed within the window. */
    sent: number;
    /** Not sent yet, and still to be tried (a first try, or a retry after a failure). */
    waiting: number;
    /** Given up on within the window. */
    failed: number;
    /**
     * Made within the window but never tried within a day, so never to be e-mailed: the worker was
     * not running. Those their member chose not to be e-mailed are not counted anywhere here.
     */
    expired: number;
  };
  /** Failed for good or failing and still being tried, newest first, at most SHOWN_PROBLEMS. */
  problems: EmailProblem[];
  /** How many such there are in all. */
  problemCount: number;
};

/**
 * What became of the organisation's notification e-mails over the last week, for its
 * administrators (Settings → Notification e-mail): how many were sent, are waiting and failed for
 * good, and the failed and failing ones with their recipient, what they were about, their tries
 * and last error. Decision 52 sends them from a worker; until now its failures were only logged.
 */
export async function listEmailDelivery({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<EmailDelivery> {
  authorize(actor, "org:settings");
  const orgId = actor.orgId;
  const failing = { orgId, ...stillToEmail(now), emailError: { not: null } };
  const problemsWhere = { OR: [failedForGood(orgId, now), failing] };
  const [sent, waiting, failed, expired, rows, problemCount] = await Promise.all([
    db.notification.count({ where: { orgId, emailedAt: { gte: deliveryWindowStart(now) } } }),
    db.notification.count({ where: { orgId, ...stillToEmail(now) } }),
    db.notification.count({ where: failedForGood(orgId, now) }),
    db.notification.count({
      where: { orgId, emailWanted: true, emailedAt: null, emailFailedAt: null, emailNextAt: null, createdAt: { gte: deliveryWindowStart(now), lt: new Date(now.getTime() - MAX_AGE_MS) } },
    }),
    db.notification.findMany({
      where: problemsWhere,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: SHOWN_PROBLEMS,
      select: {
        id: true,
        message: true,
        href: true,
        createdAt: true,
        readAt: true,
        emailAttempts: true,
        emailError: true,
        emailFailedAt: true,
        emailNextAt: true,
        user: { select: { name: true, email: true } },
      },
    }),
    db.notification.count({ where: problemsWhere }),
  ]);
  return {
    configured: Boolean(env().SMTP_URL),
    maxAttempts: EMAIL_ATTEMPTS,
    counts: { sent, waiting, failed, expired },
    problems: rows.map((row) => ({
      id: row.id,
      recipient: row.user,
      message: row.message,
      href: row.href,
      createdAt: row.createdAt,
      readAt: row.readAt,
      attempts: row.emailAttempts,
      error: row.emailError,
      failedAt: row.emailFailedAt,
      nextAt: row.emailNextAt,
    })),
    problemCount,
  };
}
