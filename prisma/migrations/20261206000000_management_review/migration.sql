-- Management review records (docs/decisions/0064): top management's periodic review of the
-- programme (ISO 22301 §9.3), with the inputs it considered frozen as JSON. A new table only: an
-- export made before this migration has no reviews and imports (lib/exports/compatible-migrations.ts).
CREATE TABLE "ManagementReview" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "attendees" TEXT NOT NULL,
    "inputs" JSONB NOT NULL,
    "minutes" TEXT NOT NULL DEFAULT '',
    "decisions" TEXT NOT NULL DEFAULT '',
    "nextReviewOn" DATE,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ManagementReview_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ManagementReview_orgId_heldOn_idx" ON "ManagementReview"("orgId", "heldOn");

ALTER TABLE "ManagementReview" ADD CONSTRAINT "ManagementReview_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
