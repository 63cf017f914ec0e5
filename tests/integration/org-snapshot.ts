import { db, type Tx } from "@/lib/db/client";
import { orgTables, quote } from "@/lib/exports/org-tables";

let snapshotSql = "";

/**
 * A row `x` as text for a snapshot, less a notification's e-mail delivery columns: those belong to
 * the outbox worker (lib/notifications/deliver-emails.ts), which the e-mail tests run against the
 * whole database while other files snapshot their organisations; no use case writes them.
 */
export const ROW_TEXT = `(to_jsonb(x) - '{emailedAt,emailAttempts,emailNextAt,emailError,emailFailedAt}'::text[])::text`;

/**
 * Every row of an organisation, table by table (lib/exports' table list), as one comparable
 * value: "row count:md5 of the rows" per table (ROW_TEXT). Equal snapshots mean nothing was written.
 */
export async function orgSnapshot(orgId: string): Promise<Record<string, string>> {
  if (!snapshotSql) {
    const tables = await orgTables(db as unknown as Tx);
    snapshotSql = `SELECT ${tables
      .map((t) => `(SELECT count(*)::text || ':' || coalesce(md5(string_agg(${ROW_TEXT}, '|' ORDER BY ${ROW_TEXT})), '') FROM ${quote(t.name)} x WHERE ${t.where}) AS ${quote(t.name)}`)
      .join(", ")}`;
  }
  const [row] = await db.$queryRawUnsafe<Record<string, string>[]>(snapshotSql, orgId);
  return row;
}
