-- Each plan's latest recovery assessment in counts, with the content revision it assessed, for the
-- plan list (docs/decisions/0027): stored so that every instance shows it and a restart keeps it.
-- One row per plan, gone with the plan. No content-revision trigger (decision 5): the row is
-- derived from the plan, and storing it must not make the plan read as changed.
CREATE TABLE "PlanReadiness" (
    "planId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "contentRevision" INTEGER NOT NULL,
    "assessedAt" TIMESTAMP(3) NOT NULL,
    "issues" INTEGER NOT NULL,
    "systems" INTEGER NOT NULL,
    "notAssessed" INTEGER NOT NULL,
    "scenarios" INTEGER NOT NULL,
    "meetingEvery" INTEGER NOT NULL,
    "functionsOverMtd" INTEGER NOT NULL,

    CONSTRAINT "PlanReadiness_pkey" PRIMARY KEY ("planId")
);

CREATE INDEX "PlanReadiness_orgId_idx" ON "PlanReadiness"("orgId");

ALTER TABLE "PlanReadiness" ADD CONSTRAINT "PlanReadiness_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
