/**
 * The authorisation matrix: every page and route handler of the app × every role × own
 * organisation and another. The routes are discovered from the file system and each must have a
 * rule here, so a new route without one fails this test. Allowed requests answer 200; refused
 * ones 403 or 404 and change nothing (they are reads, or mutations that must be refused before
 * any write). Server actions have their own matrix: e2e/action-matrix.spec.ts.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { can, ROLES, type Permission, type Role } from "../lib/auth/permissions";
import { signIn, USERS } from "./helpers";

type Rule =
  | { kind: "page" | "get"; permission: Permission; tenant?: boolean; editableOnly?: boolean }
  | { kind: "post"; permission: Permission; tenant?: true; permittedStatus?: number }
  | { kind: "public"; status: number }
  | { kind: "skip"; why: string };

const RULES: Record<string, Rule> = {
  "/": { kind: "public", status: 307 },
  "/signin": { kind: "public", status: 200 },
  "/api/health": { kind: "public", status: 200 },
  "/api/auth/[...nextauth]": { kind: "skip", why: "next-auth's own endpoints (CSRF-token protected)" },
  "/api/sign-out": { kind: "skip", why: "ends the caller's own session, whoever they are: no permission to check (Origin-checked; e2e/sign-in.spec.ts, e2e/fuzz-routes.spec.ts)" },
  "/plans": { kind: "page", permission: "plan:read" },
  "/people": { kind: "page", permission: "plan:read" },
  "/people/[personId]": { kind: "page", permission: "plan:read", tenant: true },
  "/people/export": { kind: "get", permission: "plan:export" },
  "/people/template": { kind: "get", permission: "plan:edit" },
  "/reviews": { kind: "page", permission: "plan:read" },
  "/reviews/new": { kind: "page", permission: "review:record" },
  // The demo's management review of September 2026.
  "/reviews/[reviewId]": { kind: "page", permission: "plan:read", tenant: true },
  "/members": { kind: "page", permission: "member:read" },
  "/account/password": { kind: "page", permission: "account:password" },
  "/account/notifications": { kind: "page", permission: "account:notifications" },
  "/audit": { kind: "page", permission: "audit:read" },
  "/audit/export": { kind: "get", permission: "audit:read" },
  "/settings": { kind: "page", permission: "org:settings" },
  "/settings/departments": { kind: "page", permission: "org:settings" },
  "/settings/documents": { kind: "page", permission: "org:settings" },
  "/settings/email": { kind: "page", permission: "org:settings" },
  "/settings/reminders": { kind: "page", permission: "org:settings" },
  "/notifications": { kind: "page", permission: "plan:read" },
  "/plans/[planId]": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/committee": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/emergency": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/risks": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/risks/export": { kind: "get", permission: "plan:export", tenant: true },
  "/plans/[planId]/risks/threats/[threatId]": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/risks/scenarios/[scenarioId]": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/bia": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/bia/export": { kind: "get", permission: "plan:export", tenant: true },
  "/plans/[planId]/bia/functions/[functionId]": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/bia/products/[productId]": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/systems": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/systems/[systemId]": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/priorities": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/sections": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/inventories": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/inventories/[kind]": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/inventories/[kind]/items/[itemId]": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/inventories/[kind]/export": { kind: "get", permission: "plan:export", tenant: true },
  "/plans/[planId]/tests": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/tests/new": { kind: "page", permission: "plan:edit", tenant: true },
  "/plans/[planId]/tests/[exerciseId]": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/tests/[exerciseId]/attachments": { kind: "post", permission: "plan:edit", tenant: true },
  "/plans/[planId]/tests/[exerciseId]/attachments/[attachmentId]": { kind: "get", permission: "plan:read", tenant: true },
  "/plans/[planId]/incidents": { kind: "page", permission: "plan:read", tenant: true },
  // The demo's past incident (a power cut, stood down): its page, its log as CSV and its report as PDF.
  "/plans/[planId]/incidents/[incidentId]": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/incidents/[incidentId]/log.csv": { kind: "get", permission: "plan:read", tenant: true },
  "/plans/[planId]/incidents/[incidentId]/report.pdf": { kind: "get", permission: "plan:read", tenant: true },
  "/plans/[planId]/recovery": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/recovery/scenarios/[scenarioKey]": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/recovery/systems/[systemId]": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/recovery/what-if": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/recovery/model.json": { kind: "get", permission: "plan:export", tenant: true },
  "/plans/[planId]/recovery/setup": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/recovery/setup/locations": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/recovery/setup/hosts": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/recovery/setup/policies": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/recovery/setup/replicas": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/recovery/setup/vms": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/recovery/setup/vms/[systemId]": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/recovery/imports": { kind: "page", permission: "plan:read", tenant: true },
  // Permitted requests stream their validation result in a 200 response.
  "/plans/[planId]/recovery/imports/run": { kind: "post", permission: "plan:edit", tenant: true, permittedStatus: 200 },
  "/plans/[planId]/reports": { kind: "page", permission: "plan:export", tenant: true },
  "/plans/[planId]/reports/status": { kind: "get", permission: "plan:export", tenant: true },
  "/plans/[planId]/reports/readiness.csv": { kind: "get", permission: "plan:export", tenant: true },
  "/plans/[planId]/reports/[reportId]/download": {
    kind: "skip",
    why: "needs a generated report: e2e/reports.spec.ts downloads one as an auditor and tests/integration/reports.test.ts refuses other organisations, and a committee member a report with the audit trail appended",
  },
  "/admin/backup": { kind: "page", permission: "org:export" },
  "/admin/backup/export": { kind: "get", permission: "org:export" },
  "/admin/backup/import": { kind: "post", permission: "org:export" },
  "/plans/[planId]/approval": { kind: "page", permission: "plan:read", tenant: true },
  "/plans/[planId]/approval/versions/[number]": { kind: "page", permission: "plan:read", tenant: true },
  // The demo's approved version 1 lists the January backup check's evidence file (demoIds).
  "/plans/[planId]/approval/versions/[number]/evidence/[attachmentId]": { kind: "get", permission: "plan:read", tenant: true },
  // The demo's version 1 as the bytes its SHA-256 names.
  "/plans/[planId]/approval/versions/[number]/content": { kind: "get", permission: "plan:export", tenant: true },
  "/plans/[planId]/approval/compare": { kind: "page", permission: "plan:read", tenant: true },
};

/** Route patterns from app/: route groups dropped, one per page.tsx or route.ts. */
function discoverRoutes(dir = path.join(process.cwd(), "app"), prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      const segment = /^\(.*\)$/.test(entry) ? "" : `/${entry}`;
      found.push(...discoverRoutes(full, prefix + segment));
    } else if (entry === "page.tsx" || entry === "route.ts") {
      found.push(prefix || "/");
    }
  }
  return found.sort();
}

type Ids = Record<string, string>;

async function demoIds(): Promise<Ids> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  const one = async (sql: string) => String((await client.query(sql)).rows[0]?.id ?? "missing");
  const org = `(SELECT id FROM "Organization" WHERE slug = 'harbour-lane-foods')`;
  const plan = `(SELECT id FROM "Plan" WHERE "orgId" = ${org} AND name = 'Bristol operations')`;
  // An evidence file version 1 lists, so that it downloads through the version too: the demo's
  // later tests have evidence of their own, which a version frozen before them does not list.
  const evidence = `(SELECT jsonb_path_query_first(snapshot, '$.tests.exercises[*].attachments[*].id') #>> '{}' FROM "PlanVersion" WHERE "planId" = ${plan} AND number = 1)`;
  const ids: Ids = {
    planId: await one(`SELECT ${plan} AS id`),
    personId: await one(`SELECT id FROM "Person" WHERE "orgId" = ${org} ORDER BY name LIMIT 1`),
    threatId: await one(`SELECT id FROM "Threat" WHERE "planId" = ${plan} LIMIT 1`),
    scenarioId: await one(`SELECT id FROM "Scenario" WHERE "planId" = ${plan} LIMIT 1`),
    scenarioKey: "site-loss",
    functionId: await one(`SELECT id FROM "BusinessFunction" WHERE "planId" = ${plan} LIMIT 1`),
    productId: await one(`SELECT id FROM "Product" WHERE "planId" = ${plan} LIMIT 1`),
    systemId: await one(`SELECT id FROM "System" WHERE "planId" = ${plan} LIMIT 1`),
    kind: "vendors",
    itemId: await one(`SELECT id FROM "InventoryItem" WHERE "planId" = ${plan} AND kind = 'vendors' LIMIT 1`),
    exerciseId: await one(`SELECT "exerciseId" AS id FROM "Attachment" WHERE id = ${evidence}`),
    attachmentId: await one(`SELECT id FROM "Attachment" WHERE id = ${evidence}`),
    incidentId: await one(`SELECT id FROM "Incident" WHERE "planId" = ${plan} AND title = 'Power cut at the Bristol head office'`),
    number: "1",
    reviewId: await one(`SELECT id FROM "ManagementReview" WHERE "orgId" = ${org} LIMIT 1`),
  };
  await client.end();
  return ids;
}

function urlFor(pattern: string, ids: Ids): string {
  const url = pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => ids[name] ?? `missing-${name}`);
  return pattern.endsWith("/compare") ? `${url}?from=1&to=1` : url;
}

/** The 404 page's title, whatever page was asked for: never the title of that page (WCAG 2.4.2). */
const NOT_FOUND_TITLE = "Not found · Continuity";

function titleOf(html: string): string | undefined {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
}

async function sessionFor(browser: Browser, email: string): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return context.request;
}

test("every route has a rule, and every role in either organisation gets exactly what the rule allows", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const routes = discoverRoutes();
  expect(routes.filter((route) => !(route in RULES)), "routes without an authorisation rule").toEqual([]);
  expect(Object.keys(RULES).filter((route) => !routes.includes(route)), "rules for routes that no longer exist").toEqual([]);

  const ids = await demoIds();
  expect(Object.entries(ids).filter(([, v]) => v === "missing"), "demo data for every route").toEqual([]);
  const sessions = new Map<Role | "outsider", APIRequestContext>();
  for (const role of ROLES) sessions.set(role, await sessionFor(browser, USERS[role]));
  sessions.set("outsider", await sessionFor(browser, USERS.otherOrgAdmin));
  const anonymous = (await browser.newContext()).request;

  const failures: string[] = [];
  const check = (what: string, got: number, allowed: number[]) => {
    if (!allowed.includes(got)) failures.push(`${what}: got ${got}, expected ${allowed.join(" or ")}`);
  };
  for (const route of routes) {
    const rule = RULES[route];
    const url = urlFor(route, ids);
    if (rule.kind === "skip") continue;
    if (rule.kind === "public") {
      check(`anonymous GET ${route}`, (await anonymous.get(url, { maxRedirects: 0 })).status(), [rule.status]);
      continue;
    }
    const signedOut = await anonymous.get(url, { maxRedirects: 0 });
    // Pages send a signed-out visitor to the sign-in page; downloads do that or answer 401.
    check(`anonymous ${route}`, signedOut.status(), rule.kind === "page" ? [307] : rule.kind === "get" ? [307, 401] : [401, 405]);
    for (const [who, request] of sessions) {
      const role: Role = who === "outsider" ? "admin" : who;
      const permitted = can(role, rule.permission) && !(who === "outsider" && rule.tenant);
      if (rule.kind === "post") {
        const response = await request.post(url, { headers: { origin: baseURL! }, multipart: { note: "no file" } });
        check(`${who} POST ${route}`, response.status(), permitted ? [rule.permittedStatus ?? 400] : who === "outsider" ? [404] : [403, 404]);
        continue;
      }
      const response = await request.get(url, { maxRedirects: 0 });
      check(`${who} GET ${route}`, response.status(), permitted ? [200] : [403, 404]);
      if (rule.kind === "page" && response.status() === 404) {
        const title = titleOf(await response.text());
        if (title !== NOT_FOUND_TITLE) failures.push(`${who} GET ${route}: 404 titled “${title}”, expected “${NOT_FOUND_TITLE}”`);
      }
    }
  }
  expect(failures).toEqual([]);
});

test("every page whose plan or record is not there answers 404 titled Not found", async ({ page }) => {
  const ids = await demoIds();
  await signIn(page, USERS.admin);
  const pages = discoverRoutes().filter((route) => RULES[route]?.kind === "page");
  // Each page with a parameter, with the record it is about (its last parameter: the plan for a
  // plan's section, else the test, system, version…) not there; for the comparison, a version.
  const missing = pages.flatMap((route) => {
    const last = [...route.matchAll(/\[([^\]]+)\]/g)].at(-1)?.[1];
    return last ? [urlFor(route, { ...ids, [last]: "nope" })] : [];
  });
  const plan = urlFor("/plans/[planId]", ids);
  const others = [`${plan}/approval/compare?from=1&to=999`, `${plan}/approval/compare?from=1`, `${plan}/no-such-section`, "/no-such-page"];
  expect(missing).toContain("/plans/nope");
  expect(missing).toContain(`${plan}/recovery/systems/nope`);

  const failures: string[] = [];
  for (const url of [...missing, ...others]) {
    const response = await page.request.get(url, { maxRedirects: 0 });
    const title = titleOf(await response.text());
    if (response.status() !== 404 || title !== NOT_FOUND_TITLE) failures.push(`${url}: ${response.status()} titled “${title}”`);
  }
  expect(failures).toEqual([]);
  // As the browser shows it, once the page has loaded.
  for (const url of ["/plans/nope", `${plan}/recovery/systems/nope`]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    await expect(page).toHaveTitle(NOT_FOUND_TITLE);
  }
});

test("a mutation posted from another site is refused", async ({ browser }) => {
  const committee = await sessionFor(browser, USERS.committee);
  const ids = await demoIds();
  const response = await committee.post(urlFor("/plans/[planId]/tests/[exerciseId]/attachments", ids), {
    headers: { origin: "https://evil.example" },
    multipart: { file: { name: "x.txt", mimeType: "text/plain", buffer: Buffer.from("x") } },
  });
  expect(response.status()).toBe(403);
});
