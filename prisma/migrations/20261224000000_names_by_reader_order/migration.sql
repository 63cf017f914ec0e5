-- Names sort as a reader orders them (docs/decisions/0088): "admin", "Bob Brown", "Émile Roux",
-- "Zoë Zimmer", not every capital before every small letter and accented letters after "z", as
-- the "C" collation of a database made without a locale (the embedded server's, the test
-- server's) orders them. Every Postgres the app runs on is built with ICU (Debian's packages,
-- the postgres image, embedded-postgres); lib/by-name.ts sorts by the same en-GB rules.
-- Deterministic (the default): names equal byte for byte are equal, as before, so the unique
-- indexes hold the same rule; they are rebuilt in the new order.
CREATE COLLATION "by_name" (provider = icu, locale = 'en-GB');

-- A column in a trigger's UPDATE OF list cannot change; the two triggers are made again as they were.
DROP TRIGGER "Department_revision" ON "Department";
DROP TRIGGER "Site_revision" ON "Site";

ALTER TABLE "Organization" ALTER COLUMN "name" TYPE TEXT COLLATE "by_name";
ALTER TABLE "User" ALTER COLUMN "name" TYPE TEXT COLLATE "by_name";
ALTER TABLE "Plan" ALTER COLUMN "name" TYPE TEXT COLLATE "by_name";
ALTER TABLE "System" ALTER COLUMN "name" TYPE TEXT COLLATE "by_name";
ALTER TABLE "Department" ALTER COLUMN "name" TYPE TEXT COLLATE "by_name";
ALTER TABLE "Site" ALTER COLUMN "name" TYPE TEXT COLLATE "by_name";
ALTER TABLE "Product" ALTER COLUMN "name" TYPE TEXT COLLATE "by_name";
ALTER TABLE "BusinessFunction" ALTER COLUMN "name" TYPE TEXT COLLATE "by_name";
ALTER TABLE "RecoveryTier" ALTER COLUMN "name" TYPE TEXT COLLATE "by_name";
ALTER TABLE "ConsistencyGroup" ALTER COLUMN "name" TYPE TEXT COLLATE "by_name";
ALTER TABLE "Person" ALTER COLUMN "name" TYPE TEXT COLLATE "by_name", ALTER COLUMN "jobTitle" TYPE TEXT COLLATE "by_name";
ALTER TABLE "BackupLocation" ALTER COLUMN "name" TYPE TEXT COLLATE "by_name";
ALTER TABLE "Host" ALTER COLUMN "name" TYPE TEXT COLLATE "by_name";
ALTER TABLE "BackupPolicy" ALTER COLUMN "name" TYPE TEXT COLLATE "by_name";
ALTER TABLE "Scenario" ALTER COLUMN "name" TYPE TEXT COLLATE "by_name";

CREATE TRIGGER "Department_revision" AFTER UPDATE OF name ON "Department" FOR EACH ROW EXECUTE FUNCTION bump_department_plan_revisions();
CREATE TRIGGER "Site_revision" AFTER UPDATE OF name ON "Site" FOR EACH ROW EXECUTE FUNCTION bump_site_plan_revisions();
