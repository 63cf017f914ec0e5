/**
 * A database behind on migrations (the release was upgraded, `npm run db:migrate` not yet run):
 * the health check says so with 503 instead of "ok" while pages fail. This file works in a
 * database of its own, migrated and then made to lack the release's last migration.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseIfMissing, dropDatabase, migrate, withDatabase } from "../../scripts/lib/database";
import { db } from "@/lib/db/client";
import { migrationsBehind, shippedMigrations } from "@/lib/db/migrations-behind";
import { GET } from "@/app/api/health/route";

const adminUrl = withDatabase(process.env.DATABASE_URL!, "postgres");
const name = `continuity_behind_${randomBytes(4).toString("hex")}`;
const url = withDatabase(adminUrl, name);
const last = shippedMigrations().sort().at(-1)!;

beforeAll(async () => {
  await createDatabaseIfMissing(adminUrl, name);
  await migrate(url);
  process.env.DATABASE_URL = url;
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  await dropDatabase(adminUrl, name);
});

// Each check is a minute after the last, past the answer's reuse.
let clock = Date.now();
const later = () => (clock += 60_000);

describe("a database behind on migrations", () => {
  it("answers ok when every migration of the release is applied", async () => {
    expect(shippedMigrations().length).toBeGreaterThan(20);
    expect(await migrationsBehind({ now: later() })).toBe(0);
  });

  it("counts a migration missing from _prisma_migrations, and one rolled back, and the health check answers 503 saying so", async () => {
    await db.$executeRaw`CREATE TABLE saved_migration AS SELECT * FROM _prisma_migrations WHERE migration_name = ${last}`;
    await db.$executeRaw`DELETE FROM _prisma_migrations WHERE migration_name = ${last}`;
    expect(await migrationsBehind({ now: later() })).toBe(1);

    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", message: "The database is 1 migration behind this release: run npm run db:migrate." });

    const [{ name: another }] = await db.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM _prisma_migrations ORDER BY migration_name LIMIT 1`;
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = ${another}`;
    expect(await migrationsBehind({ now: later() })).toBe(2);
  });

  it("reuses its answer briefly, then sees the database caught up", async () => {
    const at = later();
    expect(await migrationsBehind({ now: at })).toBe(2);
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL`;
    expect(await migrationsBehind({ now: at + 1000 })).toBe(2);
    await db.$executeRaw`INSERT INTO _prisma_migrations SELECT * FROM saved_migration`;
    expect(await migrationsBehind({ now: later() })).toBe(0);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
