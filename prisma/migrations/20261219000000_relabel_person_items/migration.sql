-- The labels of register items that name a person (the call list's "1 — Priya Shah", the
-- distribution register's "3 — Tom Reed") were written only when the item was saved, so a person
-- renamed or deleted since is still named by their old name. The app now writes them again on
-- each rename and deletion (lib/inventories/relabel-person-items.ts); this writes the ones left
-- stale before, as labelOf (lib/inventories/item-schema.ts) computes them: the label fields' values
-- joined by " — ", blanks left out, a person by their name, or "(removed person)" for one deleted.
-- Only the label is written: the items keep their version and "updatedAt".
-- Those plans were marked changed since approval by the rename or deletion itself (the person's
-- revision trigger, docs/decisions/0005); the label catching up changes nothing a person edited,
-- so the items' revision trigger is off for the statement. Prisma runs this file as one
-- transaction: a failure leaves the trigger on.
ALTER TABLE "InventoryItem" DISABLE TRIGGER "InventoryItem_revision";

WITH person_labelled(kind, number_key, person_key) AS (
  VALUES ('call_list', 'order', 'person'), ('distribution', 'copyNumber', 'holder')
), relabelled AS (
  SELECT i.id, left(concat_ws(' — ',
    NULLIF(i.data->>l.number_key, ''),
    CASE WHEN NULLIF(i.data->>l.person_key, '') IS NOT NULL THEN
      COALESCE((SELECT p.name FROM "Person" p WHERE p.id = i.data->>l.person_key AND p."orgId" = i."orgId"), '(removed person)')
    END
  ), 300) AS label
  FROM "InventoryItem" i JOIN person_labelled l ON l.kind = i.kind
)
UPDATE "InventoryItem" i SET label = r.label
FROM relabelled r
WHERE i.id = r.id AND i.label IS DISTINCT FROM r.label;

ALTER TABLE "InventoryItem" ENABLE TRIGGER "InventoryItem_revision";
