-- Sessions signed out before their absolute end, so a copy of the cookie is refused (decision 90).
-- No foreign key to "User": the organisation export takes every table that references an
-- organisation's rows (lib/exports/org-tables.ts), and these are no organisation's data.
CREATE TABLE "EndedSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EndedSession_pkey" PRIMARY KEY ("id")
);

-- Each sign-out purges the rows past their end.
CREATE INDEX "EndedSession_endsAt_idx" ON "EndedSession"("endsAt");
