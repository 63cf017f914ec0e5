-- Tiers, consistency groups and the organisation's BIA settings get a version for optimistic
-- concurrency (docs/decisions/0007), replacing the checks on the values their forms started
-- from. The RecoveryTier and ConsistencyGroup revision triggers cover every column already; the
-- organisation's settings are not plan content.
ALTER TABLE "RecoveryTier" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "ConsistencyGroup" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Organization" ADD COLUMN "biaSettingsVersion" INTEGER NOT NULL DEFAULT 1;
