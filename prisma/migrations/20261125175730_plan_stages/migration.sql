-- CreateEnum
CREATE TYPE "ImpactRating" AS ENUM ('none', 'minor', 'moderate', 'major', 'severe');

-- CreateEnum
CREATE TYPE "CommitteeRole" AS ENUM ('chair', 'coordinator', 'member');

-- CreateEnum
CREATE TYPE "ExerciseType" AS ENUM ('checklist', 'walkthrough', 'simulation', 'parallel', 'full_interruption');

-- CreateEnum
CREATE TYPE "ExerciseResult" AS ENUM ('passed', 'passed_with_findings', 'failed');

-- CreateEnum
CREATE TYPE "FindingSeverity" AS ENUM ('low', 'medium', 'high', 'critical');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('open', 'in_progress', 'closed');

-- CreateEnum
CREATE TYPE "ThreatCategory" AS ENUM ('natural', 'technical', 'human');

-- CreateEnum
CREATE TYPE "ScenarioKind" AS ENUM ('system', 'host', 'site', 'ransomware');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "impactHorizonsMinutes" INTEGER[] DEFAULT ARRAY[60, 240, 1440, 4320, 10080, 20160]::INTEGER[],
ADD COLUMN     "intolerableRating" "ImpactRating" NOT NULL DEFAULT 'major',
ADD COLUMN     "reviewPeriodDays" INTEGER NOT NULL DEFAULT 365;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "endorsedOn" DATE,
ADD COLUMN     "sponsorId" TEXT,
ADD COLUMN     "testCadenceDays" INTEGER NOT NULL DEFAULT 365;

-- AlterTable
ALTER TABLE "System" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "departmentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessFunction" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "productId" TEXT,
    "departmentId" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "impactGrid" JSONB NOT NULL DEFAULT '{}',
    "costPerHour" DOUBLE PRECISION,
    "mtdMinutes" DOUBLE PRECISION,
    "rtoMinutes" DOUBLE PRECISION,
    "rpoMinutes" DOUBLE PRECISION,
    "wrtMinutes" DOUBLE PRECISION,
    "mtdOverrideReason" TEXT NOT NULL DEFAULT '',
    "rtoOverrideReason" TEXT NOT NULL DEFAULT '',
    "manualRank" INTEGER,
    "manualRankReason" TEXT NOT NULL DEFAULT '',
    "tierId" TEXT,
    "vitalRecords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BusinessFunction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryTier" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "maxRtoMinutes" DOUBLE PRECISION NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecoveryTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsistencyGroup" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "maxSkewMinutes" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsistencyGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanSection" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL DEFAULT '',
    "departmentId" TEXT,
    "email" TEXT NOT NULL DEFAULT '',
    "workPhone" TEXT NOT NULL DEFAULT '',
    "mobilePhone" TEXT NOT NULL DEFAULT '',
    "afterHoursPhone" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeMember" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "functionalArea" TEXT NOT NULL DEFAULT '',
    "role" "CommitteeRole" NOT NULL DEFAULT 'member',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitteeMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ErtRole" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "responsibilities" TEXT NOT NULL DEFAULT '',
    "primaryId" TEXT,
    "alternateId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ErtRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Exercise" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "type" "ExerciseType" NOT NULL,
    "title" TEXT NOT NULL,
    "conductedOn" TIMESTAMP(3) NOT NULL,
    "objectives" TEXT NOT NULL DEFAULT '',
    "successCriteria" TEXT NOT NULL DEFAULT '',
    "narrative" TEXT NOT NULL DEFAULT '',
    "result" "ExerciseResult" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Exercise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExerciseMeasurement" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "systemId" TEXT NOT NULL,
    "locationKey" TEXT NOT NULL,
    "restoreMinutes" DOUBLE PRECISION NOT NULL,
    "dataLossMinutes" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "usedGB" DOUBLE PRECISION,
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ExerciseMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "exerciseId" TEXT,
    "description" TEXT NOT NULL,
    "severity" "FindingSeverity" NOT NULL,
    "ownerId" TEXT,
    "dueOn" DATE,
    "status" "FindingStatus" NOT NULL DEFAULT 'open',
    "closedNote" TEXT NOT NULL DEFAULT '',
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "exerciseId" TEXT,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InventoryRegister" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ownerId" TEXT,
    "lastReviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InventoryRegister_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InventoryItem" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "expiresOn" DATE,
    "label" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InventoryItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Threat" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "category" "ThreatCategory" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "likelihood" INTEGER NOT NULL,
    "impact" INTEGER NOT NULL,
    "existingControls" TEXT NOT NULL DEFAULT '',
    "mitigation" TEXT NOT NULL DEFAULT '',
    "ownerId" TEXT,
    "residualLikelihood" INTEGER,
    "residualImpact" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Threat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Scenario" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ScenarioKind" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "at" TIMESTAMP(3),
    "declareMinutes" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "containmentMinutes" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "cleanBefore" TIMESTAMP(3),
    "lostHostKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_FunctionSystems" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_FunctionSystems_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_FunctionKeyPeople" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_FunctionKeyPeople_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_FunctionVendors" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_FunctionVendors_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_FunctionFacilities" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_FunctionFacilities_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ExerciseFunctions" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ExerciseFunctions_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ConsistencyGroupToSystem" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ConsistencyGroupToSystem_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ExerciseSystems" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ExerciseSystems_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ExerciseScenarios" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ExerciseScenarios_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ExerciseParticipants" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ExerciseParticipants_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ScenarioThreats" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ScenarioThreats_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ScenarioLostSites" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ScenarioLostSites_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Product_orgId_idx" ON "Product"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "Product_planId_name_key" ON "Product"("planId", "name");

-- CreateIndex
CREATE INDEX "BusinessFunction_orgId_idx" ON "BusinessFunction"("orgId");

-- CreateIndex
CREATE INDEX "BusinessFunction_planId_mtdMinutes_idx" ON "BusinessFunction"("planId", "mtdMinutes");

-- CreateIndex
CREATE UNIQUE INDEX "BusinessFunction_planId_name_key" ON "BusinessFunction"("planId", "name");

-- CreateIndex
CREATE INDEX "RecoveryTier_orgId_idx" ON "RecoveryTier"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "RecoveryTier_planId_name_key" ON "RecoveryTier"("planId", "name");

-- CreateIndex
CREATE INDEX "ConsistencyGroup_orgId_idx" ON "ConsistencyGroup"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsistencyGroup_planId_key_key" ON "ConsistencyGroup"("planId", "key");

-- CreateIndex
CREATE INDEX "PlanSection_orgId_idx" ON "PlanSection"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanSection_planId_key_key" ON "PlanSection"("planId", "key");

-- CreateIndex
CREATE INDEX "Person_orgId_name_idx" ON "Person"("orgId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Person_orgId_name_email_key" ON "Person"("orgId", "name", "email");

-- CreateIndex
CREATE INDEX "CommitteeMember_orgId_idx" ON "CommitteeMember"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeMember_planId_personId_key" ON "CommitteeMember"("planId", "personId");

-- CreateIndex
CREATE INDEX "ErtRole_orgId_idx" ON "ErtRole"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "ErtRole_planId_title_key" ON "ErtRole"("planId", "title");

-- CreateIndex
CREATE INDEX "Exercise_planId_conductedOn_idx" ON "Exercise"("planId", "conductedOn");

-- CreateIndex
CREATE INDEX "Exercise_orgId_idx" ON "Exercise"("orgId");

-- CreateIndex
CREATE INDEX "ExerciseMeasurement_orgId_idx" ON "ExerciseMeasurement"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "ExerciseMeasurement_exerciseId_systemId_locationKey_key" ON "ExerciseMeasurement"("exerciseId", "systemId", "locationKey");

-- CreateIndex
CREATE INDEX "Finding_planId_status_idx" ON "Finding"("planId", "status");

-- CreateIndex
CREATE INDEX "Finding_orgId_idx" ON "Finding"("orgId");

-- CreateIndex
CREATE INDEX "Attachment_exerciseId_idx" ON "Attachment"("exerciseId");

-- CreateIndex
CREATE INDEX "Attachment_orgId_idx" ON "Attachment"("orgId");

-- CreateIndex
CREATE INDEX "InventoryRegister_orgId_idx" ON "InventoryRegister"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "InventoryRegister_planId_kind_key" ON "InventoryRegister"("planId", "kind");

-- CreateIndex
CREATE INDEX "InventoryItem_planId_kind_idx" ON "InventoryItem"("planId", "kind");

-- CreateIndex
CREATE INDEX "InventoryItem_planId_expiresOn_idx" ON "InventoryItem"("planId", "expiresOn");

-- CreateIndex
CREATE INDEX "InventoryItem_orgId_idx" ON "InventoryItem"("orgId");

-- CreateIndex
CREATE INDEX "Threat_orgId_idx" ON "Threat"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "Threat_planId_title_key" ON "Threat"("planId", "title");

-- CreateIndex
CREATE INDEX "Scenario_orgId_idx" ON "Scenario"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "Scenario_planId_key_key" ON "Scenario"("planId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Scenario_planId_name_key" ON "Scenario"("planId", "name");

-- CreateIndex
CREATE INDEX "_FunctionSystems_B_index" ON "_FunctionSystems"("B");

-- CreateIndex
CREATE INDEX "_FunctionKeyPeople_B_index" ON "_FunctionKeyPeople"("B");

-- CreateIndex
CREATE INDEX "_FunctionVendors_B_index" ON "_FunctionVendors"("B");

-- CreateIndex
CREATE INDEX "_FunctionFacilities_B_index" ON "_FunctionFacilities"("B");

-- CreateIndex
CREATE INDEX "_ExerciseFunctions_B_index" ON "_ExerciseFunctions"("B");

-- CreateIndex
CREATE INDEX "_ConsistencyGroupToSystem_B_index" ON "_ConsistencyGroupToSystem"("B");

-- CreateIndex
CREATE INDEX "_ExerciseSystems_B_index" ON "_ExerciseSystems"("B");

-- CreateIndex
CREATE INDEX "_ExerciseScenarios_B_index" ON "_ExerciseScenarios"("B");

-- CreateIndex
CREATE INDEX "_ExerciseParticipants_B_index" ON "_ExerciseParticipants"("B");

-- CreateIndex
CREATE INDEX "_ScenarioThreats_B_index" ON "_ScenarioThreats"("B");

-- CreateIndex
CREATE INDEX "_ScenarioLostSites_B_index" ON "_ScenarioLostSites"("B");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_sponsorId_fkey" FOREIGN KEY ("sponsorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessFunction" ADD CONSTRAINT "BusinessFunction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessFunction" ADD CONSTRAINT "BusinessFunction_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessFunction" ADD CONSTRAINT "BusinessFunction_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessFunction" ADD CONSTRAINT "BusinessFunction_tierId_fkey" FOREIGN KEY ("tierId") REFERENCES "RecoveryTier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryTier" ADD CONSTRAINT "RecoveryTier_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsistencyGroup" ADD CONSTRAINT "ConsistencyGroup_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSection" ADD CONSTRAINT "PlanSection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeMember" ADD CONSTRAINT "CommitteeMember_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeMember" ADD CONSTRAINT "CommitteeMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErtRole" ADD CONSTRAINT "ErtRole_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErtRole" ADD CONSTRAINT "ErtRole_primaryId_fkey" FOREIGN KEY ("primaryId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ErtRole" ADD CONSTRAINT "ErtRole_alternateId_fkey" FOREIGN KEY ("alternateId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exercise" ADD CONSTRAINT "Exercise_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseMeasurement" ADD CONSTRAINT "ExerciseMeasurement_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseMeasurement" ADD CONSTRAINT "ExerciseMeasurement_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryRegister" ADD CONSTRAINT "InventoryRegister_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryRegister" ADD CONSTRAINT "InventoryRegister_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryItem" ADD CONSTRAINT "InventoryItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Threat" ADD CONSTRAINT "Threat_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Threat" ADD CONSTRAINT "Threat_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scenario" ADD CONSTRAINT "Scenario_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FunctionSystems" ADD CONSTRAINT "_FunctionSystems_A_fkey" FOREIGN KEY ("A") REFERENCES "BusinessFunction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FunctionSystems" ADD CONSTRAINT "_FunctionSystems_B_fkey" FOREIGN KEY ("B") REFERENCES "System"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FunctionKeyPeople" ADD CONSTRAINT "_FunctionKeyPeople_A_fkey" FOREIGN KEY ("A") REFERENCES "BusinessFunction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FunctionKeyPeople" ADD CONSTRAINT "_FunctionKeyPeople_B_fkey" FOREIGN KEY ("B") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FunctionVendors" ADD CONSTRAINT "_FunctionVendors_A_fkey" FOREIGN KEY ("A") REFERENCES "BusinessFunction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FunctionVendors" ADD CONSTRAINT "_FunctionVendors_B_fkey" FOREIGN KEY ("B") REFERENCES "InventoryItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FunctionFacilities" ADD CONSTRAINT "_FunctionFacilities_A_fkey" FOREIGN KEY ("A") REFERENCES "BusinessFunction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FunctionFacilities" ADD CONSTRAINT "_FunctionFacilities_B_fkey" FOREIGN KEY ("B") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ExerciseFunctions" ADD CONSTRAINT "_ExerciseFunctions_A_fkey" FOREIGN KEY ("A") REFERENCES "BusinessFunction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ExerciseFunctions" ADD CONSTRAINT "_ExerciseFunctions_B_fkey" FOREIGN KEY ("B") REFERENCES "Exercise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ConsistencyGroupToSystem" ADD CONSTRAINT "_ConsistencyGroupToSystem_A_fkey" FOREIGN KEY ("A") REFERENCES "ConsistencyGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ConsistencyGroupToSystem" ADD CONSTRAINT "_ConsistencyGroupToSystem_B_fkey" FOREIGN KEY ("B") REFERENCES "System"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ExerciseSystems" ADD CONSTRAINT "_ExerciseSystems_A_fkey" FOREIGN KEY ("A") REFERENCES "Exercise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ExerciseSystems" ADD CONSTRAINT "_ExerciseSystems_B_fkey" FOREIGN KEY ("B") REFERENCES "System"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ExerciseScenarios" ADD CONSTRAINT "_ExerciseScenarios_A_fkey" FOREIGN KEY ("A") REFERENCES "Exercise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ExerciseScenarios" ADD CONSTRAINT "_ExerciseScenarios_B_fkey" FOREIGN KEY ("B") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ExerciseParticipants" ADD CONSTRAINT "_ExerciseParticipants_A_fkey" FOREIGN KEY ("A") REFERENCES "Exercise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ExerciseParticipants" ADD CONSTRAINT "_ExerciseParticipants_B_fkey" FOREIGN KEY ("B") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ScenarioThreats" ADD CONSTRAINT "_ScenarioThreats_A_fkey" FOREIGN KEY ("A") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ScenarioThreats" ADD CONSTRAINT "_ScenarioThreats_B_fkey" FOREIGN KEY ("B") REFERENCES "Threat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ScenarioLostSites" ADD CONSTRAINT "_ScenarioLostSites_A_fkey" FOREIGN KEY ("A") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ScenarioLostSites" ADD CONSTRAINT "_ScenarioLostSites_B_fkey" FOREIGN KEY ("B") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;
