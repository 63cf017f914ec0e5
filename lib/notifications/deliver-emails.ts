import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

const BATCH = 50;
// Older notifications are not e-mailed late: by then the in-app list has done the job.
const MAX_AGE_MS = 24 * 3_600_000;

/**
 * Sends the e-mails of notifications not yet e-mailed, when SMTP is configured. Called after the
 * transaction that wrote them has committed (never inside it: a rolled-back change must not send
 * mail). Each notification is claimed with a conditional update first, so several app instances
 * running this at once never send the same one twice. Failures are logged, never thrown: the
 * in-app notification is the record, the e-mail a courtesy.
 */
export async function deliverPendingEmails({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const config = env();
  if (!config.SMTP_URL) return 0;
  const pending = await db.notification.findMany({
    where: { emailedAt: null, createdAt: { gte: new Date(now.getTime() - MAX_AGE_MS) } },
    orderBy: { createdAt: "asc" },
    take: BATCH,
    select: { id: true, message: true, href: true, user: { select: { email: true, name: true } } },
  });
  if (pending.length === 0) return 0;
  const transport = nodemailer.createTransport(config.SMTP_URL);
  const base = config.NEXTAUTH_URL?.replace(/\/$/, "") ?? "";
  let sent = 0;
  for (const note of pending) {
    const { count } = await db.notification.updateMany({ where: { id: note.id, emailedAt: null }, data: { emailedAt: now } });
    if (count !== 1) continue;
    try {
      await transport.sendMail({
        from: config.SMTP_FROM,
        to: { name: note.user.name, address: note.user.email },
        subject: note.message.length > 120 ? `${note.message.slice(0, 117)}…` : note.message,
        text: `${note.message}\n\n${note.href ? `${base}${note.href}\n\n` : ""}You receive this because you are a member in Continuity.`,
      });
      sent += 1;
    } catch (error) {
      console.error("Could not send a notification e-mail", error);
    }
  }
  transport.close();
  return sent;
}
