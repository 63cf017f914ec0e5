-- Recovery during an incident (docs/decisions/0053): when the disruption began, if before its
-- declaration, and for ransomware the last instant the systems are known clean, so that the
-- engine assesses the incident as it is; and the system a recovery-progress entry reports back in
-- service, so that the log's actual recovery stands beside the plan's expected one.
-- Only columns with defaults: an older export's rows read as "began at the declaration", "the
-- scenario's clean boundary" and "no system named".
ALTER TABLE "Incident" ADD COLUMN "startedAt" TIMESTAMP(3);
ALTER TABLE "Incident" ADD COLUMN "cleanBefore" TIMESTAMP(3);

-- No foreign key: the log is append-only (a trigger refuses UPDATE), so a system deleted later
-- could not be set null here; the name kept says which system the entry meant.
ALTER TABLE "IncidentEntry" ADD COLUMN "systemId" TEXT;
ALTER TABLE "IncidentEntry" ADD COLUMN "systemName" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Incident" ADD CONSTRAINT "Incident_started_check" CHECK ("startedAt" IS NULL OR "startedAt" <= "declaredAt");
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_clean_check" CHECK ("cleanBefore" IS NULL OR "cleanBefore" <= COALESCE("startedAt", "declaredAt"));
