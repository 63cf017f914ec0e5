-- A system's name is unique within its plan whatever its letter case: "sql01" beside "SQL01" is
-- the same server to people, and imports already match names without regard to case.
-- Prisma's schema cannot state an index on an expression, so this one lives in SQL only.
CREATE UNIQUE INDEX "System_planId_lower_name_key" ON "System"("planId", lower("name"));
