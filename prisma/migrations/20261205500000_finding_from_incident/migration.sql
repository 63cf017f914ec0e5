-- Corrective actions from an incident (ISO 22301 §10.1, docs/decisions/0058): a finding may come
-- from one of the plan's incidents instead of one of its tests. A nullable column: an older
-- export's findings read as "from no incident".
ALTER TABLE "Finding" ADD COLUMN "incidentId" TEXT;

CREATE INDEX "Finding_incidentId_idx" ON "Finding"("incidentId");

-- An incident is never deleted but with its plan (trigger "Incident_kept"), whose deletion takes
-- its findings too: SET NULL only keeps the cascade from being refused, whichever runs first.
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A finding has at most one source: a test or an incident.
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_one_source_check" CHECK ("exerciseId" IS NULL OR "incidentId" IS NULL);
