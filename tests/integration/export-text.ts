import type { Actor } from "@/lib/auth/context";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { exportOrganization } from "@/lib/exports/export-organization";
import { findExportedOrganization, orgExportJson } from "@/lib/exports/export-org-data";
import { exportFromText, importOrgData } from "@/lib/exports/import-org-data";
import type { Tx } from "@/lib/db/client";
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

/** The export's text as its object, for a test to read or to edit into a hand-made file. */
export function parseOrgExport(text: string): OrgExport {
  return JSON.parse(text) as OrgExport;
}

/** Imports an export (its object written out as the file's text, or the text) as the web page does. */
export function importExport(tx: Tx, data: OrgExport | string) {
  return importOrgData(tx, exportFromText(() => [typeof data === "string" ? data : JSON.stringify(data)]));
}
