/**
 * One fresh database per integration run, migrated with the committed migrations, dropped at the
 * end. The server is TEST_ADMIN_URL's (set by `npm test`), DATABASE_URL's, or an embedded one.
 */
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { createDatabaseIfMissing, dropDatabase, migrate, startServer, withDatabase, type Server } from "../../scripts/lib/database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let server: Server | undefined;
let adminUrl = "";
let name = "";

export async function setup(project: TestProject) {
  if (process.env.TEST_ADMIN_URL) {
    adminUrl = process.env.TEST_ADMIN_URL;
  } else {
    server = await startServer({ name: "postgres-test", port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54330) });
    adminUrl = server.adminUrl;
  }
  name = `continuity_it_${randomBytes(4).toString("hex")}`;
  await createDatabaseIfMissing(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  await migrate(url);
  project.provide("databaseUrl", url);
}

export async function teardown() {
  if (name) await dropDatabase(adminUrl, name);
  await server?.stop();
}
