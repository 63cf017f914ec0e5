-- The review cadence an approval was given for (decision 65): an approval holds for it, or for the
-- plan's cadence if that is shorter now. Versions approved before it have none and hold for the
-- plan's cadence, as every approval did until now; nothing is backfilled, so an export made before
-- this migration imports with the same meaning (lib/exports/compatible-migrations.ts).
ALTER TABLE "PlanVersion" ADD COLUMN "approvedForDays" INTEGER;
