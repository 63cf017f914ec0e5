import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { importOrgData, parseOrgExport } from "@/lib/exports/import-org-data";

/** Restores an exported organisation next to the actor's (an administrator moving or recovering one). */
export async function importOrganization({ actor, text }: { actor: Actor; text: string }) {
  authorize(actor, "org:export");
  const data = parseOrgExport(text);
  return db.$transaction(
    async (tx) => {
      const result = await importOrgData(tx, data);
      await recordAudit(tx, { actor, action: "org.imported", entityType: "organization", entityId: data.organization.id, planId: null, after: { slug: data.organization.slug, ...result } });
      return { organization: data.organization, ...result };
    },
    { timeout: 300_000 },
  );
}
