/** `npm run db:seed`: loads the demo organisations into DATABASE_URL (idempotent). */
import "./lib/load-env";
import { scriptClient } from "./lib/prisma";
import { demoSignIns, seedDemo } from "../prisma/seed";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the database to seed.");
  const db = scriptClient(url);
  const { created } = await seedDemo(db);
  await db.$disconnect();
  console.log(created.length ? `Loaded: ${created.join(", ")}` : "Demo data is already there.");
  console.log(demoSignIns());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
