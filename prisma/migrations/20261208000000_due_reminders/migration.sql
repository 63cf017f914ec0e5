-- Reminders of what falls due (docs/decisions/0066): what each organisation's members were told,
-- so the daily run tells them once. A new table only: an export made before this migration has
-- no reminders and imports (lib/exports/compatible-migrations.ts).
CREATE TYPE "ReminderSubject" AS ENUM ('approval', 'test', 'finding', 'review');

CREATE TYPE "ReminderStage" AS ENUM ('soon', 'overdue');

CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "subject" "ReminderSubject" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "stage" "ReminderStage" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Reminder_orgId_subject_subjectId_dueOn_stage_key" ON "Reminder"("orgId", "subject", "subjectId", "dueOn", "stage");

ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
