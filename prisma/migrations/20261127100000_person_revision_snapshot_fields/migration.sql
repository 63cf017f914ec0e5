-- A person's edit marks a plan "changed since approval" only when it changes what the plan's
-- approved snapshot holds of them (lib/versions/build-snapshot.ts): name, job title, e-mail and
-- the three phone numbers where the plan lists them as a contact (sponsor, committee, ERT roles);
-- only the name where it names them (owners, key people, participants, registers and their items).
-- Their department, notes, version and timestamps are not in any snapshot, so changing them, or
-- saving with no change, marks nothing.
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
      OR id IN (SELECT f."planId" FROM "BusinessFunction" f JOIN "_FunctionKeyPeople" l ON l."A" = f.id WHERE l."B" = person_id)
      OR id IN (SELECT e."planId" FROM "Exercise" e JOIN "_ExerciseParticipants" l ON l."A" = e.id WHERE l."B" = person_id)
      OR id IN (SELECT "planId" FROM "InventoryRegister" WHERE "ownerId" = person_id)
      OR id IN (SELECT "planId" FROM "InventoryItem" WHERE "orgId" = org_id AND data::text LIKE '%"' || person_id || '"%')
    ))
  );
  RETURN NULL;
END;
$$;
