import { z } from "zod";

/** "Try again" on a notification e-mail that failed for good (Settings → Notification e-mail). */
export const retryNotificationEmailSchema = z.object({ notificationId: z.string().min(1) });
