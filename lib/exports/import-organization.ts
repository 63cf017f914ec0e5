import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { exportFromText, importOrgData } from "@/lib/exports/import-org-data";

/** Restores an exported organisation next to the actor's (an administrator moving or recovering one). */
export async function importOrganization({ actor, text }: { actor: Actor; text: string }) {
  authorize(actor, "org:export");
  return db.$transaction(
    async (tx) => {
      const { organization, ...result } = await importOrgData(tx, exportFromText(() => [text]));
      await recordAudit(tx, { actor, action: "org.imported", entityType: "organization", entityId: organization.id, planId: null, after: { slug: organization.slug, ...result } });
      return { organization, ...result };
    },
    { timeout: 300_000 },
  );
}
