/**
 * A database outage in the middle of a multi-row write leaves nothing behind, is reported as
 * UNAVAILABLE (not as a bug), and the one Prisma client works again on the next request.
 */
import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { toAppError } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { pingDatabase } from "@/lib/db/ping-database";
import { createPlan } from "@/lib/plans/create-plan";
import { importItems } from "@/lib/inventories/import-items";
import { scriptClient } from "../../scripts/lib/prisma";
import { makeOrg } from "./factories";

// This file's connections are named, so the test can find and cut exactly its own session on the
// database that the other test files share.
const APPLICATION = `continuity-outage-${process.pid}`;
const databaseUrl = process.env.DATABASE_URL!;
const appUrl = new URL(databaseUrl);
appUrl.searchParams.set("application_name", APPLICATION);
process.env.DATABASE_URL = appUrl.toString();

const formsCsv = (names: string[]) => new File([`Name\r\n${names.join("\r\n")}\r\n`], "forms.csv", { type: "text/csv" });

let admin: pg.Client;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
});

afterAll(async () => {
  await admin.end();
});

/**
 * The session of this file's client that waits for a lock held by the admin connection, once
 * there is one, and whether it has already inserted into InventoryItem in its transaction.
 */
async function blockedBackend(): Promise<{ pid: number; wrote: boolean }> {
  for (;;) {
    const { rows } = await admin.query<{ pid: number; wrote: boolean }>(
      `SELECT a.pid, EXISTS (
          SELECT 1 FROM pg_locks l
           WHERE l.pid = a.pid AND l.relation = '"InventoryItem"'::regclass AND l.mode = 'RowExclusiveLock' AND l.granted
        ) AS wrote
         FROM pg_stat_activity a
        WHERE a.application_name = $1 AND pg_blocking_pids(a.pid) @> ARRAY[pg_backend_pid()]`,
      [APPLICATION],
    );
    if (rows[0]) return rows[0];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a database outage", () => {
  it("cut off mid-import leaves none of the import's rows and no audit row; the client then recovers", async () => {
    const { orgId, actors } = await makeOrg("Outage");
    const plan = await createPlan({ actor: actors.committee, input: { name: "Bristol" } });
    const input = { planId: plan.id, kind: "forms" };

    // Hold the organisation's row, so the import stops at its audit row (whose foreign key needs
    // that row) after it has inserted every item, inside its transaction.
    await admin.query("BEGIN");
    await admin.query(`SELECT 1 FROM "Organization" WHERE id = $1 FOR UPDATE`, [orgId]);
    const outcome = importItems({ actor: actors.committee, input, file: formsCsv(["Picking list", "Delivery note", "Credit note"]) }).then(
      () => null,
      (error: unknown) => error,
    );
    const backend = await blockedBackend();
    expect(backend.wrote).toBe(true);
    // What Postgres does to every session when it shuts down (57P01), to this one session.
    await admin.query("SELECT pg_terminate_backend($1)", [backend.pid]);
    await admin.query("ROLLBACK");

    const error = await outcome;
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(toAppError(error)).toMatchObject({ code: "UNAVAILABLE", status: 503 });
    expect(await db.inventoryItem.count({ where: { planId: plan.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId, action: "inventory.imported" } })).toBe(0);

    // The same client, with no restart, imports the file once the database is back.
    expect(await importItems({ actor: actors.committee, input, file: formsCsv(["Picking list", "Delivery note", "Credit note"]) })).toMatchObject({ added: 3, updated: 0, unchanged: 0 });
    expect(await db.inventoryItem.count({ where: { planId: plan.id } })).toBe(3);
  });

  it("is told apart from other database errors", async () => {
    const closed = scriptClient("postgresql://postgres@127.0.0.1:1/continuity");
    const refused = await closed.organization.count().then(
      () => null,
      (error: unknown) => error,
    );
    await closed.$disconnect();
    expect(isDatabaseUnavailable(refused)).toBe(true);

    const { orgId } = await makeOrg("Outage");
    const slug = (await db.organization.findUniqueOrThrow({ where: { id: orgId } })).slug;
    const duplicate = await db.organization.create({ data: { name: "Copy", slug } }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(duplicate).toMatchObject({ code: "P2002" });
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(toAppError(duplicate)).toBeNull();
  });
});

describe("the proxy's probe of the database", () => {
  it("succeeds against Postgres and fails at once where nothing listens", async () => {
    await expect(pingDatabase({ url: databaseUrl })).resolves.toBeUndefined();
    await expect(pingDatabase({ url: "postgresql://postgres@127.0.0.1:1/continuity" })).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });

  it("gives up after its timeout on a server that accepts the connection and never answers", async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const started = performance.now();
      await expect(pingDatabase({ url: `postgresql://postgres@127.0.0.1:${port}/continuity`, timeoutMs: 300 })).rejects.toThrow(/timeout/i);
      // Well short of the 10 s the app's own pool waits: the probe never holds a page for long.
      expect(performance.now() - started).toBeLessThan(5000);
    } finally {
      silent.close();
    }
  });
});
