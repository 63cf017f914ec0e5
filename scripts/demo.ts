/**
 * `npm run demo`: starts the app on http://localhost:3000 with the demo organisations. Uses
 * DATABASE_URL when it is set; otherwise an embedded Postgres under .data/.
 */
import { spawn } from "node:child_process";
import { createDatabaseIfMissing, databaseName, migrate, startServer, withDatabase } from "./lib/database";
import { scriptClient } from "./lib/prisma";
import { localSecret } from "./lib/secret";
import { demoSignIns, seedDemo } from "../prisma/seed";

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const server = await startServer({ name: "postgres-demo", port: Number(process.env.EMBEDDED_PG_PORT ?? 54329) });
  const databaseUrl = process.env.DATABASE_URL ?? withDatabase(server.adminUrl, "continuity");
  await createDatabaseIfMissing(server.adminUrl, databaseName(databaseUrl));
  console.log("Applying migrations…");
  await migrate(databaseUrl);
  const db = scriptClient(databaseUrl);
  const { created } = await seedDemo(db);
  await db.$disconnect();
  if (created.length) console.log(`Loaded demo data: ${created.join(", ")}`);

  const app = spawn("npx", ["next", "dev", "--port", String(port)], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: localSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    },
  });
  console.log(`\nContinuity is starting on http://localhost:${port}\n${demoSignIns()}\n`);
  const stop = async () => {
    app.kill("SIGTERM");
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  app.on("exit", async (code) => {
    await server.stop();
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
