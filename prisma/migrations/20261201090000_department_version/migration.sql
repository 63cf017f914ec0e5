-- Departments get a version for optimistic concurrency (docs/decisions/0007): a rename names the
-- version its form started from, so a second rename from the same version is refused, showing the
-- first, instead of silently overwriting it. Every existing department starts at 1.
-- The Department_revision trigger (20261130090200) is AFTER UPDATE OF name and compares the names,
-- so a rename (name and version in one UPDATE) still bumps the plans that use the department, and
-- a write of the version alone would bump none; it needs no change.
ALTER TABLE "Department" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
