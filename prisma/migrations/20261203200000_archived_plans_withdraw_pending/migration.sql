-- Archiving a plan now withdraws the version awaiting approval in the same transaction
-- (decision 43, lib/plans/archive-plan.ts). A version left waiting on a plan archived before is
-- withdrawn the same way here: an audit row beside the plan's (no actor: the migration did it),
-- its approvers' "asks you to approve" settled, and decided at the archive's instant, which is how
-- the restore dialog knows the archive withdrew it.

INSERT INTO "AuditLog" ("id", "orgId", "action", "entityType", "entityId", "planId", "before", "after", "createdAt")
SELECT 'c' || substr(md5('archived-plan-withdrawal:' || v."id"), 1, 24), v."orgId", 'plan.version_withdrawn', 'plan_version', v."id", v."planId",
       jsonb_build_object('status', 'submitted'),
       jsonb_build_object('status', 'withdrawn', 'reason', 'The plan was archived.'),
       CURRENT_TIMESTAMP
FROM "PlanVersion" v
JOIN "Plan" p ON p."id" = v."planId"
WHERE v."status" = 'submitted' AND p."status" = 'archived';

UPDATE "Notification" n
SET "readAt" = CURRENT_TIMESTAMP
FROM "PlanVersion" v
JOIN "Plan" p ON p."id" = v."planId"
WHERE n."versionId" = v."id" AND n."readAt" IS NULL AND n."userId" = ANY(v."requiredApproverIds")
  AND v."status" = 'submitted' AND p."status" = 'archived';

UPDATE "PlanVersion" v
SET "status" = 'withdrawn', "decidedAt" = COALESCE(p."archivedAt", CURRENT_TIMESTAMP)
FROM "Plan" p
WHERE p."id" = v."planId" AND v."status" = 'submitted' AND p."status" = 'archived';
