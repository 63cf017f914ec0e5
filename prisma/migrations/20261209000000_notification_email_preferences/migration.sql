-- Members choose which notifications they are e-mailed (decision 67). A notification has a kind
-- (approvals, incidents, reminders) and says whether it is e-mailed at all, decided when it is
-- written from its member's choice; a membership lists the kinds its member is not e-mailed.
-- Everything stays e-mailed until a member says otherwise, as it was.
CREATE TYPE "NotificationKind" AS ENUM ('approvals', 'incidents', 'reminders');

ALTER TABLE "Notification" ADD COLUMN "kind" "NotificationKind" NOT NULL DEFAULT 'approvals',
ADD COLUMN "emailWanted" BOOLEAN NOT NULL DEFAULT true;

ALTER TABLE "Membership" ADD COLUMN "emailOffKinds" "NotificationKind"[] DEFAULT ARRAY[]::"NotificationKind"[],
ADD COLUMN "emailPreferencesVersion" INTEGER NOT NULL DEFAULT 1;

-- The notifications already written get the kind their writer would give them now: every one
-- about a version is an approval's (a request, a decision, a withdrawal, a lost approver); an
-- incident's declaration and stand-down link the incident and say so first (lib/notifications/
-- messages.ts); the rest are the daily reminders. lib/exports/older-rows.ts applies the same rule
-- to the notifications of an organisation export made before this migration.
UPDATE "Notification" SET "kind" = CASE
  WHEN "versionId" IS NOT NULL THEN 'approvals'::"NotificationKind"
  WHEN "href" ~ '^/plans/[^/]+/incidents/[^/]+$' AND "message" ~ '^Incident (declared|stood down) under “' THEN 'incidents'::"NotificationKind"
  ELSE 'reminders'::"NotificationKind"
END;
