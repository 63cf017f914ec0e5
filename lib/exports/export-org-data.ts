import "server-only";
import type { Tx } from "@/lib/db/client";
import { EXPORT_KIND, FORMAT_VERSION, type OrgExport } from "@/lib/exports/format";
import { orgTables, quote } from "@/lib/exports/org-tables";

/** The migrations the database has applied, in order. */
export async function appliedMigrations(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ name: string }[]>`
    SELECT migration_name::text AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`;
  return rows.map((row) => row.name);
}

export async function latestMigration(tx: Tx): Promise<string> {
  return (await appliedMigrations(tx)).at(-1) ?? "";
}

/**
 * Every row of an organisation, table by table, as JSON that Postgres itself produced
 * (row_to_json), so that importing it with json_populate_recordset gives back the same values.
 */
export async function exportOrgData(tx: Tx, orgId: string, now = new Date()): Promise<OrgExport> {
  const org = await tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: { id: true, slug: true, name: true } });
  const tables: OrgExport["tables"] = [];
  for (const table of await orgTables(tx)) {
    const rows = await tx.$queryRawUnsafe<{ row: Record<string, unknown> }[]>(
      `SELECT row_to_json(t) AS row FROM ${quote(table.name)} t WHERE ${table.where} ORDER BY ${table.columns.includes("id") ? `"id"` : table.columns.map(quote).join(", ")}`,
      orgId,
    );
    tables.push({
      name: table.name,
      binary: table.binary,
      rows: rows.map(({ row }) => {
        for (const column of table.binary) {
          const hex = row[column];
          if (typeof hex === "string") row[column] = Buffer.from(hex.slice(2), "hex").toString("base64");
        }
        return row;
      }),
    });
  }
  return { kind: EXPORT_KIND, formatVersion: FORMAT_VERSION, exportedAt: now.toISOString(), migration: await latestMigration(tx), organization: org, tables };
}
