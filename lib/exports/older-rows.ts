import "server-only";
import type { Tx } from "@/lib/db/client";

/** A word of a role's title or responsibilities that said it leads, as the emergency sheet read them before decision 56. */
const LEADS = String.raw`'\m(declar\w*|invok\w*|invocation|activat\w*)\M'`;

/**
 * What the rows of a file made before an additive migration mean where their new column's default
 * cannot say it: the statement the migration ran on the rows it found, run on the imported
 * organisation's rows ($1, its id). Keyed by the migration; each is the same rule as its SQL.
 */
const OLDER_ROWS: Record<string, string> = {
  // The roles whose wording said they declare or invoke lead the response (decision 56).
  "20261205200000_ert_leads_response": `UPDATE "ErtRole" SET "leadsResponse" = true WHERE "orgId" = $1 AND ("title" ~* ${LEADS} OR "responsibilities" ~* ${LEADS})`,
  // A notification's kind: about a version, an approval's; an incident's declaration or
  // stand-down, an incident's; the rest, reminders (decision 67).
  "20261209000000_notification_email_preferences": `UPDATE "Notification" SET "kind" = CASE
    WHEN "versionId" IS NOT NULL THEN 'approvals'::"NotificationKind"
    WHEN "href" ~ '^/plans/[^/]+/incidents/[^/]+$' AND "message" ~ '^Incident (declared|stood down) under “' THEN 'incidents'::"NotificationKind"
    ELSE 'reminders'::"NotificationKind"
  END WHERE "orgId" = $1`,
  // A restore point's last change, nothing later recorded: its creation.
  "20261213000000_restore_point_updated_at": `UPDATE "RestorePoint" SET "updatedAt" = "createdAt" WHERE "orgId" = $1`,
  // The call list's and distribution register's labels name their person as they are now, or
  // "(removed person)" (decision 84). The items' revision trigger bumps the plans, whose revision
  // the import puts back afterwards.
  "20261219000000_relabel_person_items": `WITH person_labelled(kind, number_key, person_key) AS (
      VALUES ('call_list', 'order', 'person'), ('distribution', 'copyNumber', 'holder')
    ), relabelled AS (
      SELECT i.id, left(concat_ws(' — ',
        NULLIF(i.data->>l.number_key, ''),
        CASE WHEN NULLIF(i.data->>l.person_key, '') IS NOT NULL THEN
          COALESCE((SELECT p.name FROM "Person" p WHERE p.id = i.data->>l.person_key AND p."orgId" = i."orgId"), '(removed person)')
        END
      ), 300) AS label
      FROM "InventoryItem" i JOIN person_labelled l ON l.kind = i.kind
      WHERE i."orgId" = $1
    )
    UPDATE "InventoryItem" i SET label = r.label FROM relabelled r WHERE i.id = r.id AND i.label IS DISTINCT FROM r.label`,
};

/**
 * Gives an imported organisation's rows what the migrations applied after its file was made
 * (`migration`) wrote into the rows they found, so that an organisation exported before a
 * release and imported after it reads as if it had been upgraded in place. `applied` is the
 * instance's migrations in order; the file's migration is one of them (importableAt).
 */
export async function readOlderRows(tx: Tx, { migration, applied, orgId }: { migration: string; applied: readonly string[]; orgId: string }): Promise<void> {
  const made = applied.indexOf(migration);
  for (const [name, statement] of Object.entries(OLDER_ROWS)) {
    if (applied.indexOf(name) > made) await tx.$executeRawUnsafe(statement, orgId);
  }
}
