-- Notification e-mail is sent by the background worker, not by the request that made the
-- notification (decision 52). A failed send is tried again later, a bounded number of times:
-- "emailAttempts" counts the tries, "emailNextAt" is when the next may start (also the lease of
-- the instance that claimed it), "emailError" the last failure's reason, and "emailFailedAt"
-- when the worker gave up. "emailedAt" is now set only once the mail server accepted the mail.
ALTER TABLE "Notification"
  ADD COLUMN "emailAttempts" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "emailNextAt" TIMESTAMP(3),
  ADD COLUMN "emailError" TEXT,
  ADD COLUMN "emailFailedAt" TIMESTAMP(3);
