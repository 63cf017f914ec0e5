import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chainHash, type ChainEntry } from "@/lib/audit/audit-chain";
import { createDatabaseIfMissing, dropDatabase, withDatabase } from "../../scripts/lib/database";

const MIGRATION = "20261205700000_audit_chain";
const migrations = new URL("../../prisma/migrations/", import.meta.url);
const sql = (name: string) => readFileSync(new URL(`${name}/migration.sql`, migrations), "utf8");

// A database of this file's own, migrated to just before the chain, with rows written as they were then.
const adminUrl = () => withDatabase(process.env.DATABASE_URL!, "postgres");
const name = `continuity_it_chain_${randomBytes(4).toString("hex")}`;
let client: pg.Client;

beforeAll(async () => {
  await createDatabaseIfMissing(adminUrl(), name);
  client = new pg.Client({ connectionString: withDatabase(process.env.DATABASE_URL!, name) });
  await client.connect();
  const before = readdirSync(migrations)
    .filter((entry) => /^\d{14}_/.test(entry) && entry < MIGRATION)
    .sort();
  for (const migration of before) await client.query(sql(migration));
}, 120_000);

afterAll(async () => {
  await client?.end();
  await dropDatabase(adminUrl(), name);
});

type Row = Omit<ChainEntry, "createdAt"> & { createdAt: string; hash: string };

async function chainOf(orgId: string): Promise<Row[]> {
  const { rows } = await client.query<Row>(
    `SELECT "id", "orgId", "seq", to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", "actorId", "actorEmail", "action",
            "entityType", "entityId", "planId", "before"::text AS "before", "after"::text AS "after", "hash"
     FROM "AuditLog" WHERE "orgId" = $1 ORDER BY "seq"`,
    [orgId],
  );
  return rows;
}

describe(`migration ${MIGRATION}`, () => {
  it("numbers and chains each organisation's rows in the order they were written, then chains every row written after", async () => {
    await client.query(`INSERT INTO "Organization" ("id", "slug", "name") VALUES ('org-a', 'org-a', 'A'), ('org-b', 'org-b', 'B')`);
    // Inserted out of order: written at 10:00 (two in the same millisecond, by id), 09:00, 11:00.
    await client.query(`
      INSERT INTO "AuditLog" ("id", "orgId", "actorEmail", "action", "entityType", "entityId", "before", "after", "createdAt") VALUES
        ('c-late', 'org-a', 'a@example.test', 'plan.renamed', 'plan', 'p1', '{"name": "Old"}', '{"name": "New", "rto": 1.0}', '2026-01-01 11:00:00'),
        ('c-tie-b', 'org-a', NULL, 'plan.created', 'plan', 'p1', NULL, '{"name": "Old"}', '2026-01-01 10:00:00.250'),
        ('c-tie-a', 'org-a', NULL, 'threat.created', 'threat', 't1', NULL, NULL, '2026-01-01 10:00:00.250'),
        ('c-early', 'org-a', NULL, 'org.created', 'organization', 'org-a', NULL, NULL, '2026-01-01 09:00:00'),
        ('c-other', 'org-b', NULL, 'org.created', 'organization', 'org-b', NULL, NULL, '2026-01-01 10:30:00')`);

    await client.query(sql(MIGRATION));

    const a = await chainOf("org-a");
    expect(a.map((row) => [row.seq, row.id])).toEqual([
      [1, "c-early"],
      [2, "c-tie-a"],
      [3, "c-tie-b"],
      [4, "c-late"],
    ]);
    // Node's hash of each row, from the previous row's: the chain the database wrote.
    for (const [i, row] of a.entries()) expect(row.hash).toBe(chainHash(i ? a[i - 1].hash : null, { ...row, createdAt: new Date(row.createdAt) }));
    const b = await chainOf("org-b");
    expect(b.map((row) => row.seq)).toEqual([1]);

    // New rows continue each organisation's chain, whatever number they name.
    await client.query(`INSERT INTO "AuditLog" ("id", "orgId", "action", "entityType", "entityId", "seq", "hash") VALUES ('c-new', 'org-a', 'plan.archived', 'plan', 'p1', 1, 'x')`);
    const [added] = (await chainOf("org-a")).slice(-1);
    expect(added).toMatchObject({ id: "c-new", seq: 5, hash: chainHash(a[3].hash, { ...added, createdAt: new Date(added.createdAt) }) });

    // The append-only trigger is on again, and TRUNCATE is refused too.
    await expect(client.query(`UPDATE "AuditLog" SET "action" = 'x' WHERE "id" = 'c-new'`)).rejects.toThrow("AuditLog is append-only: UPDATE refused");
    await expect(client.query(`TRUNCATE "AuditLog"`)).rejects.toThrow("AuditLog is append-only: TRUNCATE refused");
    // The one update the table allows, numbering a row as its transaction commits, is not open
    // to a row already numbered; and no committed row is left unnumbered.
    await expect(client.query(`UPDATE "AuditLog" SET "seq" = 99, "hash" = 'x' WHERE "id" = 'c-new'`)).rejects.toThrow("AuditLog is append-only: UPDATE refused");
    const { rows: unsealed } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "AuditLog" WHERE "seq" IS NULL OR "hash" IS NULL`);
    expect(unsealed).toEqual([{ n: "0" }]);
  });
});
