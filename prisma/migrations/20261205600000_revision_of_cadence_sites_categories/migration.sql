-- Three things a plan's snapshot holds (lib/versions/build-snapshot.ts) changed it without marking
-- the plan changed since approval (docs/decisions/0005), though the comparison with the approved
-- version lists each of them: the plan stayed "Approved" while its content was not what the
-- approvers signed.

-- The plan's test cadence is part of its content (its test and maintenance schedule).
CREATE OR REPLACE FUNCTION plan_own_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."contentRevision" = OLD."contentRevision"
     AND (NEW.name, NEW.description, NEW."sponsorId", NEW."endorsedOn", NEW."testCadenceDays")
         IS DISTINCT FROM (OLD.name, OLD.description, OLD."sponsorId", OLD."endorsedOn", OLD."testCadenceDays") THEN
    NEW."contentRevision" := OLD."contentRevision" + 1;
  END IF;
  RETURN NEW;
END;
$$;

-- A site is named by the plans whose systems stand on it, whose scenarios lose it, whose
-- functions work from it, and whose backup locations and hosts are on it: renaming it bumps those,
-- as renaming a department does. A deleted site leaves those rows through their own triggers.
CREATE FUNCTION bump_site_plan_revisions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.name IS NOT DISTINCT FROM OLD.name THEN
    RETURN NULL;
  END IF;
  UPDATE "Plan" SET "contentRevision" = "contentRevision" + 1
  WHERE "orgId" = NEW."orgId" AND (
    id IN (SELECT "planId" FROM "System" WHERE "siteId" = NEW.id)
    OR id IN (SELECT s."planId" FROM "_ScenarioLostSites" l JOIN "Scenario" s ON s.id = l."A" WHERE l."B" = NEW.id)
    OR id IN (SELECT f."planId" FROM "_FunctionFacilities" l JOIN "BusinessFunction" f ON f.id = l."A" WHERE l."B" = NEW.id)
    OR id IN (SELECT "planId" FROM "BackupLocation" WHERE "siteId" = NEW.id)
    OR id IN (SELECT "planId" FROM "Host" WHERE "siteId" = NEW.id)
  );
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Site_revision" AFTER UPDATE OF name ON "Site" FOR EACH ROW EXECUTE FUNCTION bump_site_plan_revisions();

-- Every plan's impact analysis is laid out by the organisation's impact categories, which its
-- snapshot holds by name: changing them bumps every plan of the organisation.
CREATE FUNCTION bump_category_plan_revisions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."impactCategories" IS NOT DISTINCT FROM OLD."impactCategories" THEN
    RETURN NULL;
  END IF;
  UPDATE "Plan" SET "contentRevision" = "contentRevision" + 1 WHERE "orgId" = NEW.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Organization_categories_revision" AFTER UPDATE OF "impactCategories" ON "Organization" FOR EACH ROW EXECUTE FUNCTION bump_category_plan_revisions();
