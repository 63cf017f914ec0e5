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
 * Resolves once the organisation is read, so a refusal or an outage is still an error status
 * rather than a broken download. The export's audit row is written once the file is read whole,
 * before it ends, in a transaction of its own: an audit row holds its organisation's chain until
 * its transaction ends (decision 60), which must not last a download, and the chain's next row
 * cannot be written from the export's older snapshot.
 */
export async function exportOrganization({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  authorize(actor, "org:export");
  const { head: organization, stream } = await streamInTransaction({
    options: { isolationLevel: "RepeatableRead", timeout: EXPORT_TIMEOUT_MS },
    head: (tx) => findExportedOrganization(tx, actor.orgId),
    body: (tx, organization) => orgExportJson(tx, { organization, now }),
    done: () => db.$transaction((tx) => recordAudit(tx, { actor, action: "org.exported", entityType: "organization", entityId: actor.orgId, planId: null })),
  });
  return { filename: `continuity-${organization.slug}-${now.toISOString().slice(0, 10)}.json`, stream };
}
