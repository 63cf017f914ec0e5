import "server-only";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { streamInTransaction } from "@/lib/db/stream-in-transaction";
import { findExportedOrganization, orgExportJson } from "@/lib/exports/export-org-data";

/**
 * How long an export may take, reader included: the transaction stays open while a slow client
 * downloads, and is rolled back (the download broken) past this.
 */
const EXPORT_TIMEOUT_MS = 30 * 60_000;

/**
 * The actor's whole organisation as a stream of JSON, for backup or moving to another instance.
 * Read in one repeatable-read transaction (a consistent picture, however long the download); the
 * export's own audit row is in it. Resolves once the audit row is written and the organisation
 * read, so a refusal or an outage is still an error status rather than a broken download.
 */
export async function exportOrganization({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  authorize(actor, "org:export");
  const { head: organization, stream } = await streamInTransaction({
    options: { isolationLevel: "RepeatableRead", timeout: EXPORT_TIMEOUT_MS },
    head: async (tx) => {
      await recordAudit(tx, { actor, action: "org.exported", entityType: "organization", entityId: actor.orgId, planId: null });
      return findExportedOrganization(tx, actor.orgId);
    },
    body: (tx, organization) => orgExportJson(tx, { organization, now }),
  });
  return { filename: `continuity-${organization.slug}-${now.toISOString().slice(0, 10)}.json`, stream };
}
