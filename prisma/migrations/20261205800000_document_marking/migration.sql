-- The organisation's protective marking of its documents (decision 61): empty, as an organisation
-- made before it had none, and the settings form's version. Nothing else changes: an export made
-- before this migration imports with no marking (lib/exports/compatible-migrations.ts).
ALTER TABLE "Organization"
  ADD COLUMN "documentMarking" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "documentSettingsVersion" INTEGER NOT NULL DEFAULT 1;
