import "server-only";
import { db } from "@/lib/db/client";
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
 * Read in one repeatable-read transaction (a consistent picture, however long the download).
 * Resolves once the organisation is read and the export audited, so a refusal or an outage is
 * still an error status rather than a broken download. The audit row is committed before any of
 * the file is sent (decision 76): whoever takes even part of the data is on record, as they are
 * when they take it. It is written in a transaction of its own, once the export's snapshot is
 * taken (so the file holds the log up to its own export, not that row): an audit row holds its
 * organisation's chain until its transaction ends (decision 60), which must not last a download.
 */
export async function exportOrganization({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  authorize(actor, "org:export");
  const { head: organization, stream } = await streamInTransaction({
    options: { isolationLevel: "RepeatableRead", timeout: EXPORT_TIMEOUT_MS },
    head: async (tx) => {
      const organization = await findExportedOrganization(tx, actor.orgId);
      await db.$transaction((audit) => recordAudit(audit, { actor, action: "org.exported", entityType: "organization", entityId: actor.orgId, planId: null }));
      return organization;
    },
    body: (tx, organization) => orgExportJson(tx, { organization, now }),
  });
  return { filename: `continuity-${organization.slug}-${now.toISOString().slice(0, 10)}.json`, stream };
}
