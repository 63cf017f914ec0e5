-- CreateEnum
CREATE TYPE "CopyMode" AS ENUM ('immediate', 'scheduled', 'rotation');

-- AlterTable
ALTER TABLE "System" ADD COLUMN     "bootMinutes" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "hostId" TEXT,
ADD COLUMN     "priority" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "verifyMinutes" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "BackupLocation" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "siteId" TEXT,
    "online" BOOLEAN NOT NULL DEFAULT true,
    "immutableDays" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "throughputMBps" DOUBLE PRECISION NOT NULL,
    "streamMBps" DOUBLE PRECISION,
    "maxStreams" INTEGER NOT NULL DEFAULT 1,
    "retrievalMinutes" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BackupLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Host" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "siteId" TEXT,
    "ramMiB" INTEGER NOT NULL,
    "reservedMiB" INTEGER NOT NULL DEFAULT 0,
    "readyAfterMinutes" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Host_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemRecoveryHost" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "hostId" TEXT NOT NULL,

    CONSTRAINT "SystemRecoveryHost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BackupPolicy" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cron" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "everyMinutes" DOUBLE PRECISION,
    "anchor" TIMESTAMP(3),
    "windowMinutes" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "targetId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BackupPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyCopy" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "mode" "CopyMode" NOT NULL,
    "lagMinutes" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "cron" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "everyMinutes" DOUBLE PRECISION,
    "anchor" TIMESTAMP(3),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PolicyCopy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Replica" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "lagMinutes" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "Replica_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RestorePoint" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "pointInTime" TIMESTAMP(3) NOT NULL,
    "usableAt" TIMESTAMP(3) NOT NULL,
    "sizeGB" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RestorePoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_SystemDependencies" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_SystemDependencies_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_PolicySystems" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PolicySystems_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "BackupLocation_orgId_idx" ON "BackupLocation"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "BackupLocation_planId_key_key" ON "BackupLocation"("planId", "key");

-- CreateIndex
CREATE INDEX "Host_orgId_idx" ON "Host"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "Host_planId_key_key" ON "Host"("planId", "key");

-- CreateIndex
CREATE INDEX "SystemRecoveryHost_orgId_idx" ON "SystemRecoveryHost"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "SystemRecoveryHost_systemId_scenarioId_key" ON "SystemRecoveryHost"("systemId", "scenarioId");

-- CreateIndex
CREATE INDEX "BackupPolicy_orgId_idx" ON "BackupPolicy"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "BackupPolicy_planId_key_key" ON "BackupPolicy"("planId", "key");

-- CreateIndex
CREATE INDEX "PolicyCopy_orgId_idx" ON "PolicyCopy"("orgId");

-- CreateIndex
CREATE INDEX "Replica_orgId_idx" ON "Replica"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "Replica_systemId_locationId_key" ON "Replica"("systemId", "locationId");

-- CreateIndex
CREATE INDEX "RestorePoint_planId_systemId_usableAt_idx" ON "RestorePoint"("planId", "systemId", "usableAt");

-- CreateIndex
CREATE INDEX "RestorePoint_orgId_idx" ON "RestorePoint"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "RestorePoint_systemId_locationId_pointInTime_key" ON "RestorePoint"("systemId", "locationId", "pointInTime");

-- CreateIndex
CREATE INDEX "_SystemDependencies_B_index" ON "_SystemDependencies"("B");

-- CreateIndex
CREATE INDEX "_PolicySystems_B_index" ON "_PolicySystems"("B");

-- AddForeignKey
ALTER TABLE "System" ADD CONSTRAINT "System_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "Host"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackupLocation" ADD CONSTRAINT "BackupLocation_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackupLocation" ADD CONSTRAINT "BackupLocation_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Host" ADD CONSTRAINT "Host_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Host" ADD CONSTRAINT "Host_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemRecoveryHost" ADD CONSTRAINT "SystemRecoveryHost_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemRecoveryHost" ADD CONSTRAINT "SystemRecoveryHost_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SystemRecoveryHost" ADD CONSTRAINT "SystemRecoveryHost_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "Host"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackupPolicy" ADD CONSTRAINT "BackupPolicy_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackupPolicy" ADD CONSTRAINT "BackupPolicy_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "BackupLocation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyCopy" ADD CONSTRAINT "PolicyCopy_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "BackupPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyCopy" ADD CONSTRAINT "PolicyCopy_toId_fkey" FOREIGN KEY ("toId") REFERENCES "BackupLocation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Replica" ADD CONSTRAINT "Replica_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Replica" ADD CONSTRAINT "Replica_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Replica" ADD CONSTRAINT "Replica_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "BackupLocation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RestorePoint" ADD CONSTRAINT "RestorePoint_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RestorePoint" ADD CONSTRAINT "RestorePoint_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RestorePoint" ADD CONSTRAINT "RestorePoint_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "BackupLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SystemDependencies" ADD CONSTRAINT "_SystemDependencies_A_fkey" FOREIGN KEY ("A") REFERENCES "System"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SystemDependencies" ADD CONSTRAINT "_SystemDependencies_B_fkey" FOREIGN KEY ("B") REFERENCES "System"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicySystems" ADD CONSTRAINT "_PolicySystems_A_fkey" FOREIGN KEY ("A") REFERENCES "BackupPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicySystems" ADD CONSTRAINT "_PolicySystems_B_fkey" FOREIGN KEY ("B") REFERENCES "System"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recovery facts are plan content: they mark the plan changed since approval (see the
-- plan_versions migration). Observed restore points are evidence and do not.
CREATE TRIGGER "BackupLocation_revision" AFTER INSERT OR UPDATE OR DELETE ON "BackupLocation" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "Host_revision" AFTER INSERT OR UPDATE OR DELETE ON "Host" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "BackupPolicy_revision" AFTER INSERT OR UPDATE OR DELETE ON "BackupPolicy" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "Replica_revision" AFTER INSERT OR UPDATE OR DELETE ON "Replica" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();

CREATE FUNCTION bump_plan_revision_via_policy() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  policy TEXT;
BEGIN
  IF TG_OP = 'DELETE' THEN policy := OLD."policyId"; ELSE policy := NEW."policyId"; END IF;
  UPDATE "Plan" SET "contentRevision" = "contentRevision" + 1
    WHERE id = (SELECT "planId" FROM "BackupPolicy" WHERE id = policy);
  RETURN NULL;
END;
$$;
CREATE TRIGGER "PolicyCopy_revision" AFTER INSERT OR UPDATE OR DELETE ON "PolicyCopy" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_policy();

CREATE FUNCTION bump_plan_revision_via_system() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sys TEXT;
BEGIN
  IF TG_OP = 'DELETE' THEN sys := OLD."systemId"; ELSE sys := NEW."systemId"; END IF;
  UPDATE "Plan" SET "contentRevision" = "contentRevision" + 1
    WHERE id = (SELECT "planId" FROM "System" WHERE id = sys);
  RETURN NULL;
END;
$$;
CREATE TRIGGER "SystemRecoveryHost_revision" AFTER INSERT OR UPDATE OR DELETE ON "SystemRecoveryHost" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_system();

CREATE TRIGGER "_PolicySystems_revision" AFTER INSERT OR DELETE ON "_PolicySystems" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_link('BackupPolicy');
CREATE TRIGGER "_SystemDependencies_revision" AFTER INSERT OR DELETE ON "_SystemDependencies" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_link('System');
