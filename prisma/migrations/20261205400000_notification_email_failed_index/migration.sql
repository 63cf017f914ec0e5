-- Administrators see how many of their organisation's notification e-mails failed for good, on
-- every page they open (the header's warning) and on Settings → Notification e-mail: counted by
-- organisation and when the worker gave up, so the count reads an index, not the whole table.
CREATE INDEX "Notification_orgId_emailFailedAt_idx" ON "Notification"("orgId", "emailFailedAt");
