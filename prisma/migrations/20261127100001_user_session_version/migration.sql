-- Session validity moves from the membership to the user, so that removing a member and adding
-- the same address again never brings a session minted before the removal back to life. Each
-- user keeps their membership's counter, so sessions valid before this migration stay valid.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;

UPDATE "User" u SET "sessionVersion" = m."sessionVersion" FROM "Membership" m WHERE m."userId" = u."id";

ALTER TABLE "Membership" DROP COLUMN "sessionVersion";
