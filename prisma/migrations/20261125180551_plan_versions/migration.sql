-- CreateEnum
CREATE TYPE "VersionStatus" AS ENUM ('submitted', 'approved', 'rejected', 'withdrawn', 'superseded');

-- CreateEnum
CREATE TYPE "ApprovalDecision" AS ENUM ('approved', 'rejected');

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "contentRevision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reviewCadenceDays" INTEGER NOT NULL DEFAULT 365;

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "VersionStatus" NOT NULL DEFAULT 'submitted',
    "snapshot" JSONB NOT NULL,
    "hash" TEXT NOT NULL,
    "contentRevision" INTEGER NOT NULL,
    "requiredApproverIds" TEXT[],
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT NOT NULL DEFAULT '',
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Approval" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "approverId" TEXT NOT NULL,
    "decision" "ApprovalDecision" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "statement" TEXT NOT NULL,
    "versionHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Approval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanApprover" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "PlanApprover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "planId" TEXT,
    "versionId" TEXT,
    "message" TEXT NOT NULL,
    "href" TEXT NOT NULL DEFAULT '',
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanVersion_orgId_status_idx" ON "PlanVersion"("orgId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_planId_number_key" ON "PlanVersion"("planId", "number");

-- CreateIndex
CREATE INDEX "Approval_orgId_idx" ON "Approval"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "Approval_versionId_approverId_key" ON "Approval"("versionId", "approverId");

-- CreateIndex
CREATE INDEX "PlanApprover_orgId_idx" ON "PlanApprover"("orgId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanApprover_planId_userId_key" ON "PlanApprover"("planId", "userId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanApprover" ADD CONSTRAINT "PlanApprover_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanApprover" ADD CONSTRAINT "PlanApprover_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- contentRevision: every change to a plan's content bumps its plan's counter, whoever makes it,
-- so "changed since approval" needs no cooperation from the features that edit a plan.

-- Rows that carry "planId".
CREATE FUNCTION bump_plan_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE "Plan" SET "contentRevision" = "contentRevision" + 1 WHERE id = OLD."planId";
  END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."planId" IS DISTINCT FROM OLD."planId") THEN
    UPDATE "Plan" SET "contentRevision" = "contentRevision" + 1 WHERE id = NEW."planId";
  END IF;
  RETURN NULL;
END;
$$;

-- Implicit many-to-many link tables: column "A" always names a row of a table with "planId"
-- (TG_ARGV[0]).
CREATE FUNCTION bump_plan_revision_via_link() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent TEXT;
BEGIN
  IF TG_OP = 'DELETE' THEN parent := OLD."A"; ELSE parent := NEW."A"; END IF;
  EXECUTE format('UPDATE "Plan" SET "contentRevision" = "contentRevision" + 1 WHERE id = (SELECT "planId" FROM %I WHERE id = $1)', TG_ARGV[0])
    USING parent;
  RETURN NULL;
END;
$$;

-- Measurements belong to a test, which belongs to a plan.
CREATE FUNCTION bump_plan_revision_via_exercise() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  exercise TEXT;
BEGIN
  IF TG_OP = 'DELETE' THEN exercise := OLD."exerciseId"; ELSE exercise := NEW."exerciseId"; END IF;
  UPDATE "Plan" SET "contentRevision" = "contentRevision" + 1
    WHERE id = (SELECT "planId" FROM "Exercise" WHERE id = exercise);
  RETURN NULL;
END;
$$;

-- People are shared by every plan of the organisation (contacts appear in each plan).
CREATE FUNCTION bump_org_plan_revisions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Plan" SET "contentRevision" = "contentRevision" + 1
    WHERE "orgId" = COALESCE(NEW."orgId", OLD."orgId");
  RETURN NULL;
END;
$$;

-- Direct edits of the plan's own content columns (not its status, settings or the counter).
CREATE FUNCTION plan_own_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."contentRevision" = OLD."contentRevision"
     AND (NEW.name, NEW.description, NEW."sponsorId", NEW."endorsedOn")
         IS DISTINCT FROM (OLD.name, OLD.description, OLD."sponsorId", OLD."endorsedOn") THEN
    NEW."contentRevision" := OLD."contentRevision" + 1;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Plan_own_revision" BEFORE UPDATE ON "Plan" FOR EACH ROW EXECUTE FUNCTION plan_own_revision();

CREATE TRIGGER "System_revision" AFTER INSERT OR UPDATE OR DELETE ON "System" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "CommitteeMember_revision" AFTER INSERT OR UPDATE OR DELETE ON "CommitteeMember" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "ErtRole_revision" AFTER INSERT OR UPDATE OR DELETE ON "ErtRole" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "Threat_revision" AFTER INSERT OR UPDATE OR DELETE ON "Threat" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "Scenario_revision" AFTER INSERT OR UPDATE OR DELETE ON "Scenario" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "Product_revision" AFTER INSERT OR UPDATE OR DELETE ON "Product" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "BusinessFunction_revision" AFTER INSERT OR UPDATE OR DELETE ON "BusinessFunction" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "RecoveryTier_revision" AFTER INSERT OR UPDATE OR DELETE ON "RecoveryTier" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "ConsistencyGroup_revision" AFTER INSERT OR UPDATE OR DELETE ON "ConsistencyGroup" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "PlanSection_revision" AFTER INSERT OR UPDATE OR DELETE ON "PlanSection" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "InventoryRegister_revision" AFTER INSERT OR UPDATE OR DELETE ON "InventoryRegister" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "InventoryItem_revision" AFTER INSERT OR UPDATE OR DELETE ON "InventoryItem" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "Exercise_revision" AFTER INSERT OR UPDATE OR DELETE ON "Exercise" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "Finding_revision" AFTER INSERT OR UPDATE OR DELETE ON "Finding" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "Attachment_revision" AFTER INSERT OR UPDATE OR DELETE ON "Attachment" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision();
CREATE TRIGGER "ExerciseMeasurement_revision" AFTER INSERT OR UPDATE OR DELETE ON "ExerciseMeasurement" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_exercise();
CREATE TRIGGER "Person_revision" AFTER INSERT OR UPDATE OR DELETE ON "Person" FOR EACH ROW EXECUTE FUNCTION bump_org_plan_revisions();

CREATE TRIGGER "_FunctionSystems_revision" AFTER INSERT OR DELETE ON "_FunctionSystems" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_link('BusinessFunction');
CREATE TRIGGER "_FunctionKeyPeople_revision" AFTER INSERT OR DELETE ON "_FunctionKeyPeople" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_link('BusinessFunction');
CREATE TRIGGER "_FunctionVendors_revision" AFTER INSERT OR DELETE ON "_FunctionVendors" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_link('BusinessFunction');
CREATE TRIGGER "_FunctionFacilities_revision" AFTER INSERT OR DELETE ON "_FunctionFacilities" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_link('BusinessFunction');
CREATE TRIGGER "_ExerciseFunctions_revision" AFTER INSERT OR DELETE ON "_ExerciseFunctions" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_link('BusinessFunction');
CREATE TRIGGER "_ScenarioThreats_revision" AFTER INSERT OR DELETE ON "_ScenarioThreats" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_link('Scenario');
CREATE TRIGGER "_ScenarioLostSites_revision" AFTER INSERT OR DELETE ON "_ScenarioLostSites" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_link('Scenario');
CREATE TRIGGER "_ExerciseSystems_revision" AFTER INSERT OR DELETE ON "_ExerciseSystems" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_link('Exercise');
CREATE TRIGGER "_ExerciseScenarios_revision" AFTER INSERT OR DELETE ON "_ExerciseScenarios" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_link('Exercise');
CREATE TRIGGER "_ExerciseParticipants_revision" AFTER INSERT OR DELETE ON "_ExerciseParticipants" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_link('Exercise');
CREATE TRIGGER "_ConsistencyGroupToSystem_revision" AFTER INSERT OR DELETE ON "_ConsistencyGroupToSystem" FOR EACH ROW EXECUTE FUNCTION bump_plan_revision_via_link('ConsistencyGroup');
