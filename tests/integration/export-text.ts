import type { Actor } from "@/lib/auth/context";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { exportOrganization } from "@/lib/exports/export-organization";
import { findExportedOrganization, orgExportJson } from "@/lib/exports/export-org-data";
import { parseOrgExport } from "@/lib/exports/import-org-data";
import type { OrgExport } from "@/lib/exports/format";

/** The organisation export the download route streams, read whole (small test organisations). */
export async function exportText(actor: Actor): Promise<string> {
  const { stream } = await exportOrganization({ actor });
  return new Response(stream).text();
}

/** What an instance (`client`) holds of an organisation, as its export would write it. */
export async function exportedFrom(client: PrismaClient, orgId: string): Promise<OrgExport> {
  return client.$transaction(async (tx) => {
    let text = "";
    for await (const piece of orgExportJson(tx, { organization: await findExportedOrganization(tx, orgId) })) text += piece;
    return parseOrgExport(text);
  }, { timeout: 60_000 });
}
