/**
 * The SQL that copies a plan's content into a new plan (docs/decisions/0054), built from the
 * database's own list of tables, columns and foreign keys (lib/exports/org-tables.ts), so a column
 * added later is copied without anyone remembering to. One INSERT … SELECT per table, run inside
 * Postgres: a plan of 2,000 systems is copied without its rows ever leaving the database.
 *
 * Each statement takes the source plan's id as $1 and the new plan's as $2. A copied row's id is
 * made from the new plan's id and the row's own ('c' and 24 hex digits, a cuid's shape), so every
 * reference to a copied row is remapped by the same expression, with no table of old and new ids;
 * references to the organisation's own rows (people, sites, departments) are kept as they are.
 * Pure.
 */
import { COPIED, LEFT_ROWS, NOT_COPIED } from "@/lib/plans/plan-content";

export type CatalogTable = { name: string; columns: string[]; references: { column: string; target: string }[] };

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** The id a copied row gets in the new plan ($2): the same for the row and for every reference to it. */
export const newId = (expression: string) => `'c' || substr(md5($2::text || ':' || ${expression}), 1, 24)`;

const ownsPlanRows = (table: CatalogTable) => table.columns.includes("planId") || table.references.some((r) => r.target === "Plan");

/**
 * The tables that hold a plan's rows: those with a planId (or a foreign key to the plan), and
 * those whose rows belong to one of them (a policy's copies, the link tables), the plan itself aside.
 */
export function planTables(tables: readonly CatalogTable[]): string[] {
  const found = new Set(tables.filter((t) => t.name !== "Plan" && ownsPlanRows(t)).map((t) => t.name));
  let grew = true;
  while (grew) {
    grew = false;
    for (const table of tables) {
      if (table.name === "Plan" || found.has(table.name) || !table.references.some((r) => found.has(r.target))) continue;
      found.add(table.name);
      grew = true;
    }
  }
  return [...found].sort();
}

/** Tables of a plan's rows that neither list names: a copy would not know what to do with them. */
export function unclassifiedTables(tables: readonly CatalogTable[]): string[] {
  return planTables(tables).filter((name) => !Object.hasOwn(COPIED, name) && !Object.hasOwn(NOT_COPIED, name));
}

/** Copied tables in foreign-key order: a row's references are copied before it. */
function copyOrder(copied: Map<string, CatalogTable>): CatalogTable[] {
  const ordered: CatalogTable[] = [];
  const pending = new Map(copied);
  while (pending.size) {
    const ready = [...pending.values()].filter((t) => !t.references.some((r) => r.target !== t.name && pending.has(r.target)));
    if (ready.length === 0) throw new Error(`Circular foreign keys between ${[...pending.keys()].join(", ")}.`);
    for (const table of ready.sort((a, b) => a.name.localeCompare(b.name))) {
      ordered.push(table);
      pending.delete(table.name);
    }
  }
  return ordered;
}

/**
 * One statement per copied table, in the order they must run. Throws when the database has a
 * table of a plan's rows that plan-content.ts does not name, or a copied table that refers to one
 * a copy leaves behind (its copies would point into the source plan's records).
 */
export function copyStatements(tables: readonly CatalogTable[]): string[] {
  const unknown = unclassifiedTables(tables);
  if (unknown.length) throw new Error(`A copy of a plan does not know ${unknown.join(", ")}: name each in COPIED or NOT_COPIED (lib/plans/plan-content.ts).`);
  const byName = new Map(tables.map((t) => [t.name, t]));
  const copied = new Map(
    Object.keys(COPIED).map((name) => {
      const table = byName.get(name);
      if (!table) throw new Error(`The database has no table ${name}, which lib/plans/plan-content.ts copies.`);
      return [name, table];
    }),
  );
  const left = new Set(planTables(tables).filter((name) => !copied.has(name)));

  // Which rows of each copied table are copied: its plan's, or those of the row it belongs to.
  const scopeOf = new Map<string, { condition: string; via: string | null; filtered: boolean }>();
  const scope = (table: CatalogTable): { condition: string; via: string | null; filtered: boolean } => {
    const known = scopeOf.get(table.name);
    if (known) return known;
    const leftRows = LEFT_ROWS[table.name];
    let base: { condition: string; via: string | null; filtered: boolean };
    if (table.columns.includes("planId")) base = { condition: `"planId" = $1::text`, via: "planId", filtered: false };
    else {
      const parent = table.references.find((r) => r.target !== table.name && copied.has(r.target));
      if (!parent) throw new Error(`${table.name} has no reference to a copied table to copy its rows by.`);
      const of = scope(copied.get(parent.target)!);
      base = { condition: `${quote(parent.column)} IN (SELECT "id" FROM ${quote(parent.target)} WHERE ${of.condition})`, via: parent.column, filtered: of.filtered };
    }
    const result = leftRows ? { ...base, condition: `${base.condition} AND ${leftRows.keep}`, filtered: true } : base;
    scopeOf.set(table.name, result);
    return result;
  };

  return copyOrder(copied).map((table) => {
    const { condition, via } = scope(table);
    const conditions = [condition];
    const values = table.columns.map((column) => {
      const reference = table.references.find((r) => r.column === column);
      if (column === "planId" || reference?.target === "Plan") return "$2::text";
      if (reference && left.has(reference.target)) {
        throw new Error(`${table.name}.${column} refers to ${reference.target}, which a copy of a plan leaves behind.`);
      }
      if (reference && copied.has(reference.target)) {
        const target = copied.get(reference.target)!;
        // A link to a row left behind (LEFT_ROWS) stays behind with it.
        if (column !== via && scope(target).filtered) {
          conditions.push(`(${quote(column)} IS NULL OR ${quote(column)} IN (SELECT "id" FROM ${quote(target.name)} WHERE ${scope(target).condition}))`);
        }
        return newId(quote(column));
      }
      if (column === "id" && !reference) return newId(`"id"`);
      return quote(column);
    });
    const columns = table.columns.map(quote).join(", ");
    return `INSERT INTO ${quote(table.name)} (${columns}) SELECT ${values.join(", ")} FROM ${quote(table.name)} WHERE ${conditions.join(" AND ")}`;
  });
}
