-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "versionNumber" INTEGER,
    "includeAudit" BOOLEAN NOT NULL DEFAULT false,
    "auditFrom" TIMESTAMP(3),
    "auditTo" TIMESTAMP(3),
    "status" "ReportStatus" NOT NULL DEFAULT 'queued',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT NOT NULL DEFAULT '',
    "bytes" BYTEA,
    "sizeBytes" INTEGER,
    "sha256" TEXT,
    "requestedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Report_orgId_planId_createdAt_idx" ON "Report"("orgId", "planId", "createdAt");
