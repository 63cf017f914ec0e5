import { readFileSync } from "node:fs";
import { db, type Tx } from "@/lib/db/client";

/**
 * The statements of a committed migration (prisma/migrations/<name>/migration.sql), its comments
 * left out, from the first one that starts with `from` through the first after it that starts
 * with `through` (all of them without either): a test runs the backfill part of a migration on
 * rows it made, after the schema part has run already.
 */
export function migrationStatements({ name, from, through }: { name: string; from?: string; through?: string }): string[] {
  const sql = readFileSync(new URL(`../../prisma/migrations/${name}/migration.sql`, import.meta.url), "utf8");
  const statements = sql
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("--"))
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
  const index = (prefix: string, after: number) => {
    const found = statements.findIndex((statement, i) => i >= after && statement.startsWith(prefix));
    if (found < 0) throw new Error(`${name} has no statement that starts with ${prefix}.`);
    return found;
  };
  const start = from === undefined ? 0 : index(from, 0);
  const end = through === undefined ? statements.length - 1 : index(through, start);
  return statements.slice(start, end + 1);
}

class RolledBack extends Error {}

/**
 * Runs `statements` on the shared test database, then `read`, inside a transaction that is rolled
 * back: the other test files' rows are never changed, and the locks are held only while it runs.
 * Returns what `read` found.
 */
export async function inRolledBackTransaction<T>(statements: string[], read: (tx: Tx) => Promise<T>): Promise<T> {
  let found: T | undefined;
  await db
    .$transaction(
      async (tx) => {
        for (const statement of statements) await tx.$executeRawUnsafe(statement);
        found = await read(tx);
        throw new RolledBack();
      },
      { timeout: 60_000, maxWait: 30_000 },
    )
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return found as T;
}
