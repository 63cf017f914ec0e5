import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { exportOrgData } from "@/lib/exports/export-org-data";

/**
 * The actor's whole organisation as JSON, for backup or moving to another instance. Read in one
 * repeatable-read transaction (a consistent picture); the export's own audit row is in it.
 */
export async function exportOrganization({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  authorize(actor, "org:export");
  const data = await db.$transaction(
    async (tx) => {
      await recordAudit(tx, { actor, action: "org.exported", entityType: "organization", entityId: actor.orgId, planId: null });
      return exportOrgData(tx, actor.orgId, now);
    },
    { isolationLevel: "RepeatableRead", timeout: 120_000 },
  );
  return { filename: `continuity-${data.organization.slug}-${now.toISOString().slice(0, 10)}.json`, json: JSON.stringify(data) };
}
