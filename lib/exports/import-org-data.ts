import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { EXPORT_KIND, FORMAT_VERSION } from "@/lib/exports/format";
import { appliedMigrations } from "@/lib/exports/export-org-data";
import { importableAt } from "@/lib/exports/compatible-migrations";
import { orgTables, quote, type OrgTable } from "@/lib/exports/org-tables";
import { ExportTextError, readExportEvents, type ExportEvent } from "@/lib/exports/read-export-events";
import { checkOrgExport, importedEmail } from "@/lib/exports/check-org-export";
import { readOlderRows } from "@/lib/exports/older-rows";
import { forgetQueryArguments } from "@/lib/db/forget-query-arguments";
import { MIN_GROUP_SYSTEMS } from "@/lib/priorities/group-size";
import { formatInstant } from "@/lib/days";

const CHUNK = 500;

const headSchema = z.object({
  kind: z.literal(EXPORT_KIND, { error: "This is not a Continuity organisation export." }),
  formatVersion: z.literal(FORMAT_VERSION, { error: `Only format version ${FORMAT_VERSION} can be imported.` }),
  exportedAt: z.string(),
  migration: z.string(),
  organization: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
});
const tableSchema = z.object({ name: z.string(), binary: z.array(z.string()) });
const rowSchema = z.record(z.string(), z.unknown());

type Head = z.infer<typeof headSchema>;

/** The file, read again from its start each time it is called: an import reads it twice. */
export type ExportSource = () => AsyncIterable<ExportEvent>;

/** An export held as text: a whole string (the web page's upload) or a file's chunks (the script). */
export function exportFromText(read: () => AsyncIterable<string> | Iterable<string>): ExportSource {
  return () => readExportEvents(read());
}

const refuse = (message: string) => new AppError("VALIDATION", message, { file: message });

function checked<T>(schema: z.ZodType<T>, value: unknown, fallback: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw refuse(parsed.error.issues[0]?.message ?? fallback);
  return parsed.data;
}

/** The file's events, with its faults as the import's validation errors. */
async function* eventsOf(source: ExportSource): AsyncGenerator<ExportEvent> {
  try {
    yield* source();
  } catch (error) {
    if (error instanceof ExportTextError) throw refuse(error.message);
    throw error;
  }
}

/**
 * A copy that holds none of the file's text: V8 may keep a string parsed from a large text as a
 * slice of it, so one kept id would keep its whole chunk of the file (a megabyte) alive.
 */
const detached = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

type TableOutline = { header: z.infer<typeof tableSchema>; columns: Set<string>; rows: Record<string, unknown>[] };

/**
 * The first reading: the file's head and, per table, which columns its rows have and each row's
 * identity and references only (what checkOrgExport and the restore need, a user's e-mail for
 * checkOrgExport and takenEmails, and an audit row's hash for chainWarnings; never the evidence
 * files), so that a file with gigabytes of evidence is checked in the memory of its ids.
 */
async function outlineExport(source: ExportSource, known: Map<string, OrgTable>): Promise<{ head: Head; tables: TableOutline[] }> {
  const fields: Record<string, unknown> = {};
  let head: Head | null = null;
  const tables: TableOutline[] = [];
  let keep = new Set<string>();
  for await (const event of eventsOf(source)) {
    if (event.kind === "field") fields[event.key] = detached(event.value);
    else if (event.kind === "table") {
      // JSON.stringify writes the head before the tables: a file that is not an export is named
      // as such before its tables are looked at.
      head ??= checked(headSchema, fields, "The file is not an organisation export.");
      const header = detached(checked(tableSchema, event.header, "The file is not an organisation export."));
      const meta = known.get(header.name);
      if (!meta) throw new AppError("CONFLICT", `The export has a table ${header.name} this instance does not know.`);
      keep = new Set(["id", "orgId", "userId", "slug", "contentRevision", "hash", ...(header.name === "User" ? ["email"] : []), ...meta.references.map((r) => r.column)]);
      tables.push({ header, columns: new Set(), rows: [] });
    } else {
      const table = tables[tables.length - 1];
      const row = checked(rowSchema, event.row, `The file's ${table.header.name} rows must be objects.`);
      for (const column of Object.keys(row)) table.columns.add(column);
      table.rows.push(detached(Object.fromEntries(Object.entries(row).filter(([column]) => keep.has(column)))));
    }
  }
  head ??= checked(headSchema, fields, "The file is not an organisation export.");
  return { head, tables };
}

/**
 * A user of the file whose address, as it will be stored, already signs in to an account of this
 * instance: the database's unique index would refuse it too, in words naming no row.
 */
async function takenEmails(tx: Tx, users: Record<string, unknown>[]): Promise<void> {
  const emails = users.map((row) => importedEmail(row.email)).filter((email): email is string => typeof email === "string");
  const taken = await tx.user.findFirst({ where: { email: { in: emails } }, select: { email: true } });
  if (!taken) return;
  const message = `The file's User row ${users.findIndex((row) => importedEmail(row.email) === taken.email) + 1} has the e-mail address (email) “${taken.email}”, which an account of this instance already has (capitals and spaces set aside). Nothing was imported.`;
  throw new AppError("VALIDATION", message, { file: message });
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
 * Tables whose rows are written in an order of their own rather than the file's: the audit log's,
 * which the database chains as the rows are written (decision 60): by their number in a file that
 * has them, else (a file made before the chain) by when they were written, as the migration that
 * made the chain numbered the rows it found. Read a batch at a time like any table, their rows wait
 * in a temporary table and are written from it in that order, in one statement.
 */
const WRITTEN_IN_ORDER: Record<string, string> = { AuditLog: `"seq", "createdAt", "id"` };

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
  // The restored rows are chained as the transaction commits; sealed now, to be compared. Only
  // this organisation's chain is taken, new and so waited on by no one.
  await tx.$executeRawUnsafe(`SET CONSTRAINTS "AuditLog_chain" IMMEDIATE`);
  await tx.$executeRawUnsafe(`SET CONSTRAINTS "AuditLog_chain" DEFERRED`);
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
 * the file is not self-contained (checkOrgExport). Users' e-mails are stored trimmed and
 * lower-cased, as sign-in looks them up, and refused where two then share one, or one an account
 * of this instance has. `warnings` name what was restored as the file
 * holds it but needs attention (restoreWarnings). The file is read twice, a row at a time: once
 * to check it, once to write it, so memory holds its ids and one batch of rows, whatever its size.
 * Audit rows are written in their chain's order and chained again by the database (decision 60):
 * an unchanged file gives back the chain it was exported with, and a warning says where a changed
 * one departs from it (chainWarnings).
 */
export async function importOrgData(tx: Tx, source: ExportSource): Promise<{ organization: Head["organization"]; tables: number; rows: number; warnings: string[] }> {
  const known = new Map((await orgTables(tx)).map((t) => [t.name, t]));
  const { head, tables } = await outlineExport(source, known);
  const applied = await appliedMigrations(tx);
  if (!importableAt(head.migration, applied)) {
    throw new AppError("CONFLICT", `The export was made by an instance at database migration ${head.migration}; upgrade both to the same release first.`);
  }
  if (await tx.organization.findUnique({ where: { slug: head.organization.slug }, select: { id: true } })) {
    throw new AppError("CONFLICT", `This instance already has an organisation "${head.organization.slug}".`);
  }
  checkOrgExport({ ...head, tables: tables.map((t) => ({ ...t.header, rows: t.rows })) }, known);
  await takenEmails(tx, tables.find((t) => t.header.name === "User")?.rows ?? []);

  let table: TableOutline | undefined;
  let index = -1;
  let batch: Record<string, unknown>[] = [];
  let rows = 0;
  // The columns the file has: one it lacks (added since it was made) takes its default.
  const columnsOf = ({ header, columns }: TableOutline) => known.get(header.name)!.columns.filter((column) => columns.has(column)).map(quote).join(", ");
  const staging = (name: string) => quote(`import_${name}`);
  const flush = async () => {
    if (!table || batch.length === 0) return;
    const { header } = table;
    const list = columnsOf(table);
    const name = quote(header.name);
    const into = WRITTEN_IN_ORDER[header.name] ? staging(header.name) : name;
    const json = JSON.stringify(batch);
    batch = [];
    await restoreRows(header.name, () => tx.$executeRawUnsafe(`INSERT INTO ${into} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${name}, $1::json)`, json));
    if (header.binary.length) forgetQueryArguments();
  };
  const finishTable = async () => {
    await flush();
    const order = table && WRITTEN_IN_ORDER[table.header.name];
    if (!table || !order) return;
    const list = columnsOf(table);
    const from = staging(table.header.name);
    if (table.rows.length) await restoreRows(table.header.name, () => tx.$executeRawUnsafe(`INSERT INTO ${quote(table!.header.name)} (${list}) SELECT ${list} FROM ${from} ORDER BY ${order}`));
    await tx.$executeRawUnsafe(`DROP TABLE ${from}`);
  };
  for await (const event of eventsOf(source)) {
    if (event.kind === "table") {
      await finishTable();
      table = tables[++index];
      if (WRITTEN_IN_ORDER[table.header.name]) {
        await tx.$executeRawUnsafe(`CREATE TEMP TABLE ${staging(table.header.name)} (LIKE ${quote(table.header.name)} INCLUDING DEFAULTS) ON COMMIT DROP`);
      }
    } else if (event.kind === "row" && table) {
      const copy = { ...(event.row as Record<string, unknown>) };
      // Decoded only now, one row at a time: a statement with hundreds of evidence files (up to
      // 10 MB each) would pass V8's longest string.
      for (const column of table.header.binary) if (typeof copy[column] === "string") copy[column] = `\\x${Buffer.from(copy[column] as string, "base64").toString("hex")}`;
      if (table.header.name === "User" && "email" in copy) copy.email = importedEmail(copy.email);
      batch.push(copy);
      rows += 1;
      if (batch.length >= (table.header.binary.length ? 1 : CHUNK)) await flush();
    }
  }
  await finishTable();
  if (index !== tables.length - 1 || rows !== tables.reduce((sum, t) => sum + t.rows.length, 0)) {
    throw refuse("The file changed while it was being imported. Nothing was imported.");
  }
  await readOlderRows(tx, { migration: head.migration, applied, orgId: head.organization.id });
  // Inserting a plan's content bumped its revision counter (database triggers); put back the
  // exported values so "changed since approval" reads as it did.
  const plans = tables.find((t) => t.header.name === "Plan")?.rows ?? [];
  if (plans.length) {
    await restoreRows("Plan", () =>
      tx.$executeRawUnsafe(
        `UPDATE "Plan" p SET "contentRevision" = x."contentRevision" FROM json_populate_recordset(NULL::"Plan", $1::json) x WHERE p.id = x.id`,
        JSON.stringify(plans.map((p) => ({ id: p.id, contentRevision: p.contentRevision }))),
      ),
    );
  }
  const audit = tables.find((t) => t.header.name === "AuditLog")?.rows ?? [];
  const warnings = [...(await restoreWarnings(tx, head.organization.id)), ...(await chainWarnings(tx, head.organization.id, audit))];
  return { organization: head.organization, tables: tables.length, rows, warnings };
}
