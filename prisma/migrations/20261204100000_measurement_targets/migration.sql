-- A measured restore keeps the targets it was held against when it was recorded (decision 45):
-- the system's effective RTO and RPO then (null: none). Rows recorded before this have
-- "targetsRecorded" false: their targets then are unknown, and they are held against today's.
ALTER TABLE "ExerciseMeasurement"
  ADD COLUMN "targetsRecorded" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "rtoTargetMinutes" DOUBLE PRECISION,
  ADD COLUMN "rpoTargetMinutes" DOUBLE PRECISION;

-- Targets without the flag would be read as not recorded: none is written so.
ALTER TABLE "ExerciseMeasurement" ADD CONSTRAINT "ExerciseMeasurement_targets_recorded"
  CHECK ("targetsRecorded" OR ("rtoTargetMinutes" IS NULL AND "rpoTargetMinutes" IS NULL));
