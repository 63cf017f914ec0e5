-- Titles and labels sort as a reader orders them, as names do (docs/decisions/0091, 0088):
-- "alpha", "Beta", "Émile", "zulu", not every capital before every small letter and accented
-- letters after "z". The collation is decision 88's, so a list of threats, tests, response team
-- roles, incidents, register items or a test's files reads in the same order as one of names.
-- Deterministic: equal titles and labels are the same ones as before, so the unique indexes
-- (ErtRole and Threat titles, lower(title) among them) hold the same rule; they are rebuilt in the
-- new order. No trigger lists these columns in an UPDATE OF.
ALTER TABLE "Threat" ALTER COLUMN "title" TYPE TEXT COLLATE "by_name";
ALTER TABLE "Exercise" ALTER COLUMN "title" TYPE TEXT COLLATE "by_name";
ALTER TABLE "ErtRole" ALTER COLUMN "title" TYPE TEXT COLLATE "by_name";
ALTER TABLE "Incident" ALTER COLUMN "title" TYPE TEXT COLLATE "by_name";
ALTER TABLE "InventoryItem" ALTER COLUMN "label" TYPE TEXT COLLATE "by_name";
ALTER TABLE "Attachment" ALTER COLUMN "fileName" TYPE TEXT COLLATE "by_name";
