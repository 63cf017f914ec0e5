import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * How long a notification waits for its first try: older ones are not e-mailed late (by then the
 * in-app list has done the job, and a newly set SMTP_URL does not mail the whole history).
 */
export const MAX_AGE_MS = 24 * 3_600_000;

/**
 * Notifications the worker still means to e-mail (lib/notifications/deliver-emails.ts): wanted by
 * their member (decision 67), neither sent nor given up, and either made within MAX_AGE_MS or
 * already in its schedule of tries, which an administrator's "Try again" puts a failed one back
 * into, however old it is.
 */
export function stillToEmail(now: Date): Prisma.NotificationWhereInput {
  return {
    emailWanted: true,
    emailedAt: null,
    emailFailedAt: null,
    OR: [{ createdAt: { gte: new Date(now.getTime() - MAX_AGE_MS) } }, { emailNextAt: { not: null } }],
  };
}

/** How far back the administrators' view of e-mail delivery looks (Settings → Notification e-mail). */
export const DELIVERY_WINDOW_DAYS = 7;

/** The start of that window, seen from `now`. */
export const deliveryWindowStart = (now: Date) => new Date(now.getTime() - DELIVERY_WINDOW_DAYS * 24 * 3_600_000);

/** The organisation's notifications whose e-mail the worker gave up on within the window. */
export function failedForGood(orgId: string, now: Date): Prisma.NotificationWhereInput {
  return { orgId, emailWanted: true, emailedAt: null, emailFailedAt: { gte: deliveryWindowStart(now) } };
}
