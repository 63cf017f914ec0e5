/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL (creating the database). */
import "./lib/load-env";
import { createDatabaseIfMissing, databaseName, migrate, withDatabase } from "./lib/database";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the database to migrate.");
  await createDatabaseIfMissing(withDatabase(url, "postgres"), databaseName(url));
  await migrate(url);
  console.log("Migrations applied.");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
