/**
 * The emergency sheet on a phone (390×844, touch), as the committee member and as the executive
 * on the morning of an incident: one tap from the plan's overview, the incident lead's name with
 * a button that dials their 24/7 number, 999 as a button that dials it, and no sideways scrolling.
 * Demo data: prisma/demo/committee.ts (Priya Shah is the primary of the Incident lead, the role marked
 * as leading the response, 24/7 0117 496 0872) and
 * prisma/demo/inventories.ts (the critical numbers start with Emergency services, 999).
 */
import { expect, test, type Page } from "@playwright/test";
import { createPlan, session, signIn, sqlForPlan, unique, USERS } from "./helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** A card of a block of the sheet, by its heading. */
function card(page: Page, block: string, title: string) {
  return page
    .getByRole("region", { name: block, exact: true })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) });
}

for (const role of ["committee", "executive"] as const) {
  test(`the ${role} reaches the emergency sheet in one tap from the plan and calls from it on a phone`, async ({ page }) => {
    await signIn(page, USERS[role]);
    await page.getByRole("link", { name: "Bristol operations", exact: true }).tap();
    await expect(page.getByRole("heading", { level: 1, name: "Bristol operations" })).toBeVisible();

    await page.getByRole("main").getByRole("link", { name: /Who leads, whom to call, where to go/ }).tap();
    await expect(page.getByRole("heading", { level: 1, name: "In an emergency" })).toBeVisible();
    await expect(page).toHaveURL(/\/plans\/[^/]+\/emergency$/);
    await expect(page.getByRole("link", { name: "In an emergency", exact: true })).toHaveAttribute("aria-current", "page");

    const lead = card(page, "Who leads", "Incident lead");
    await expect(lead).toContainText("Priya Shah");
    await expect(lead.getByRole("link", { name: "Call 24/7 0117 496 0872", exact: true })).toHaveAttribute("href", "tel:01174960872");
    await expect(lead.getByRole("link", { name: "Call Mobile 07700 900102", exact: true })).toHaveAttribute("href", "tel:07700900102");
    // Tom Reed's 24/7 number is his mobile: one button, both labels.
    await expect(lead.getByRole("link", { name: "Call 24/7 and mobile 07700 900103", exact: true })).toHaveAttribute("href", "tel:07700900103");

    // A tap target a thumb can hit (WCAG 2.5.5).
    const box = await lead.getByRole("link", { name: "Call 24/7 0117 496 0872", exact: true }).boundingBox();
    expect(box?.height, "the 24/7 button's height, px").toBeGreaterThanOrEqual(44);
    expect(box?.width, "the 24/7 button's width, px").toBeGreaterThanOrEqual(44);

    const emergencyServices = card(page, "Critical telephone numbers", "Emergency services");
    await expect(emergencyServices.getByRole("link", { name: "Call Phone 999", exact: true })).toHaveAttribute("href", "tel:999");

    // The call tree's entry, then the numbers People holds for Priya that it does not: her office.
    const first = card(page, "Call tree", "1. Priya Shah");
    await expect(first.getByRole("link", { name: "Call Primary number and mobile 07700 900102", exact: true })).toHaveAttribute("href", "tel:07700900102");
    await expect(first.getByRole("link", { name: "Call Office 0117 496 0102", exact: true })).toHaveAttribute("href", "tel:01174960102");
    await expect(card(page, "Insurance claims", "Hiscox — Cyber").getByRole("link", { name: "Call Claims phone 0800 840 2590", exact: true })).toHaveAttribute(
      "href",
      "tel:08008402590",
    );
    await expect(page.getByRole("region", { name: "Activation and notification", exact: true })).toContainText("The plan is activated when the ERP");

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, "the page's width at 390 px, px").toBeLessThanOrEqual(390);
  });
}

test("a bridge's long link in the activation section does not make the page scroll sideways on a phone", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Bridge plan"));
  const bridge = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM4ZTBkYjEtYzQ5Ni00ZDU2LWE2YjQtM2U4ZWM5ZDFhYjQ1%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf%22%7d";
  await sqlForPlan(
    planUrl,
    `INSERT INTO "PlanSection" (id, "orgId", "planId", key, body, "updatedAt")
     SELECT gen_random_uuid()::text, p."orgId", p.id, 'activation', 'Join the bridge: ${bridge}', now() FROM "Plan" p WHERE p.id = $1
     ON CONFLICT ("planId", key) DO UPDATE SET body = EXCLUDED.body, version = "PlanSection".version + 1`,
  );
  await page.goto(`${planUrl}/emergency`);
  await expect(page.getByRole("region", { name: "Activation and notification", exact: true })).toContainText("Join the bridge: https://teams.microsoft.com/");
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 844 });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll, `the page's width at ${width} px, px`).toBeLessThanOrEqual(width);
  }
});

test("an empty block says the committee fills it in, linked only for those who may", async ({ page, browser }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Empty plan"));
  await page.goto(`${planUrl}/emergency`);
  // The committee fills the call tree in: its empty block links there.
  const callTree = page.getByRole("region", { name: "Call tree", exact: true });
  await expect(callTree).toContainText("Nobody is in the call tree yet. The committee keeps it in the Master call list.");
  await expect(callTree.getByRole("link", { name: "the Master call list", exact: true })).toHaveAttribute("href", /\/inventories\/call_list$/);

  // The executive only reads it: the place is named, not linked.
  const executive = await session(browser, USERS.executive);
  await executive.setViewportSize({ width: 390, height: 844 });
  await executive.goto(`${planUrl}/emergency`);
  const theirs = executive.getByRole("region", { name: "Call tree", exact: true });
  await expect(theirs).toContainText("Nobody is in the call tree yet. The committee keeps it in the Master call list.");
  await expect(theirs.getByRole("link")).toHaveCount(0);
  await executive.context().close();
});
