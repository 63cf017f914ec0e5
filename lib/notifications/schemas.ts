import { z } from "zod";
import { checkboxField, versionField } from "@/lib/validation";

/** "Try again" on a notification e-mail that failed for good (Settings → Notification e-mail). */
export const retryNotificationEmailSchema = z.object({ notificationId: z.string().min(1) });

/** "Mark as read" on one of the member's own notifications (the notifications page). */
export const markNotificationReadSchema = z.object({ notificationId: z.string().min(1) });

/**
 * A member's choice of the notifications they are e-mailed (their own notifications page): one
 * checkbox per kind they may turn off, ticked for e-mailed, and the version the form was shown.
 */
export const updateEmailPreferencesSchema = z.object({
  emailApprovals: checkboxField(),
  emailReminders: checkboxField(),
  version: versionField(),
});
