-- Each organisation's impact categories (the rows of the BIA impact grid), in order, as
-- [{ "key", "label" }] (docs/decisions/0021). Every organisation starts with the five categories
-- that were built in, under the same keys the stored grids use, so no grid changes meaning.
ALTER TABLE "Organization" ADD COLUMN "impactCategories" JSONB NOT NULL DEFAULT '[{"key":"financial","label":"Financial"},{"key":"operational","label":"Operational"},{"key":"legal_regulatory","label":"Legal / regulatory"},{"key":"reputational","label":"Reputational"},{"key":"customer","label":"Customer"}]';
