import { z } from "zod";

/** "Try again" on a notification e-mail that failed for good (Settings → Notification e-mail). */
export const retryNotificationEmailSchema = z.object({ notificationId: z.string().min(1) });

/** "Mark as read" on one of the member's own notifications (the notifications page). */
export const markNotificationReadSchema = z.object({ notificationId: z.string().min(1) });
