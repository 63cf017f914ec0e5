import { expect, test } from "@playwright/test";
import { addSystemAndOpen, createPlan, signIn, unique, USERS } from "./helpers";

test("a keyboard user keeps their place: a refused form focuses its first bad field, a saved one its button", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Keyboard plan"));
  await page.goto(`${planUrl}/risks`);
  await page.getByText("Add a threat", { exact: true }).click();
  const form = page.getByRole("form", { name: "Add a threat" });

  // Submitted with the keyboard and refused: focus lands on the field to fix, which names its error.
  await form.getByRole("button", { name: "Add threat" }).focus();
  await page.keyboard.press("Enter");
  const title = form.getByLabel("Threat", { exact: true });
  await expect(title).toHaveAccessibleDescription("Name the threat.");
  await expect(title).toBeFocused();
  await expect(title).toHaveAttribute("aria-invalid", "true");

  // Fixed and submitted with Enter: saved, and focus is back on the form's button, not the page.
  await page.keyboard.type("Cold store compressor failure");
  await page.keyboard.press("Enter");
  await expect(form.getByText("Cold store compressor failure was added to the register.")).toBeVisible();
  await expect(form.getByRole("button", { name: "Add threat" })).toBeFocused();
});

test("a refused form sums up its refused fields, each a link that takes the focus to its field", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Summary plan"));
  await page.goto(`${planUrl}/bia`);
  const name = unique("Goods in");
  await page.getByLabel("Function name").fill(name);
  await page.getByRole("button", { name: "Add function" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // What to type in a target is said once under the row, and read with each of its fields.
  const form = page.getByRole("form", { name: "Impact analysis" });
  for (const target of ["MTD", "RTO", "WRT", "RPO"]) {
    await expect(form.getByLabel(`${target} (optional)`, { exact: true })).toHaveAccessibleDescription(/ For example 90min, 4h, 1d or 2w\.$/);
  }
  const mtd = form.getByLabel("MTD (optional)", { exact: true });
  const rpo = form.getByLabel("RPO (optional)", { exact: true });
  await mtd.fill("4");
  await rpo.fill("soon");
  await form.getByRole("button", { name: "Save impact analysis" }).click();

  // The summary names each refused field and what it needs, in the form's order.
  const summary = form.getByRole("alert");
  await expect(summary).toContainText("2 fields need attention:");
  await expect(summary).not.toContainText("Some fields need attention.");
  const links = summary.getByRole("link");
  await expect(links).toHaveText(["MTD — write a duration like 90min, 4h, 1d or 2w.", "RPO — write a duration like 90min, 4h, 1d or 2w."]);
  await expect(mtd).toHaveAccessibleDescription("Maximum tolerable downtime. For example 90min, 4h, 1d or 2w. MTD: write a duration like 90min, 4h, 1d or 2w.");

  // Focus starts at the first refused field; each link, clicked or pressed, takes it to its own.
  await expect(mtd).toBeFocused();
  await links.nth(1).click();
  await expect(rpo).toBeFocused();
  await links.nth(0).focus();
  await page.keyboard.press("Enter");
  await expect(mtd).toBeFocused();
  await expect(page).toHaveURL(/\/bia\/functions\/[^#]+$/);
});

test("a form that says the same outcome twice (two members added in a row) says it again, for a screen reader to hear", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Second outcome plan"));
  await page.goto(`${planUrl}/committee`);
  const form = page.getByRole("form", { name: "Add a committee member" });
  const add = async (person: string, area: string) => {
    await form.getByLabel("Person").selectOption({ label: person });
    await form.getByLabel("Functional area").fill(area);
    await form.getByRole("button", { name: "Add member" }).click();
  };
  await add("Tom Reed (Warehouse Manager)", "Warehouse");
  await expect(form.getByRole("status")).toHaveText("Added to the committee.");

  // A live region is heard when its text changes: the same text left in place is silence. What
  // the form's region says from here on is recorded as it changes.
  await form.getByRole("status").evaluate((region) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(region.textContent ?? "")).observe(region, { childList: true, subtree: true, characterData: true });
  });
  await add("Owen Hughes (Facilities and Health & Safety Officer)", "Facilities");
  await expect(page.getByRole("table", { name: "Committee members" }).getByRole("row")).toHaveCount(3);
  await expect.poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual(["", "Added to the committee."]);
});

test("a refused choice of checkboxes (a dependency cycle) takes the focus to its first box, which says why", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Cycle plan"));
  const app = unique("APP");
  const db = unique("DB");
  const factsOf = (systemUrl: string) => `${planUrl}/recovery/setup/vms/${systemUrl.split("/").pop()}`;
  const appFacts = factsOf(await addSystemAndOpen(page, { planUrl, name: app }));
  const dbFacts = factsOf(await addSystemAndOpen(page, { planUrl, name: db }));

  await page.goto(appFacts);
  const appForm = page.getByRole("form", { name: `Recovery facts of ${app}` });
  await appForm.getByLabel(db, { exact: true }).check();
  await appForm.getByRole("button", { name: "Save recovery facts" }).click();
  await expect(appForm.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // The other way round closes a cycle: refused, and the keyboard lands on the box to untick.
  await page.goto(dbFacts);
  const dbForm = page.getByRole("form", { name: `Recovery facts of ${db}` });
  await dbForm.getByLabel(app, { exact: true }).check();
  await dbForm.getByRole("button", { name: "Save recovery facts" }).press("Enter");
  const box = dbForm.getByLabel(app, { exact: true });
  await expect(box).toBeFocused();
  // Still ticked as it was submitted: the refusal loses no edit.
  await expect(box).toBeChecked();
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(box).toHaveAccessibleDescription(/^Depends on: would form a cycle .+\.$/);
});

test("every section of a plan has its tab in sight, on a laptop's screen and a narrow window", async ({ page }) => {
  await signIn(page, USERS.auditor);
  await page.getByRole("link", { name: "Bristol operations" }).click();
  const tabs = page.getByRole("navigation", { name: "Plan sections" }).getByRole("link");
  await expect(tabs).toHaveCount(13);
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    for (const tab of await tabs.all()) await expect(tab, `${await tab.textContent()} at ${width} px`).toBeInViewport({ ratio: 1 });
  }
  // The auditor's reason to come: the reports, one click away.
  await tabs.filter({ hasText: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
});

test("a table wider than the window is a named tab stop the arrow keys scroll; a table that fits adds no tab stop", async ({ page }) => {
  await signIn(page, USERS.auditor);
  await page.getByRole("link", { name: "Bristol operations" }).click();
  await page.getByRole("link", { name: "Impact analysis", exact: true }).click();
  const box = page.getByRole("region", { name: "Business functions, sortable (scrolls sideways)" });
  const table = page.getByRole("table", { name: "Business functions, sortable" });
  await expect(table).toBeVisible();
  await expect(box).toHaveCount(0);

  // A phone, or a desktop zoomed to 400%: the table no longer fits, and its box says so.
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(box).toHaveAttribute("tabindex", "0");
  // Reached by Tab straight after the search, before the first function's link, and scrolled with the arrow keys.
  await page.getByRole("button", { name: "Search" }).focus();
  await page.keyboard.press("Tab");
  await expect(box).toBeFocused();
  expect(await box.evaluate((element) => element.scrollLeft)).toBe(0);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  // A shade on the right edge says there is more, until the table is scrolled to its end.
  const shade = page.locator("[data-scroll-more]");
  await expect(shade).toHaveCount(1);
  await box.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  await expect(shade).toHaveCount(0);

  // Wide again: the box is an ordinary box once more.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(box).toHaveCount(0);
});

test("a table's visible caption stays in sight, within the screen's width, while its table scrolls under it", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await signIn(page, USERS.auditor);
  await page.getByRole("link", { name: "Bristol operations" }).click();
  await page.getByRole("link", { name: "Recovery", exact: true }).click();
  await page.getByRole("link", { name: "Bristol site lost" }).first().click();
  const box = page.getByRole("region", { name: "Recovery steps per system (minutes after the disaster) (scrolls sideways)" });
  const caption = box.locator("caption");
  const before = (await caption.boundingBox())!;
  expect(before.x + before.width, "the caption's right edge").toBeLessThanOrEqual(320);
  await box.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  expect((await caption.boundingBox())!.x).toBe(before.x);
});

test("a what-if draft submitted with the keyboard takes the focus to its first field to fix, or to the draft's effect", async ({ page }) => {
  await signIn(page, USERS.committee);
  await page.getByRole("link", { name: "Bristol operations" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Bristol operations" })).toBeVisible();
  const whatIf = `${page.url()}/recovery/what-if`;
  await page.goto(whatIf);
  const every = page.getByLabel("Every (minutes)", { exact: true });
  const assess = page.getByRole("button", { name: "Assess the draft" });

  // Refused: the page loads anew (a GET form) with the focus on the first refused field, whose error is its description.
  await every.fill("abc");
  await page.getByLabel("Memory (MiB)", { exact: true }).fill("lots");
  await assess.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]everyMinutes=abc/);
  await expect(page.getByText("Some fields need attention.")).toBeVisible();
  await expect(every).toBeFocused();
  await expect(every).toHaveAttribute("aria-invalid", "true");

  // Assessed: the focus is on the effect's heading, scrolled into view, rather than at the top of the page.
  await page.goto(whatIf);
  await page.getByLabel("Policy").selectOption("nightly");
  await page.getByLabel("Schedule").selectOption("every");
  await every.fill("180");
  await page.getByLabel("Window (minutes)").fill("60");
  await assess.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]everyMinutes=180/);
  const effect = page.getByRole("heading", { level: 2, name: "Effect of the draft" });
  await expect(effect).toBeFocused();
  await expect(effect).toBeInViewport();
});

test("an impact category moved to the top or the bottom of the list keeps the keyboard focus, and its new place is said", async ({ page }) => {
  // Nothing is saved: the list is only rearranged in the form.
  await signIn(page, USERS.admin);
  await page.goto("/settings");
  const news = page.getByRole("status").filter({ hasText: /moved to position/ });

  const up = page.getByRole("button", { name: "Move Operational up" });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Name of impact category 1")).toHaveValue("Operational");
  await expect(up).toBeFocused();
  await expect(up).toHaveAttribute("aria-disabled", "true");
  await expect(news).toHaveText("Operational moved to position 1 of 5. Save the settings to keep it.");
  // At the top it goes no further: pressed again, nothing moves and the focus stays.
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Name of impact category 1")).toHaveValue("Operational");
  await expect(up).toBeFocused();

  const down = page.getByRole("button", { name: "Move Reputational down" });
  await down.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Name of impact category 5")).toHaveValue("Reputational");
  await expect(down).toBeFocused();
  await expect(down).toHaveAttribute("aria-disabled", "true");
  await expect(news).toHaveText("Reputational moved to position 5 of 5. Save the settings to keep it.");
});
