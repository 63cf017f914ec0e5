-- When a restore point last changed: an import that corrects a point's usable time or size
-- updates it in place, which neither the count of the plan's points nor their newest creation
-- shows, so the cached assessment (lib/recovery/assess-recovery.ts) keys on this instead.
-- Existing points take their creation time: nothing has been recorded of later changes.
ALTER TABLE "RestorePoint" ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
UPDATE "RestorePoint" SET "updatedAt" = "createdAt";
