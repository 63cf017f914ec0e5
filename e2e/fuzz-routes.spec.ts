/**
 * "Never a 500": every route handler that accepts a mutation (discovered from app/, so a new one
 * without fuzzing fails here) gets fast-check-generated garbage from a signed-in administrator,
 * from this site's origin so that it reaches validation: random multipart fields and files,
 * wrong content types, broken bodies, huge fields. Every answer must be a 2xx or 4xx with a
 * readable message, never a 5xx or the generic "something went wrong on our side".
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { createPlan, signIn, unique, USERS } from "./helpers";
import { nastyString } from "../tests/fuzz-values";

const RUNS = 20;

/** Route patterns (route groups dropped) of route.ts files that export a mutating method. */
function mutatingRoutes(dir = path.join(process.cwd(), "app"), prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...mutatingRoutes(full, prefix + (/^\(.*\)$/.test(entry) ? "" : `/${entry}`)));
    else if (entry === "route.ts" && /export\s+(async\s+function\s+|const\s+|\{[^}]*\bas\s+)(POST|PUT|PATCH|DELETE)\b/.test(readFileSync(full, "utf8"))) found.push(prefix);
  }
  return found.sort();
}

/** A garbage request body: multipart with random fields and files, or raw bytes under any content type. */
const field = fc.oneof(fc.constantFrom("file", "planId", "exerciseId", "__proto__", "$ACTION_ID", "csrfToken", "email", "password"), fc.string({ maxLength: 20 }));
// Playwright needs a file name and type; files without them are sent in the hand-built multipart below.
const file = fc.record({
  name: fc.oneof(fc.constantFrom("notes.txt", "evidence.pdf", ".", "../../etc/passwd", "a".repeat(300), "x.exe", "photo.png"), fc.string({ minLength: 1, maxLength: 30 })),
  mimeType: fc.constantFrom("text/plain", "application/pdf", "image/png", "application/x-msdownload", "text/html", "application/octet-stream"),
  buffer: fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(0, 1, 100_000).map((n) => new Uint8Array(n).fill(65))).map((bytes) => Buffer.from(bytes)),
});
const body: fc.Arbitrary<Body> = fc.oneof<fc.Arbitrary<Body>[]>(
  fc.dictionary(field, fc.oneof(nastyString, file), { maxKeys: 5 }).map((multipart) => ({ multipart })),
  fc
    .record({
      contentType: fc.constantFrom("text/plain", "application/json", "multipart/form-data", "multipart/form-data; boundary=----x", "application/x-www-form-urlencoded", "text/csv", "image/png", ""),
      data: fc.oneof(nastyString, fc.uint8Array({ maxLength: 3000 }).map((bytes) => Buffer.from(bytes)), fc.constant("------x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\ncut short")),
    })
    .map(({ contentType, data }): Body => ({ headers: contentType ? { "content-type": contentType } : {}, data })),
  fc
    .record({ filename: fc.constantFrom("", "a.txt", "..\\x.csv", "\u00e9t\u00e9.pdf"), type: fc.constantFrom("text/plain", "", "application/pdf"), content: fc.uint8Array({ maxLength: 500 }) })
    .map(({ filename, type, content }): Body => ({
      headers: { "content-type": "multipart/form-data; boundary=----fuzz" },
      data: Buffer.concat([
        Buffer.from(`------fuzz\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n${type ? `Content-Type: ${type}\r\n` : ""}\r\n`),
        Buffer.from(content),
        Buffer.from("\r\n------fuzz--\r\n"),
      ]),
    })),
  fc.constantFrom(1_000_000, 3_000_000).map((size) => ({ multipart: { file: { name: "big.txt", mimeType: "text/plain", buffer: Buffer.alloc(size, 66) }, note: "y".repeat(size) } })),
);
type Part = string | { name: string; mimeType: string; buffer: Buffer };
type Body = { multipart: Record<string, Part> } | { headers: Record<string, string>; data: string | Buffer };

const query = fc.dictionary(fc.constantFrom("kind", "mode", "fileName", "fingerprint"), fc.oneof(nastyString.filter((s) => s.length < 2000), fc.constantFrom("rvtools", "vms", "restore-points", "apply", "preview")), { maxKeys: 4 });

const GENERIC = /something went wrong on our side/i;

/** A 2xx or 4xx whose body says something a person can read. */
async function expectReadable(what: string, response: APIResponse) {
  expect(response.status(), `${what}: ${response.status()} ${await response.text().catch(() => "")}`.slice(0, 500)).toBeLessThan(500);
  const type = response.headers()["content-type"] ?? "";
  if (type.includes("application/x-ndjson")) {
    const lines = (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as { type: string; code?: string; message?: string });
    const last = lines[lines.length - 1];
    expect(["result", "error"], what).toContain(last.type);
    if (last.type === "error") {
      expect(last.code, `${what}: ${last.message}`).not.toBe("UNEXPECTED");
      expect(last.message ?? "", what).not.toMatch(GENERIC);
      expect((last.message ?? "").length, what).toBeGreaterThan(5);
    }
  } else if (type.includes("application/json") && response.status() >= 400) {
    const json = (await response.json()) as { message?: string };
    expect(json.message ?? "", what).not.toMatch(GENERIC);
    expect((json.message ?? "").length, what).toBeGreaterThan(5);
  }
}

async function send(request: APIRequestContext, url: string, origin: string, b: Body) {
  const headers = { origin, ...("headers" in b ? b.headers : {}) };
  return "multipart" in b
    ? request.post(url, { headers, multipart: b.multipart, maxRedirects: 0 })
    : request.post(url, { headers, data: b.data, maxRedirects: 0 });
}

/** A plan and a test of its own, so that accepted garbage (an uploaded file, imported systems) touches nothing another spec reads. */
async function ownPlanAndTest(page: Page): Promise<{ planId: string; exerciseId: string }> {
  const planUrl = await createPlan(page, unique("Fuzzed routes"));
  const planId = new URL(planUrl).pathname.split("/")[2];
  await page.goto(`/plans/${planId}/tests/new`);
  const title = unique("Fuzz target");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Type of test").selectOption({ label: "Checklist" });
  await page.getByLabel("Date", { exact: true }).fill(new Date().toISOString().slice(0, 10));
  await page.getByLabel("Result").selectOption({ label: "Passed" });
  await page.getByRole("button", { name: "Record test" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const exerciseId = new URL(page.url()).pathname.split("/")[4];
  return { planId, exerciseId };
}

test("every mutating route answers garbage with a 4xx (or accepts it), never a 5xx", async ({ page, baseURL, playwright }) => {
  test.setTimeout(300_000);
  const routes = mutatingRoutes();
  const FUZZED = ["/admin/backup/import", "/api/auth/[...nextauth]", "/api/sign-out", "/plans/[planId]/recovery/imports/run", "/plans/[planId]/tests/[exerciseId]/attachments"];
  expect(routes, "mutating routes without a fuzz entry (or entries for routes that are gone)").toEqual(FUZZED);

  await signIn(page, USERS.admin);
  const { planId, exerciseId } = await ownPlanAndTest(page);
  const admin = page.request;
  const origin = baseURL!;

  await fc.assert(
    fc.asyncProperty(body, async (b) => {
      await expectReadable("attachment upload", await send(admin, `/plans/${planId}/tests/${exerciseId}/attachments`, origin, b));
    }),
    { numRuns: RUNS },
  );

  await fc.assert(
    fc.asyncProperty(body, async (b) => {
      await expectReadable("organisation import", await send(admin, "/admin/backup/import", origin, b));
    }),
    { numRuns: RUNS },
  );

  await fc.assert(
    fc.asyncProperty(body, query, async (b, params) => {
      const url = `/plans/${planId}/recovery/imports/run?${new URLSearchParams(params)}`;
      await expectReadable("recovery import", await send(admin, url, origin, b));
    }),
    { numRuns: RUNS },
  );

  // next-auth's endpoints, signed out (garbage must not sign anyone in, nor break the server).
  const anonymous = await playwright.request.newContext({ baseURL });
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.constantFrom("callback/credentials", "signin/credentials", "signout", "_log", "session"), nastyString.filter((s) => s.length < 100 && s.isWellFormed())), body, async (action, b) => {
      const response = await send(anonymous, `/api/auth/${encodeURIComponent(action).replace(/%2F/g, "/")}`, origin, b);
      expect(response.status(), `next-auth ${action}`).toBeLessThan(500);
    }),
    { numRuns: RUNS },
  );
  // The Sign out button's route, signed out: there is no session to end, whatever the body.
  await fc.assert(
    fc.asyncProperty(body, async (b) => {
      await expectReadable("sign-out", await send(anonymous, "/api/sign-out", origin, b));
    }),
    { numRuns: RUNS },
  );
  const session = (await (await anonymous.get("/api/auth/session")).json()) as Record<string, unknown>;
  expect(session.user).toBeUndefined();
  await anonymous.dispose();
});
