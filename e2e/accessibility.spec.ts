/**
 * Every kind of page, as the people who use it, checked by axe-core against WCAG 2.1 A and AA:
 * labels, names, contrast, landmarks, headings, ARIA. A rule axe cannot decide ("incomplete") is
 * not a failure; a violation is, with its rule, the elements and axe's help text in the message.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { signIn, USERS } from "./helpers";

async function expectAccessible(page: Page, path: string) {
  await test.step(path, () => checkPage(page, path));
}

async function checkPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator("h1").first(), `the heading of ${path}`).toBeVisible();
  await expectNoViolations(page, path);
  // WCAG 1.4.10 (reflow), at the desktop width of these tests: the page itself never scrolls
  // sideways; a wide table scrolls in its own box.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect.soft(overflow, `${path} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
}

/**
 * Boxes that scroll sideways but that the keyboard cannot scroll, by their text's start (runs in
 * the page): neither a tab stop themselves nor holding one (the arrow keys scroll the box that
 * holds the focused element).
 */
function unreachableScrollers(): string[] {
  const focusable = "a[href], button, input, select, textarea, [tabindex]";
  return [...document.querySelectorAll<HTMLElement>("main *")]
    .filter((box) => ["auto", "scroll"].includes(getComputedStyle(box).overflowX) && box.scrollWidth > box.clientWidth)
    .filter((box) => box.tabIndex < 0 && !box.querySelector(focusable))
    .map((box) => (box.textContent ?? "").trim().slice(0, 60));
}

/** The demo plan's address and the first detail page linked from each of its lists. */
async function demoPlan(page: Page) {
  await page.goto("/plans");
  await page.getByRole("link", { name: "Bristol operations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bristol operations" })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function firstLink(page: Page, listPath: string, hrefPart: string): Promise<string> {
  await page.goto(listPath);
  const href = await page.locator(`main a[href*="${hrefPart}"]`).first().getAttribute("href");
  expect(href, `a link containing ${hrefPart} on ${listPath}`).toBeTruthy();
  return href!;
}

test("the sign-in page", async ({ page }) => {
  await expectAccessible(page, "/signin");
});

// The committee's pages in three tests, so that they share out between the workers.
test("the committee's pages: the plans and each stage of a plan", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, USERS.committee);
  const plan = await demoPlan(page);
  const stages = ["committee", "emergency", "incidents", "risks", "bia", "priorities", "systems", "sections", "inventories", "tests", "tests/new", "approval", "reports"];
  for (const path of ["/plans", plan, ...stages.map((stage) => `${plan}/${stage}`)]) await expectAccessible(page, path);
});

test("the committee's pages: recovery readiness, its setup and imports", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, USERS.committee);
  const plan = await demoPlan(page);
  const setup = ["", "/locations", "/hosts", "/policies", "/replicas", "/vms"].map((part) => `${plan}/recovery/setup${part}`);
  const details = [await firstLink(page, `${plan}/recovery`, "/recovery/scenarios/"), await firstLink(page, `${plan}/recovery`, "/recovery/systems/")];
  for (const path of [`${plan}/recovery`, ...setup, `${plan}/recovery/imports`, `${plan}/recovery/what-if`, ...details]) await expectAccessible(page, path);
});

test("the committee's pages: a record of each list, the people register and their own account", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, USERS.committee);
  const plan = await demoPlan(page);
  const details = [
    await firstLink(page, `${plan}/risks`, "/risks/threats/"),
    await firstLink(page, `${plan}/risks`, "/risks/scenarios/"),
    await firstLink(page, `${plan}/bia`, "/bia/functions/"),
    await firstLink(page, `${plan}/bia`, "/bia/products/"),
    await firstLink(page, `${plan}/systems`, "/systems/"),
    await firstLink(page, `${plan}/inventories`, "/inventories/"),
    await firstLink(page, `${plan}/tests`, "/tests/c"),
    await firstLink(page, "/people", "/people/c"),
  ];
  for (const path of [...details, "/people", "/notifications", "/account/password", "/account/notifications"]) await expectAccessible(page, path);
});

// `required` is what a screen reader announces as required (aria-required); the forms set
// noValidate, so a blank field is still refused by the server in its own words.
test("the fields a form needs are marked required, from the register's own definition too; an optional one says so", async ({ page }) => {
  await signIn(page, USERS.committee);
  const plan = await demoPlan(page);

  await page.goto(`${plan}/risks`);
  await page.getByText("Add a threat", { exact: true }).click();
  await page.getByText("Add a scenario", { exact: true }).click();
  const threat = page.getByRole("form", { name: "Add a threat" });
  await expect(threat.getByLabel("Threat", { exact: true })).toHaveAttribute("required");
  await expect(threat.getByLabel("Mitigation (optional)", { exact: true })).not.toHaveAttribute("required");
  await expect(page.getByRole("form", { name: "Add a scenario" }).getByLabel("Scenario name", { exact: true })).toHaveAttribute("required");

  await page.goto(`${plan}/committee`);
  await expect(page.getByRole("form", { name: "Add a committee member" }).getByLabel("Person", { exact: true })).toHaveAttribute("required");
  const role = page.getByRole("form", { name: "Add a response team role" });
  await expect(role.getByLabel("Role", { exact: true })).toHaveAttribute("required");
  await expect(role.getByLabel("Primary (optional)", { exact: true })).not.toHaveAttribute("required");

  await page.goto(`${plan}/inventories/vendors`);
  await page.locator("summary", { hasText: "Add vendor" }).click();
  const vendor = page.getByRole("form", { name: "Add vendor" });
  await expect(vendor.getByLabel("Vendor", { exact: true })).toHaveAttribute("required");
  await expect(vendor.getByLabel("Contract reference (optional)", { exact: true })).not.toHaveAttribute("required");

  const setup = [
    ["", "Add a site"],
    ["/locations", "Add a backup location"],
    ["/hosts", "Add a host"],
    ["/policies", "Add a backup policy"],
  ];
  for (const [path, name] of setup) {
    await page.goto(`${plan}/recovery/setup${path}`);
    await expect(page.getByRole("form", { name }).getByLabel("Name", { exact: true }), `Name in “${name}”`).toHaveAttribute("required");
  }
  await expect(page.getByRole("form", { name: "Add a backup policy" }).getByLabel("Target location", { exact: true })).toHaveAttribute("required");

  await page.goto(await firstLink(page, `${plan}/tests`, "/tests/c"));
  await expect(page.getByRole("form", { name: "Add a finding" }).getByLabel("Owner", { exact: true })).toHaveAttribute("required");
});

test("an upload with no file is refused once, at the file field, which takes the focus", async ({ page }) => {
  await signIn(page, USERS.committee);
  const plan = await demoPlan(page);

  await page.goto(await firstLink(page, `${plan}/tests`, "/tests/c"));
  const upload = page.getByRole("form", { name: "Attach evidence" });
  await upload.getByRole("button", { name: "Upload" }).click();
  const file = upload.getByLabel("File", { exact: true });
  await expect(file).toBeFocused();
  await expect(file).toHaveAttribute("aria-invalid", "true");
  await expect(file).toHaveAccessibleDescription(/Choose a file to attach\.$/);
  await expect(page.getByText("Choose a file to attach.")).toHaveCount(1);
  await expect(upload.getByRole("alert")).toHaveCount(0);

  await page.goto(`${plan}/recovery/imports`);
  await page.getByRole("button", { name: "Preview import" }).click();
  const csv = page.getByLabel("CSV file", { exact: true });
  await expect(csv).toBeFocused();
  await expect(csv).toHaveAttribute("aria-invalid", "true");
  await expect(csv).toHaveAccessibleDescription("Choose a CSV file first.");
  await expect(page.getByText("Choose a CSV file first.")).toHaveCount(1);
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
});

test("the admin's pages: members, settings, departments, audit log, backup", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, USERS.admin);
  for (const path of ["/members", "/settings", "/settings/departments", "/settings/documents", "/settings/email", "/settings/reminders", "/audit", "/admin/backup"]) await expectAccessible(page, path);
});

test("the executive's approval and management review pages", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, USERS.executive);
  const plan = await demoPlan(page);
  await expectAccessible(page, `${plan}/approval`);
  const version = await firstLink(page, `${plan}/approval`, "/approval/versions/");
  await expectAccessible(page, version);
  await expectAccessible(page, `${plan}/approval/compare?from=1&to=current`);
  // Top management's own pages: the management reviews, the form with its inputs, and the demo's review.
  await expectAccessible(page, "/reviews");
  await expectAccessible(page, "/reviews/new");
  await expectAccessible(page, await firstLink(page, "/reviews", "/reviews/c"));
});

// WCAG 1.4.10 (reflow) at its own width, 320 CSS pixels: a phone, or a desktop zoomed to 400%.
// axe runs there too: a table's box that scrolls must then be reachable by keyboard, and named.
test("at 320 px wide no page scrolls sideways: the header and forms wrap, wide tables scroll in their own box", async ({ page }) => {
  // Twenty-five pages, each loaded, measured and checked by axe: about a minute on a quiet machine.
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 320, height: 800 });
  await signIn(page, USERS.admin);
  const plan = await demoPlan(page);
  const stages = ["committee", "emergency", "incidents", "risks", "bia", "priorities", "systems", "sections", "inventories", "recovery", "recovery/setup/vms", "recovery/imports", "recovery/what-if", "tests", "tests/new", "approval", "reports"];
  // A scenario's page: its restore timeline is a chart wider than a phone, with nothing in it to tab to.
  const details = [await firstLink(page, `${plan}/recovery`, "/recovery/scenarios/"), await firstLink(page, `${plan}/recovery`, "/recovery/systems/")];
  const wide: string[] = [];
  for (const path of ["/plans", "/people", "/members", "/audit", "/settings", "/settings/departments", plan, ...stages.map((stage) => `${plan}/${stage}`), ...details]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${path}: ${overflow} px`);
    // Each box that scrolls sideways becomes a tab stop once the page has measured it (in the browser).
    await expect
      .poll(() => page.evaluate(unreachableScrollers), { message: `${path}: boxes that scroll sideways and are not a tab stop` })
      .toEqual([]);
    await expectNoViolations(page, `${path} at 320 px`);
  }
  expect(wide, "pages that scroll sideways at 320 px").toEqual([]);
});
