import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { EXPORT_KIND, FORMAT_VERSION, type OrgExport } from "@/lib/exports/format";
import { appliedMigrations } from "@/lib/exports/export-org-data";
import { importableAt } from "@/lib/exports/compatible-migrations";
import { orgTables, quote } from "@/lib/exports/org-tables";
import { checkOrgExport } from "@/lib/exports/check-org-export";
import { readOlderRows } from "@/lib/exports/older-rows";
import { MIN_GROUP_SYSTEMS } from "@/lib/priorities/group-size";
import { formatInstant } from "@/lib/days";

const CHUNK = 500;

const exportSchema = z.object({
  kind: z.literal(EXPORT_KIND, { error: "This is not a Continuity organisation export." }),
  formatVersion: z.literal(FORMAT_VERSION, { error: `Only format version ${FORMAT_VERSION} can be imported.` }),
  exportedAt: z.string(),
  migration: z.string(),
  organization: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  tables: z.array(z.object({ name: z.string(), binary: z.array(z.string()), rows: z.array(z.record(z.string(), z.unknown())) })),
});

export function parseOrgExport(text: string): OrgExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", "The file is not valid JSON.", { file: "The file is not valid JSON." });
  }
  const parsed = exportSchema.safeParse(json);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "The file is not an organisation export.";
    throw new AppError("VALIDATION", message, { file: message });
  }
  return parsed.data as OrgExport;
}

/**
 * Runs one statement that writes the file's rows. Postgres refusing them (a value of the wrong
 * type, a missing column, a broken reference: a hand-edited or damaged file) is the file's fault,
 * so it is reported as such rather than as a server error; the transaction rolls back whole.
 */
async function restoreRows(table: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    // P2010: Postgres answered the raw statement with an error (not a lost connection).
    if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2010") throw error;
    const reason = (error as { meta?: { message?: unknown } }).meta?.message;
    const message = `The file's ${table} rows could not be restored${typeof reason === "string" ? `: ${reason}` : ""}. Nothing was imported.`;
    throw new AppError("VALIDATION", message, { file: message });
  }
}

/**
 * What the restored organisation holds that the app would not let anyone save now, in words: a
 * consistency group with fewer than two systems (a file exported before the two-system rule, or
 * one a system's deletion left so). Restored as it was (refusing it would block restoring an old
 * backup); the recovery assessment leaves such a group out until it has a second system.
 */
async function restoreWarnings(tx: Tx, orgId: string): Promise<string[]> {
  const groups = await tx.consistencyGroup.findMany({
    where: { orgId },
    orderBy: [{ plan: { name: "asc" } }, { key: "asc" }],
    select: { name: true, plan: { select: { name: true } }, systems: { orderBy: { name: "asc" }, select: { name: true } } },
  });
  return groups
    .filter((g) => g.systems.length < MIN_GROUP_SYSTEMS)
    .map((g) => {
      const held = g.systems.length === 1 ? `only ${g.systems[0].name}` : "no systems";
      const needs = g.systems.length === 1 ? "a second system" : "two systems";
      return `Consistency group “${g.name}” in plan “${g.plan.name}” was restored with ${held}: it needs ${needs} before it counts (until then the recovery assessment leaves it out). Add ${g.systems.length === 1 ? "one" : "them"} on the plan's Priorities page, or delete the group.`;
    });
}

/**
 * An organisation's audit rows in the order they were chained: by their number in a file that
 * has them, else (a file made before the chain) by when they were written, as the migration that
 * made the chain numbered the rows it found. The database chains each row again as it is written
 * (decision 60), so they must be written in this order.
 */
function inChainOrder(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const key = (row: Record<string, unknown>) => [typeof row.seq === "number" ? row.seq : 0, String(row.createdAt ?? ""), String(row.id ?? "")] as const;
  return rows.toSorted((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0) || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
  });
}

/**
 * Whether the audit chain made again on import is the one the file was exported with: the same
 * rows in the same order give the same hashes, so a row of the file whose hash differs from its
 * restored row's was edited, added or had rows removed before it since the export. Restored all
 * the same (the restored chain is whole, made from what the file holds), with a warning naming
 * the first such entry. Nothing to compare for a file made before the chain.
 */
async function chainWarnings(tx: Tx, orgId: string, rows: Record<string, unknown>[]): Promise<string[]> {
  const exported = rows.filter((row) => typeof row.hash === "string").map((row) => ({ id: row.id, hash: row.hash }));
  if (exported.length === 0) return [];
  const [first] = await tx.$queryRaw<{ seq: number; createdAt: Date }[]>`
    SELECT a."seq", a."createdAt" FROM "AuditLog" a JOIN json_to_recordset(${JSON.stringify(exported)}::json) AS f("id" text, "hash" text) ON f."id" = a."id"
    WHERE a."orgId" = ${orgId} AND a."hash" <> f."hash" ORDER BY a."seq" LIMIT 1`;
  if (!first) return [];
  return [
    `The audit log in the file does not match the chain it was exported with from entry #${first.seq.toLocaleString("en-GB")} (${formatInstant(first.createdAt)}): the file was changed after the export. It was restored as the file holds it, chained afresh; compare its chain head with the exporting instance's before relying on it.`,
  ];
}

/**
 * Restores an exported organisation, ids included (so every relation and every version hash
 * stays valid), inside the caller's transaction: all of it or nothing. Refused when the slug is
 * taken, when the database schema differs from the exporting instance's in more than columns
 * added since (compatible-migrations.ts: a column the file's rows lack takes its default, or what
 * the migration wrote into the rows it found, older-rows.ts), or when
 * the file is not self-contained (checkOrgExport). `warnings` name what was restored as the file
 * holds it but needs attention (restoreWarnings). Audit rows are written in their chain's order
 * and chained again by the database (decision 60): an unchanged file gives back the chain it was
 * exported with, and a warning says where a changed one departs from it (chainWarnings).
 */
export async function importOrgData(tx: Tx, data: OrgExport): Promise<{ tables: number; rows: number; warnings: string[] }> {
  const applied = await appliedMigrations(tx);
  if (!importableAt(data.migration, applied)) {
    throw new AppError("CONFLICT", `The export was made by an instance at database migration ${data.migration}; upgrade both to the same release first.`);
  }
  if (await tx.organization.findUnique({ where: { slug: data.organization.slug }, select: { id: true } })) {
    throw new AppError("CONFLICT", `This instance already has an organisation "${data.organization.slug}".`);
  }
  const known = new Map((await orgTables(tx)).map((t) => [t.name, t]));
  checkOrgExport(data, known);
  let rows = 0;
  for (const table of data.tables) {
    // The columns the file has: one it lacks (added since it was made) takes its default.
    const columns = known.get(table.name)!.columns.filter((column) => table.rows.some((row) => Object.hasOwn(row, column))).map(quote).join(", ");
    const name = quote(table.name);
    // Rows with bytea columns (evidence files of up to 10 MB) are written one at a time, decoded
    // only then: a statement with hundreds of them would pass V8's longest string.
    const chunk = table.binary.length ? 1 : CHUNK;
    const ordered = table.name === "AuditLog" ? inChainOrder(table.rows) : table.rows;
    for (let i = 0; i < ordered.length; i += chunk) {
      const decoded = ordered.slice(i, i + chunk).map((row) => {
        const copy = { ...row };
        for (const column of table.binary) if (typeof copy[column] === "string") copy[column] = `\\x${Buffer.from(copy[column] as string, "base64").toString("hex")}`;
        return copy;
      });
      // In the file's order (the audit chain's, for its rows).
      const insert = `INSERT INTO ${name} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${name}, $1::json) WITH ORDINALITY AS r ORDER BY r."ordinality"`;
      await restoreRows(table.name, () => tx.$executeRawUnsafe(insert, JSON.stringify(decoded)));
    }
    rows += table.rows.length;
  }
  await readOlderRows(tx, { migration: data.migration, applied, orgId: data.organization.id });
  // Inserting a plan's content bumped its revision counter (database triggers); put back the
  // exported values so "changed since approval" reads as it did.
  const plans = data.tables.find((t) => t.name === "Plan")?.rows ?? [];
  if (plans.length) {
    await restoreRows("Plan", () =>
      tx.$executeRawUnsafe(
        `UPDATE "Plan" p SET "contentRevision" = x."contentRevision" FROM json_populate_recordset(NULL::"Plan", $1::json) x WHERE p.id = x.id`,
        JSON.stringify(plans.map((p) => ({ id: p.id, contentRevision: p.contentRevision }))),
      ),
    );
  }
  const audit = data.tables.find((t) => t.name === "AuditLog")?.rows ?? [];
  const warnings = [...(await restoreWarnings(tx, data.organization.id)), ...(await chainWarnings(tx, data.organization.id, audit))];
  return { tables: data.tables.length, rows, warnings };
}
