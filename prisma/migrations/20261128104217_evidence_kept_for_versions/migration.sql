-- Evidence a frozen plan version lists is kept when it is removed from the plan: it leaves its
-- test (exerciseId null) and records when and by whom it was removed (decision 18).
ALTER TABLE "Attachment" ADD COLUMN "removedAt" TIMESTAMP(3);
ALTER TABLE "Attachment" ADD COLUMN "removedBy" TEXT;

-- Removed evidence belongs to no test, so every read of a test's evidence leaves it out.
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_removed_detached" CHECK ("removedAt" IS NULL OR "exerciseId" IS NULL);
