-- Correcting an incident's declaration (docs/decisions/0062): the declaration's own version, so
-- that a correction and the stand-down (which keeps the incident's `version`) never make each
-- other's form stale, and a kind of log entry the app writes itself when the declaration is
-- corrected, which nobody can choose in the log's form. A column with a default and a new enum
-- value: an older export's incidents read as "declaration never corrected".
ALTER TABLE "Incident" ADD COLUMN "declarationVersion" INTEGER NOT NULL DEFAULT 1;

ALTER TYPE "IncidentEntryKind" ADD VALUE 'correction';
