-- The incident log (docs/decisions/0049): an incident declared under a plan, and the log of what
-- the response team decided, did, told and restored. Operational records, not plan content: no
-- content-revision trigger here (docs/decisions/0005), so running an incident never marks the
-- plan "changed since approval".
CREATE TYPE "IncidentStatus" AS ENUM ('active', 'stood_down');

CREATE TYPE "IncidentEntryKind" AS ENUM ('decision', 'action', 'notification', 'recovery', 'note');

CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "scenarioId" TEXT,
    "scenarioName" TEXT NOT NULL DEFAULT '',
    "declaredAt" TIMESTAMP(3) NOT NULL,
    "declaredByPersonId" TEXT,
    "declaredByName" TEXT NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'active',
    "stoodDownAt" TIMESTAMP(3),
    "reviewSummary" TEXT NOT NULL DEFAULT '',
    "stoodDownById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "IncidentEntry" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "kind" "IncidentEntryKind" NOT NULL,
    "text" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentEntry_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Incident_planId_status_declaredAt_idx" ON "Incident"("planId", "status", "declaredAt");

CREATE INDEX "Incident_orgId_idx" ON "Incident"("orgId");

CREATE INDEX "IncidentEntry_incidentId_at_idx" ON "IncidentEntry"("incidentId", "at");

CREATE INDEX "IncidentEntry_orgId_idx" ON "IncidentEntry"("orgId");

ALTER TABLE "Incident" ADD CONSTRAINT "Incident_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Incident" ADD CONSTRAINT "Incident_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Incident" ADD CONSTRAINT "Incident_declaredByPersonId_fkey" FOREIGN KEY ("declaredByPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "IncidentEntry" ADD CONSTRAINT "IncidentEntry_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A stood-down incident has its time and its review; an active one neither.
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_stand_down_check" CHECK (
  ("status" = 'active' AND "stoodDownAt" IS NULL) OR ("status" = 'stood_down' AND "stoodDownAt" IS NOT NULL AND "reviewSummary" <> '')
);

-- The log is append-only, like the audit log: a correction is a new entry. Only the cascade from
-- its incident's deletion (its plan's, which the app never does) removes an entry.
CREATE FUNCTION incident_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "Incident" WHERE "id" = OLD."incidentId") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'IncidentEntry is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER "IncidentEntry_append_only"
  BEFORE UPDATE OR DELETE ON "IncidentEntry"
  FOR EACH ROW EXECUTE FUNCTION incident_entry_append_only();

-- An incident is a record: nobody deletes it; only its plan's deletion takes it along.
CREATE FUNCTION incident_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "Plan" WHERE "id" = OLD."planId") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'Incident is a record: DELETE refused';
END;
$$;

CREATE TRIGGER "Incident_kept"
  BEFORE DELETE ON "Incident"
  FOR EACH ROW EXECUTE FUNCTION incident_kept();
