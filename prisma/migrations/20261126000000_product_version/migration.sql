-- Products get a version for optimistic concurrency (docs/decisions/0007), replacing the check on
-- the name and description the form started from. The Product_revision trigger already covers
-- every column of the table, so it needs no change.
ALTER TABLE "Product" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
