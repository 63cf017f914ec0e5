-- A measured restore's data lost may be left blank: null, not measured, which is never "none
-- lost" against the RPO (decision 71). Existing rows keep their values: a blank was stored as 0
-- until now, and nothing tells such a 0 apart from a measured one.
ALTER TABLE "ExerciseMeasurement"
  ALTER COLUMN "dataLossMinutes" DROP NOT NULL,
  ALTER COLUMN "dataLossMinutes" DROP DEFAULT;
