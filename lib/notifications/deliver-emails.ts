import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { stillToEmail } from "@/lib/notifications/email-states";
import { emailFooter } from "@/lib/notifications/kinds";
import type { Prisma } from "@/lib/generated/prisma/client";

const BATCH = 50;
/**
 * Connection and greeting timeouts (the socket's, for a server that stops answering later, is
 * twice this, so a silent server is reported as "Greeting never received"): a mail server that
 * hangs fails the try instead of holding the worker for minutes (nodemailer's defaults).
 */
export const SMTP_TIMEOUT_MS = 10_000;
/** Tries per notification; the waits between them double from the first (1, 2, 4, 8 minutes). */
export const EMAIL_ATTEMPTS = 5;
const FIRST_RETRY_MS = 60_000;
/**
 * How long a claimed notification is left to the instance that claimed it: one that died while
 * sending has it tried again after this (the only case where a mail may be sent twice).
 */
const LEASE_MS = 5 * 60_000;

/**
 * The SMTP URL with the timeouts as its options (nodemailer reads them from the query string and
 * ignores them beside a URL), unless the URL sets its own.
 */
function withTimeouts(smtpUrl: string, timeoutMs: number): string {
  const url = new URL(smtpUrl);
  const timeouts = { connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: 2 * timeoutMs };
  for (const [option, ms] of Object.entries(timeouts)) if (!url.searchParams.has(option)) url.searchParams.set(option, String(ms));
  return url.toString();
}

const retryDelayMs = (attempts: number) => FIRST_RETRY_MS * 2 ** (attempts - 1);

/**
 * Sends the e-mails of notifications not yet e-mailed, incidents' first, then the others, each
 * oldest first, up to BATCH a run, when SMTP is configured: run by the
 * background worker (start-email-worker.ts), never inside a request. Each notification is claimed
 * with a conditional update first (its attempt counted, its lease set), so several instances at
 * once never send the same one. `emailedAt` is set only once the mail server accepted it; a
 * failure keeps its reason and is tried again later, up to EMAIL_ATTEMPTS times, then left with
 * `emailFailedAt` (an administrator's "Try again", lib/notifications/retry-notification-email.ts,
 * gives it one more). Only members of the notification's organisation are e-mailed. Failures are
 * logged, never thrown: the in-app notification is the record, the e-mail a courtesy. Returns how
 * many were sent.
 */
export async function deliverPendingEmails({ now = () => new Date(), timeoutMs = SMTP_TIMEOUT_MS }: { now?: () => Date; timeoutMs?: number } = {}): Promise<number> {
  const config = env();
  if (!config.SMTP_URL) return 0;
  const start = now();
  const due = { emailedAt: null, emailFailedAt: null, OR: [{ emailNextAt: null }, { emailNextAt: { lte: start } }] };
  const select = {
    id: true,
    orgId: true,
    kind: true,
    message: true,
    href: true,
    emailAttempts: true,
    user: { select: { email: true, name: true, membership: { select: { orgId: true } } } },
  } as const;
  const waiting = (kind: Prisma.NotificationWhereInput["kind"], take: number) =>
    take > 0 ? db.notification.findMany({ where: { AND: [stillToEmail(start), due, { kind }] }, orderBy: { createdAt: "asc" }, take, select }) : Promise.resolve([]);
  // Incidents first: the e-mail may be the first anyone hears of one (decision 67), so it does not
  // wait behind a morning's reminders or a backlog of approval requests; the rest fill the batch.
  const incidents = await waiting("incidents", BATCH);
  const pending = [...incidents, ...(await waiting({ not: "incidents" }, BATCH - incidents.length))];
  // Someone removed from the organisation (or since in another) is e-mailed nothing of it, not
  // even what was written to them while they were a member: no longer wanted, it leaves the queue.
  const gone = pending.filter((note) => note.user.membership?.orgId !== note.orgId).map((note) => note.id);
  if (gone.length) await db.notification.updateMany({ where: { id: { in: gone }, emailedAt: null }, data: { emailWanted: false } });
  if (pending.length === gone.length) return 0;
  const transport = nodemailer.createTransport(withTimeouts(config.SMTP_URL, timeoutMs));
  const base = config.NEXTAUTH_URL?.replace(/\/$/, "") ?? "";
  let sent = 0;
  try {
    for (const note of pending) {
      if (gone.includes(note.id)) continue;
      const claimedAt = now();
      const attempts = note.emailAttempts + 1;
      const { count } = await db.notification.updateMany({
        where: { id: note.id, emailAttempts: note.emailAttempts, ...due },
        data: { emailAttempts: attempts, emailNextAt: new Date(claimedAt.getTime() + LEASE_MS) },
      });
      if (count !== 1) continue;
      try {
        await transport.sendMail({
          from: config.SMTP_FROM,
          to: { name: note.user.name, address: note.user.email },
          subject: note.message.length > 120 ? `${note.message.slice(0, 117)}…` : note.message,
          text: `${note.message}\n\n${note.href ? `${base}${note.href}\n\n` : ""}${emailFooter({ base, kind: note.kind })}`,
        });
        await db.notification.update({ where: { id: note.id }, data: { emailedAt: now(), emailNextAt: null, emailError: null } });
        sent += 1;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const failedAt = now();
        const giveUp = attempts >= EMAIL_ATTEMPTS;
        await db.notification.update({
          where: { id: note.id },
          data: { emailError: reason, emailNextAt: giveUp ? null : new Date(failedAt.getTime() + retryDelayMs(attempts)), emailFailedAt: giveUp ? failedAt : null },
        });
        const tryText = attempts > EMAIL_ATTEMPTS ? `try ${attempts}, an administrator's extra one` : `try ${attempts} of ${EMAIL_ATTEMPTS}`;
        console.error(`Could not send notification e-mail ${note.id} (${tryText}${giveUp ? ", giving up" : ""}): ${reason}`);
      }
    }
  } finally {
    transport.close();
  }
  return sent;
}
