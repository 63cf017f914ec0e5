import "server-only";
import type { Tx } from "@/lib/db/client";
import { EXPORT_KIND, FORMAT_VERSION, type OrgExport } from "@/lib/exports/format";
import { orgTables, quote, type OrgTable } from "@/lib/exports/org-tables";

/** Rows read per round trip; a table with bytea columns (attachments, reports) is read one row at a time. */
const PAGE_ROWS = 500;

/** The migrations the database has applied, in order. */
export async function appliedMigrations(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ name: string }[]>`
    SELECT migration_name::text AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`;
  return rows.map((row) => row.name);
}

export async function latestMigration(tx: Tx): Promise<string> {
  return (await appliedMigrations(tx)).at(-1) ?? "";
}

export type ExportedOrganization = OrgExport["organization"];

export function findExportedOrganization(tx: Tx, orgId: string): Promise<ExportedOrganization> {
  return tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: { id: true, slug: true, name: true } });
}

/**
 * An organisation's rows, a page at a time through a cursor (never the whole table in memory),
 * each as the JSON text of the file: Postgres writes the row (row_to_json, so importing it with
 * json_populate_recordset gives back the same values) with its bytea columns already as base64.
 */
async function* tableRows(tx: Tx, table: OrgTable, orgId: string): AsyncGenerator<string[]> {
  const columns = table.columns
    .map((column) => (table.binary.includes(column) ? `translate(encode(${quote(column)}, 'base64'), E'\\n', '') AS ${quote(column)}` : quote(column)))
    .join(", ");
  const order = (table.columns.includes("id") ? ["id"] : table.columns).map((column) => `t.${quote(column)}`).join(", ");
  const page = table.binary.length ? 1 : PAGE_ROWS;
  await tx.$executeRawUnsafe(
    `DECLARE org_export NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM (SELECT ${columns} FROM ${quote(table.name)} WHERE ${table.where}) t ORDER BY ${order}`,
    orgId,
  );
  for (;;) {
    const rows = await tx.$queryRawUnsafe<{ row: string }[]>(`FETCH ${page} FROM org_export`);
    // Parsed and written again, so the file is exactly JSON.stringify's (as it always was).
    if (rows.length) yield rows.map(({ row }) => JSON.stringify(JSON.parse(row)));
    if (rows.length < page) break;
  }
  await tx.$executeRawUnsafe(`CLOSE org_export`);
}

/**
 * Every row of an organisation, table by table in foreign-key order, as the pieces of one JSON
 * document (format.ts): the same text JSON.stringify would make of the whole, without ever holding
 * the whole. Read through `tx`, whose snapshot makes it one consistent picture.
 */
export async function* orgExportJson(tx: Tx, { organization, now = new Date() }: { organization: ExportedOrganization; now?: Date }): AsyncGenerator<string> {
  const head: Omit<OrgExport, "tables"> = { kind: EXPORT_KIND, formatVersion: FORMAT_VERSION, exportedAt: now.toISOString(), migration: await latestMigration(tx), organization };
  yield `${JSON.stringify(head).slice(0, -1)},"tables":[`;
  let tables = 0;
  for (const table of await orgTables(tx)) {
    yield `${tables++ ? "," : ""}${JSON.stringify({ name: table.name, binary: table.binary }).slice(0, -1)},"rows":[`;
    let rows = 0;
    for await (const page of tableRows(tx, table, organization.id)) {
      yield `${rows ? "," : ""}${page.join(",")}`;
      rows += page.length;
    }
    yield "]}";
  }
  yield "]}";
}
