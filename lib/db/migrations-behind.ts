import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db/client";

/** How long a check's answer is reused: the health check is polled every few seconds. */
const CACHE_MS = 15_000;

let cached: { at: number; behind: Promise<number> } | undefined;

/** The migrations this release ships: the folders of prisma/migrations (`npm run db:migrate` applies them). */
export function shippedMigrations(dir = path.join(process.cwd(), "prisma", "migrations")): string[] {
  // Read at run time, never traced into the build's file list (the comment keeps Turbopack from tracing the whole project).
  return readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/**
 * How many of the release's migrations the database lacks (none recorded as finished and not rolled
 * back in Prisma's _prisma_migrations), reused for CACHE_MS. A database never migrated lacks them
 * all. Throws when Postgres cannot be reached, as any query does.
 */
export function migrationsBehind({ now = Date.now() }: { now?: number } = {}): Promise<number> {
  if (!cached || now - cached.at >= CACHE_MS) {
    const behind = countBehind();
    cached = { at: now, behind };
    // A failed check (Postgres down) is not reused.
    behind.catch(() => {
      if (cached?.behind === behind) cached = undefined;
    });
  }
  return cached.behind;
}

async function countBehind(): Promise<number> {
  const [{ exists }] = await db.$queryRaw<{ exists: boolean }[]>`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists`;
  const applied = exists
    ? await db.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
    : [];
  const done = new Set(applied.map((row) => row.name));
  return shippedMigrations().filter((name) => !done.has(name)).length;
}

/** What the health check answers and the server logs when the database is behind. */
export function migrationsBehindMessage(behind: number): string {
  return `The database is ${behind === 1 ? "1 migration" : `${behind} migrations`} behind this release: run npm run db:migrate.`;
}
