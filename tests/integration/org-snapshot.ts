import { db, type Tx } from "@/lib/db/client";
import { orgTables, quote } from "@/lib/exports/org-tables";

let snapshotSql = "";

/**
 * Every row of an organisation, table by table (lib/exports' table list), as one comparable
 * value: "row count:md5 of the rows" per table. Equal snapshots mean nothing was written.
 */
export async function orgSnapshot(orgId: string): Promise<Record<string, string>> {
  if (!snapshotSql) {
    const tables = await orgTables(db as unknown as Tx);
    snapshotSql = `SELECT ${tables
      .map((t) => `(SELECT count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') FROM ${quote(t.name)} x WHERE ${t.where}) AS ${quote(t.name)}`)
      .join(", ")}`;
  }
  const [row] = await db.$queryRawUnsafe<Record<string, string>[]>(snapshotSql, orgId);
  return row;
}
