import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { describeConflict } from "@/lib/concurrency/stale-edit";
import { showFields, yesNo } from "@/lib/concurrency/show-fields";
import { updateEmailPreferencesSchema } from "@/lib/notifications/schemas";
import { emailChoices, offKindsOf, type EmailChoices } from "@/lib/notifications/email-choices";
import { emailField, NOTIFICATION_KINDS, OPTIONAL_EMAIL_KINDS } from "@/lib/notifications/kinds";

const EMAIL_PREFERENCES_CHANGED = "member.email_preferences_changed";

const showChoices = showFields(Object.fromEntries(OPTIONAL_EMAIL_KINDS.map((kind) => [emailField(kind), { label: `${NOTIFICATION_KINDS[kind].label} e-mailed`, text: yesNo }])));

const sameChoices = (a: EmailChoices, b: EmailChoices) => OPTIONAL_EMAIL_KINDS.every((kind) => a[emailField(kind)] === b[emailField(kind)]);

const STALE = "Your e-mail choices were changed in another tab or window while you were editing.";

/**
 * The signed-in member chooses which kinds of their notifications are e-mailed (decision 67),
 * against the version their form was shown: a change saved meanwhile (another tab) is refused
 * with what it was. Only their own membership, in their own organisation. The choice applies to
 * notifications written from now on; those already written keep theirs. A save that changes
 * nothing writes nothing; a change is audited in the same transaction.
 */
export async function updateEmailPreferences({ actor, input }: { actor: Actor; input: unknown }): Promise<{ choices: EmailChoices; version: number; changed: boolean }> {
  authorize(actor, "account:notifications");
  const { version, ...choices } = parseInput(updateEmailPreferencesSchema, input);
  return db.$transaction(async (tx) => {
    const scope = { orgId: actor.orgId, userId: actor.userId };
    const membership = await tx.membership.findFirstOrThrow({ where: scope, select: { emailOffKinds: true, emailPreferencesVersion: true } });
    const before = emailChoices(membership.emailOffKinds);
    if (membership.emailPreferencesVersion !== version) {
      const conflict = await describeConflict(tx, {
        actor,
        entityType: "user",
        entityId: actor.userId,
        actions: [EMAIL_PREFERENCES_CHANGED],
        startedFrom: version,
        current: { version: membership.emailPreferencesVersion, snapshot: before },
        show: showChoices,
      });
      throw new AppError("CONFLICT", STALE, {}, conflict);
    }
    if (sameChoices(before, choices)) return { choices, version, changed: false };
    const { count } = await tx.membership.updateMany({
      where: { ...scope, emailPreferencesVersion: version },
      data: { emailOffKinds: offKindsOf(choices), emailPreferencesVersion: { increment: 1 } },
    });
    // A save that committed between the read above and this one: refused without details.
    if (count !== 1) throw new AppError("CONFLICT", `${STALE} Reload to see the change.`);
    await recordAudit(tx, { actor, action: EMAIL_PREFERENCES_CHANGED, entityType: "user", entityId: actor.userId, planId: null, before, after: choices });
    return { choices, version: version + 1, changed: true };
  });
}
