-- A system's recovery facts (setup page, imports) get their own version, apart from its register
-- entry's, so each form is refused only for changes to what it edits (docs/decisions/0007).
ALTER TABLE "System" ADD COLUMN "recoveryVersion" INTEGER NOT NULL DEFAULT 1;

-- Sites are versioned like the other setup records, instead of an edit naming its old values.
ALTER TABLE "Site" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
