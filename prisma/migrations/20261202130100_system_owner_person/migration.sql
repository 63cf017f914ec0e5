-- A system's owner is a person of the People register, like the owner of a threat, a register or
-- a finding (docs/decisions/0035), instead of free text. As for theirs, the app refuses to delete
-- a person who owns a system (lib/people/person-uses.ts), and the foreign key leaves the system
-- with no owner should a person go all the same. The old text column stays, as "ownerText", for
-- owners the upgrade cannot match to one person.
ALTER TABLE "System" RENAME COLUMN "owner" TO "ownerText";
ALTER TABLE "System" ADD COLUMN "ownerPersonId" TEXT;
ALTER TABLE "System" ADD CONSTRAINT "System_ownerPersonId_fkey" FOREIGN KEY ("ownerPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A plan's snapshot names each system's owner (lib/versions/build-snapshot.ts), so renaming a
-- person who owns a system changes the plans that hold the system, as renaming the owner of a
-- threat does (20261127100000_person_revision_snapshot_fields, otherwise unchanged).
CREATE OR REPLACE FUNCTION bump_person_plan_revisions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  person_id text := COALESCE(NEW.id, OLD.id);
  org_id text := COALESCE(NEW."orgId", OLD."orgId");
  renamed boolean := TG_OP = 'DELETE' OR NEW.name IS DISTINCT FROM OLD.name;
BEGIN
  IF TG_OP = 'UPDATE' AND NOT renamed
     AND (NEW."jobTitle", NEW.email, NEW."workPhone", NEW."mobilePhone", NEW."afterHoursPhone")
         IS NOT DISTINCT FROM (OLD."jobTitle", OLD.email, OLD."workPhone", OLD."mobilePhone", OLD."afterHoursPhone") THEN
    RETURN NULL;
  END IF;
  UPDATE "Plan" SET "contentRevision" = "contentRevision" + 1
  WHERE "orgId" = org_id AND (
    "sponsorId" = person_id
    OR id IN (SELECT "planId" FROM "CommitteeMember" WHERE "personId" = person_id)
    OR id IN (SELECT "planId" FROM "ErtRole" WHERE "primaryId" = person_id OR "alternateId" = person_id)
    OR (renamed AND (
      id IN (SELECT "planId" FROM "Threat" WHERE "ownerId" = person_id)
      OR id IN (SELECT "planId" FROM "Finding" WHERE "ownerId" = person_id)
      OR id IN (SELECT "planId" FROM "System" WHERE "ownerPersonId" = person_id)
      OR id IN (SELECT f."planId" FROM "BusinessFunction" f JOIN "_FunctionKeyPeople" l ON l."A" = f.id WHERE l."B" = person_id)
      OR id IN (SELECT e."planId" FROM "Exercise" e JOIN "_ExerciseParticipants" l ON l."A" = e.id WHERE l."B" = person_id)
      OR id IN (SELECT "planId" FROM "InventoryRegister" WHERE "ownerId" = person_id)
      OR id IN (SELECT "planId" FROM "InventoryItem" WHERE "orgId" = org_id AND data::text LIKE '%"' || person_id || '"%')
    ))
  );
  RETURN NULL;
END;
$$;

-- The owners typed before: a system whose text is the name of exactly one person of its
-- organisation (letter case and surrounding spaces aside) is owned by that person from now on, and
-- its text is cleared. Text that names nobody in the register, or several people, is kept: it is
-- shown as "<text> (not in the People register)" until someone picks a person.
-- A snapshot names a linked owner by the person's name, and a text owner by the text, so linking
-- changes a plan's content only where the two read differently ("alex morgan" for "Alex Morgan"):
-- the systems' revision trigger is off for the one statement, which bumps those plans itself, and
-- an approved plan whose owners were typed exactly does not read as changed since approval.
-- Prisma runs this file as one transaction: a failure leaves the trigger on.
ALTER TABLE "System" DISABLE TRIGGER "System_revision";

WITH matched AS (
  SELECT s."id", min(p."id") AS "personId", bool_or(p."name" <> s."ownerText") AS "readsDifferently"
  FROM "System" s
  JOIN "Person" p ON p."orgId" = s."orgId" AND lower(btrim(p."name")) = lower(btrim(s."ownerText"))
  WHERE s."ownerPersonId" IS NULL AND btrim(s."ownerText") <> ''
  GROUP BY s."id"
  HAVING count(*) = 1
), linked AS (
  UPDATE "System" s SET "ownerPersonId" = m."personId", "ownerText" = ''
  FROM matched m
  WHERE s."id" = m."id"
  RETURNING s."planId", m."readsDifferently"
)
UPDATE "Plan" SET "contentRevision" = "contentRevision" + 1
WHERE "id" IN (SELECT "planId" FROM linked WHERE "readsDifferently");

ALTER TABLE "System" ENABLE TRIGGER "System_revision";
