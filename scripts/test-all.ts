/**
 * `npm test`: the whole suite, in the order that fails fastest. Lint and type-check; unit and
 * integration tests (Vitest, integration against a fresh Postgres database); the production build;
 * Playwright end-to-end tests in Chromium against `next start` on a fresh, seeded database.
 * Uses DATABASE_URL's server when set, otherwise an embedded Postgres under .data/.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createDatabaseIfMissing, dropDatabase, migrate, run, startServer, withDatabase } from "./lib/database";
import { scriptClient } from "./lib/prisma";
import { seedDemo } from "../prisma/seed";

const ROOT = path.resolve(__dirname, "..");
const RESULTS = path.join(ROOT, "test-results");

type Counts = { passed: number; failed: number; skipped: number };

function step(title: string) {
  console.log(`\n=== ${title} ===`);
}

function vitestCounts(): Counts {
  const file = path.join(RESULTS, "vitest.json");
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwrightCounts(): Counts {
  const file = path.join(RESULTS, "e2e.json");
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const stats = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0), skipped: stats.skipped ?? 0 };
}

type Failure = { where: string; message: string };

function firstLine(text: unknown) {
  const line = String(text ?? "").replace(/\u001b\[[0-9;]*m/g, "").split("\n").find((l) => l.trim()) ?? "";
  return line.trim().slice(0, 300);
}

// The CI log keeps only its tail, so the summary names each failed test and its first error line.
function vitestFailures(): Failure[] {
  const file = path.join(RESULTS, "vitest.json");
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, "utf8"));
  const failures: Failure[] = [];
  for (const result of report.testResults ?? []) {
    const where = path.relative(ROOT, result.name ?? "");
    const failed = (result.assertionResults ?? []).filter((test: { status: string }) => test.status === "failed");
    for (const test of failed) failures.push({ where: `${where} › ${test.fullName}`, message: firstLine(test.failureMessages?.[0]) });
    if (result.status === "failed" && failed.length === 0) failures.push({ where, message: firstLine(result.message) });
  }
  return failures;
}

type PlaywrightSuite = {
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; file: string; line: number; tests: { status: string; results: { error?: { message?: string } }[] }[] }[];
};

function playwrightFailures(): Failure[] {
  const file = path.join(RESULTS, "e2e.json");
  if (!existsSync(file)) return [];
  const failures: Failure[] = [];
  const visit = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== "unexpected" && test.status !== "flaky") continue;
        const error = test.results.find((result) => result.error)?.error?.message;
        failures.push({ where: `${spec.file}:${spec.line} › ${spec.title}${test.status === "flaky" ? " (flaky)" : ""}`, message: firstLine(error) });
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of JSON.parse(readFileSync(file, "utf8")).suites ?? []) visit(suite);
  return failures;
}

async function main() {
  const env = { NEXT_TELEMETRY_DISABLED: "1" };
  const started = Date.now();
  let failure: unknown;

  step("Lint and type-check");
  await run("npx", ["eslint", ".", "--max-warnings=0"], env);
  await run("npx", ["tsc", "--noEmit", "-p", "."], env);

  const server = await startServer({ name: "postgres-test", port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54330) });
  const e2eName = `continuity_e2e_${randomBytes(4).toString("hex")}`;
  try {
    step("Unit and integration tests (Vitest)");
    await run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${path.join(RESULTS, "vitest.json")}`], {
      ...env,
      TEST_ADMIN_URL: server.adminUrl,
    }).catch((error) => (failure ??= error));

    step("Production build");
    await run("npx", ["next", "build"], env);

    step("End-to-end tests (Playwright, Chromium)");
    await createDatabaseIfMissing(server.adminUrl, e2eName);
    const e2eUrl = withDatabase(server.adminUrl, e2eName);
    await migrate(e2eUrl);
    const db = scriptClient(e2eUrl);
    await seedDemo(db);
    await db.$disconnect();
    await run("npx", ["playwright", "test"], { ...env, E2E_DATABASE_URL: e2eUrl }).catch((error) => (failure ??= error));
  } catch (error) {
    failure ??= error;
  } finally {
    await dropDatabase(server.adminUrl, e2eName).catch(() => {});
    await server.stop();
  }

  const unit = vitestCounts();
  const e2e = playwrightCounts();
  const passed = unit.passed + e2e.passed;
  const failed = unit.failed + e2e.failed;
  const failures = [...vitestFailures(), ...playwrightFailures()];
  if (failures.length > 0) {
    console.log("\nFailed:");
    for (const { where, message } of failures) console.log(`  ✗ ${where}\n      ${message}`);
  }
  console.log(`\nVitest: ${unit.passed} passed, ${unit.failed} failed · Playwright: ${e2e.passed} passed, ${e2e.failed} failed`);
  console.log(`Finished in ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  if (failure || failed > 0) {
    if (failure) console.error(failure instanceof Error ? failure.message : failure);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
