/**
 * Creates a fresh database with the migrations applied and the demo data loaded, and prints its
 * URL: for running the end-to-end tests or a second app by hand. Uses TEST_ADMIN_URL's or
 * DATABASE_URL's server (e.g. postgresql://postgres@127.0.0.1:5432/postgres).
 *   E2E_DATABASE_URL=$(npx tsx --conditions=react-server scripts/fresh-db.ts) npx playwright test
 */
import { randomBytes } from "node:crypto";
import { createDatabaseIfMissing, migrate, withDatabase } from "./lib/database";
import { scriptClient } from "./lib/prisma";
import { seedDemo } from "../prisma/seed";

async function main() {
  const admin = process.env.TEST_ADMIN_URL ?? process.env.DATABASE_URL;
  if (!admin) throw new Error("Set TEST_ADMIN_URL (or DATABASE_URL) to a Postgres server's URL.");
  const name = `continuity_e2e_${randomBytes(4).toString("hex")}`;
  await createDatabaseIfMissing(admin, name);
  const url = withDatabase(admin, name);
  await migrate(url);
  const db = scriptClient(url);
  await seedDemo(db);
  await db.$disconnect();
  process.stdout.write(`${url}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
