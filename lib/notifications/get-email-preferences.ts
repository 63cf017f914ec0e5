import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { emailChoices, type EmailChoices } from "@/lib/notifications/email-choices";

/** The signed-in member's choice of the notifications they are e-mailed, and its version for the form. */
export async function getEmailPreferences({ actor }: { actor: Actor }): Promise<{ choices: EmailChoices; version: number }> {
  authorize(actor, "account:notifications");
  const membership = await db.membership.findFirstOrThrow({
    where: { orgId: actor.orgId, userId: actor.userId },
    select: { emailOffKinds: true, emailPreferencesVersion: true },
  });
  return { choices: emailChoices(membership.emailOffKinds), version: membership.emailPreferencesVersion };
}
