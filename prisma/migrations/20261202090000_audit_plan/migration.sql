-- Audit rows name the plan their record belongs to, so the audit log can be filtered by plan
-- (docs/decisions/0025). Null: the organisation's own records (members, settings, people, sites,
-- departments, imports and exports). No foreign key: a plan's rows outlive the plan, and the
-- table refuses the UPDATE a cascade would need.
ALTER TABLE "AuditLog" ADD COLUMN "planId" TEXT;

-- The rows written before: their plan by the rules the log's Plan column read them by
-- (lib/audit/audit-names.ts, lib/audit/list-audit.ts), and, for a record deleted since whose own
-- row named no plan, by the plan its other rows name (as the PDF's audit trail read them). The
-- append-only trigger is off for these two statements only; Prisma runs this file as one
-- transaction, so a failure leaves the trigger on and the column unmade.
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only";

-- A plan's own row is about the plan; any other, about the plan its record holds now (found in
-- the row's organisation only), the plan a register's "<plan id>:<kind>" names, or the plan its
-- snapshot names. Never another organisation's plan.
UPDATE "AuditLog" a
SET "planId" = found."planId"
FROM (
  SELECT l."id", COALESCE(
    CASE WHEN lower(l."entityType") = 'plan' THEN l."entityId" END,
    r."planId",
    substring(l."entityId" FROM '^(c[a-z0-9]{20,31}):[a-z_]+$'),
    CASE WHEN jsonb_typeof(l."after" -> 'planId') = 'string' THEN NULLIF(l."after" ->> 'planId', '') END,
    CASE WHEN jsonb_typeof(l."before" -> 'planId') = 'string' THEN NULLIF(l."before" ->> 'planId', '') END
  ) AS "planId"
  FROM "AuditLog" l
  LEFT JOIN (
    SELECT "id", "orgId", "id" AS "planId" FROM "Plan"
    UNION ALL SELECT "id", "orgId", "planId" FROM "PlanVersion"
    UNION ALL SELECT "id", "orgId", "planId" FROM "PlanSection"
    UNION ALL SELECT "id", "orgId", "planId" FROM "BusinessFunction"
    UNION ALL SELECT "id", "orgId", "planId" FROM "Product"
    UNION ALL SELECT "id", "orgId", "planId" FROM "RecoveryTier"
    UNION ALL SELECT "id", "orgId", "planId" FROM "ConsistencyGroup"
    UNION ALL SELECT "id", "orgId", "planId" FROM "Threat"
    UNION ALL SELECT "id", "orgId", "planId" FROM "Scenario"
    UNION ALL SELECT "id", "orgId", "planId" FROM "ErtRole"
    UNION ALL SELECT "id", "orgId", "planId" FROM "CommitteeMember"
    UNION ALL SELECT "id", "orgId", "planId" FROM "System"
    UNION ALL SELECT "id", "orgId", "planId" FROM "Host"
    UNION ALL SELECT "id", "orgId", "planId" FROM "BackupLocation"
    UNION ALL SELECT "id", "orgId", "planId" FROM "BackupPolicy"
    UNION ALL SELECT "id", "orgId", "planId" FROM "Replica"
    UNION ALL SELECT "id", "orgId", "planId" FROM "InventoryRegister"
    UNION ALL SELECT "id", "orgId", "planId" FROM "InventoryItem"
    UNION ALL SELECT "id", "orgId", "planId" FROM "Exercise"
    UNION ALL SELECT "id", "orgId", "planId" FROM "Finding"
    UNION ALL SELECT "id", "orgId", "planId" FROM "Report"
  ) r ON r."id" = l."entityId" AND r."orgId" = l."orgId"
  WHERE l."planId" IS NULL
) found
WHERE a."id" = found."id"
  AND found."planId" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "Plan" p WHERE p."id" = found."planId" AND p."orgId" <> a."orgId");

-- A record deleted since (a host, a policy) whose delete row kept no plan id: the plan its other
-- rows name, when they all name the same one.
UPDATE "AuditLog" a
SET "planId" = s."planId"
FROM (
  SELECT "orgId", lower("entityType") AS "entityType", "entityId", min("planId") AS "planId"
  FROM "AuditLog"
  WHERE "planId" IS NOT NULL
  GROUP BY "orgId", lower("entityType"), "entityId"
  HAVING count(DISTINCT "planId") = 1
) s
WHERE a."planId" IS NULL
  AND a."orgId" = s."orgId"
  AND lower(a."entityType") = s."entityType"
  AND a."entityId" = s."entityId";

ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only";

-- The log filtered by plan, newest first, a page at a time.
CREATE INDEX "AuditLog_orgId_planId_createdAt_idx" ON "AuditLog"("orgId", "planId", "createdAt");
