import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * The tables of an organisation, read from Postgres' catalog rather than listed by hand, so a
 * table added by a later feature is exported (and imported) without anyone remembering to.
 * Each table gets the SQL condition that selects the organisation's rows, and the tables come
 * in foreign-key order (a row's references are inserted before it).
 */
export type OrgTable = { name: string; columns: string[]; binary: string[]; where: string; references: Reference[] };

/** A foreign key: `column` holds the id of a row of `target`. */
export type Reference = { column: string; target: string };

type Fk = { table: string } & Reference;

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export async function orgTables(tx: Tx): Promise<OrgTable[]> {
  const columns = await tx.$queryRaw<{ table: string; column: string; type: string }[]>`
    SELECT c.relname::text AS "table", a.attname::text AS "column", format_type(a.atttypid, a.atttypmod) AS "type"
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
    ORDER BY c.relname, a.attnum`;
  const fks = await tx.$queryRaw<Fk[]>`
    SELECT cl.relname::text AS "table", a.attname::text AS "column", tcl.relname::text AS "target"
    FROM pg_constraint con
    JOIN pg_class cl ON cl.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = cl.relnamespace
    JOIN pg_class tcl ON tcl.oid = con.confrelid
    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
    WHERE con.contype = 'f' AND n.nspname = current_schema()
    ORDER BY cl.relname, a.attname`;
  const byTable = new Map<string, { columns: string[]; binary: string[] }>();
  for (const c of columns) {
    const entry = byTable.get(c.table) ?? { columns: [], binary: [] };
    entry.columns.push(c.column);
    if (c.type === "bytea") entry.binary.push(c.column);
    byTable.set(c.table, entry);
  }

  const where = new Map<string, string>();
  where.set("Organization", `"id" = $1`);
  // Users belong to an organisation through their membership.
  where.set("User", `"id" IN (SELECT "userId" FROM "Membership" WHERE "orgId" = $1)`);
  for (const [table, { columns: cols }] of byTable) if (cols.includes("orgId")) where.set(table, `"orgId" = $1`);
  // The rest (join tables, children without orgId) through a reference to a table already scoped.
  let changed = true;
  while (changed) {
    changed = false;
    for (const table of byTable.keys()) {
      if (where.has(table)) continue;
      const via = fks.find((fk) => fk.table === table && where.has(fk.target));
      if (!via) continue;
      where.set(table, `${quote(via.column)} IN (SELECT "id" FROM ${quote(via.target)} WHERE ${where.get(via.target)})`);
      changed = true;
    }
  }

  // Foreign-key order; a self-reference does not constrain the order of tables.
  const ordered: string[] = [];
  const pending = new Set([...where.keys()]);
  while (pending.size) {
    const ready = [...pending].filter((t) => !fks.some((fk) => fk.table === t && fk.target !== t && pending.has(fk.target))).sort();
    if (ready.length === 0) throw new Error(`Circular foreign keys between ${[...pending].join(", ")}.`);
    for (const t of ready) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered.map((name) => ({
    name,
    ...byTable.get(name)!,
    where: where.get(name)!,
    references: fks.filter((fk) => fk.table === name).map(({ column, target }) => ({ column, target })),
  }));
}

export { quote };
