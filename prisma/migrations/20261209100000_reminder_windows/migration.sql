-- Reminder windows set by each organisation, and the reminder of a plan never tested (decision 68).
-- Columns with the defaults the windows had as constants (decision 66), so an organisation made
-- before, and an export made before this migration, keep reminding as they did
-- (lib/exports/compatible-migrations.ts); the bounds are the settings form's (reminder-windows.ts).
ALTER TABLE "Organization"
  ADD COLUMN "approvalReminderDays" INTEGER NOT NULL DEFAULT 30,
  ADD COLUMN "testReminderDays" INTEGER NOT NULL DEFAULT 14,
  ADD COLUMN "reminderSettingsVersion" INTEGER NOT NULL DEFAULT 1;

ALTER TABLE "Organization" ADD CONSTRAINT "Organization_reminder_windows_check"
  CHECK ("approvalReminderDays" BETWEEN 7 AND 90 AND "testReminderDays" BETWEEN 1 AND 60);

-- A plan never tested is reminded once, keyed on the day it was created: a stage of its own, so it
-- can never share a key with a test's "soon" or "overdue" reminder.
ALTER TYPE "ReminderStage" ADD VALUE 'never';
