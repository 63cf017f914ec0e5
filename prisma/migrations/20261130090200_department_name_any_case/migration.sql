-- A department's name is unique within its organisation whatever its letter case, as a plan's
-- records' names are (20261130090100): "finance" beside "Finance" is one department to people, and
-- the department selects could not tell the two apart. An expression index, so it lives in SQL
-- only; the schema's @@unique([orgId, name]) stays as it is.
-- Departments that already differ only by letter case keep the oldest one's name; the others get
-- " (2)", " (3)"… so that the index can be built. Rename them afterwards in Settings → Departments.
UPDATE "Department" d
SET name = d.name || ' (' || r.n || ')'
FROM (SELECT id, row_number() OVER (PARTITION BY "orgId", lower(name) ORDER BY "createdAt", id) AS n FROM "Department") r
WHERE r.id = d.id AND r.n > 1;

CREATE UNIQUE INDEX "Department_orgId_lower_name_key" ON "Department"("orgId", lower("name"));

-- A plan's snapshot names the department of each of its products and business functions
-- (lib/versions/build-snapshot.ts), so renaming a department changes the content of the plans
-- whose products or functions are in it: they show as changed since approval, as after any other
-- edit (docs/decisions/0005). A department in use cannot be deleted (lib/departments/), and one
-- that nothing uses is in no plan's content, so only a rename bumps.
CREATE FUNCTION bump_department_plan_revisions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.name IS NOT DISTINCT FROM OLD.name THEN
    RETURN NULL;
  END IF;
  UPDATE "Plan" SET "contentRevision" = "contentRevision" + 1
  WHERE "orgId" = NEW."orgId" AND (
    id IN (SELECT "planId" FROM "Product" WHERE "departmentId" = NEW.id)
    OR id IN (SELECT "planId" FROM "BusinessFunction" WHERE "departmentId" = NEW.id)
  );
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Department_revision" AFTER UPDATE OF name ON "Department" FOR EACH ROW EXECUTE FUNCTION bump_department_plan_revisions();
