-- A person is part of a plan's content only where the plan refers to them (sponsor, committee,
-- ERT roles, owners, key people, test participants, registers and their items). Bumping every plan of the
-- organisation on any change to the people register marked approved plans "changed since
-- approval" when someone merely added a contact. A new person is referred to by nothing yet; a
-- deleted one is unlinked by the foreign keys' own updates, which bump their plans through those
-- tables' triggers (inventory items' person fields live in JSON, so they are matched here too).
CREATE FUNCTION bump_person_plan_revisions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  person_id text := COALESCE(NEW.id, OLD.id);
  org_id text := COALESCE(NEW."orgId", OLD."orgId");
BEGIN
  IF TG_OP = 'UPDATE' AND NEW IS NOT DISTINCT FROM OLD THEN
    RETURN NULL;
  END IF;
  UPDATE "Plan" SET "contentRevision" = "contentRevision" + 1
  WHERE "orgId" = org_id AND (
    "sponsorId" = person_id
    OR id IN (SELECT "planId" FROM "CommitteeMember" WHERE "personId" = person_id)
    OR id IN (SELECT "planId" FROM "ErtRole" WHERE "primaryId" = person_id OR "alternateId" = person_id)
    OR id IN (SELECT "planId" FROM "Threat" WHERE "ownerId" = person_id)
    OR id IN (SELECT "planId" FROM "Finding" WHERE "ownerId" = person_id)
    OR id IN (SELECT f."planId" FROM "BusinessFunction" f JOIN "_FunctionKeyPeople" l ON l."A" = f.id WHERE l."B" = person_id)
    OR id IN (SELECT e."planId" FROM "Exercise" e JOIN "_ExerciseParticipants" l ON l."A" = e.id WHERE l."B" = person_id)
    OR id IN (SELECT "planId" FROM "InventoryRegister" WHERE "ownerId" = person_id)
    OR id IN (SELECT "planId" FROM "InventoryItem" WHERE "orgId" = org_id AND data::text LIKE '%"' || person_id || '"%')
  );
  RETURN NULL;
END;
$$;

DROP TRIGGER "Person_revision" ON "Person";
CREATE TRIGGER "Person_revision" AFTER UPDATE OR DELETE ON "Person" FOR EACH ROW EXECUTE FUNCTION bump_person_plan_revisions();
DROP FUNCTION bump_org_plan_revisions();
