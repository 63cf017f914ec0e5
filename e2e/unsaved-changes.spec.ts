import { expect, test, type Locator, type Page } from "@playwright/test";
import { createPlan, reloadAcceptingPrompt, signIn, unique, USERS } from "./helpers";

const tab = (page: Page, name: string) => page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name });
const impactForm = (page: Page) => page.getByRole("form", { name: "Impact analysis" });
const question = "You have unsaved changes in “Impact analysis”. Leave this page and lose them?";

/** A new plan with one business function, its page open; returns the page's address. */
async function openNewFunction(page: Page): Promise<string> {
  await signIn(page, USERS.committee);
  await createPlan(page, unique("Unsaved changes plan"));
  await tab(page, "Impact analysis").click();
  const name = unique("Goods in");
  await page.getByLabel("Function name").fill(name);
  await page.getByRole("button", { name: "Add function" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url();
}

/** Clicks into the field first, as a user would: a browser prompts on unload only for a page the user has interacted with. */
async function typeInto(field: Locator, text: string) {
  await field.click();
  await field.fill(text);
}

test("a typed change asks before a tab leaves it: Stay keeps it, Leave goes without it", async ({ page }) => {
  const functionUrl = await openNewFunction(page);
  const description = impactForm(page).getByLabel("Description (optional)", { exact: true });
  const dialog = page.getByRole("dialog", { name: "Unsaved changes" });

  // Typed and typed back: nothing has changed, so nothing is asked.
  await typeInto(description, "Receives deliveries");
  await description.fill("");
  await tab(page, "Priorities").click();
  await expect(page.getByRole("heading", { level: 1, name: "Priorities" })).toBeVisible();
  await expect(dialog).toHaveCount(0);

  await page.goto(functionUrl);
  await typeInto(description, "Receives deliveries at the dock and books them in.");
  await tab(page, "Priorities").click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(question);
  await expect(dialog.getByRole("button", { name: "Stay" })).toBeFocused();
  await dialog.getByRole("button", { name: "Stay" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(functionUrl);
  await expect(description).toHaveValue("Receives deliveries at the dock and books them in.");

  // Signing out would lose it as well, so it asks first too.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(dialog).toHaveAccessibleDescription(question);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("whoami")).toBeVisible();
  await expect(description).toHaveValue("Receives deliveries at the dock and books them in.");

  await tab(page, "Priorities").click();
  await dialog.getByRole("button", { name: "Leave" }).click();
  await expect(page).toHaveURL(/\/priorities$/);
  await expect(page.getByRole("heading", { level: 1, name: "Priorities" })).toBeVisible();
  await page.goto(functionUrl);
  await expect(description).toHaveValue("");
});

test("a refused save still asks; once saved, the form leaves without asking", async ({ page }) => {
  const functionUrl = await openNewFunction(page);
  const form = impactForm(page);
  const description = form.getByLabel("Description (optional)", { exact: true });
  const dialog = page.getByRole("dialog", { name: "Unsaved changes" });

  await typeInto(description, "Receives deliveries at the dock.");
  await form.getByLabel("Cost of an outage per hour (£, optional)").fill("-50");
  await form.getByRole("button", { name: "Save impact analysis" }).click();
  await expect(form.getByLabel("Cost of an outage per hour (£, optional)")).toHaveAccessibleDescription("Cost per hour must be between 0 and 1,000,000,000.");
  await tab(page, "Priorities").click();
  await expect(dialog).toHaveAccessibleDescription(question);
  await dialog.getByRole("button", { name: "Stay" }).click();
  await expect(page).toHaveURL(functionUrl);

  await form.getByLabel("Cost of an outage per hour (£, optional)").fill("750");
  await form.getByRole("button", { name: "Save impact analysis" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await tab(page, "Priorities").click();
  await expect(page.getByRole("heading", { level: 1, name: "Priorities" })).toBeVisible();
  await expect(dialog).toHaveCount(0);

  // What was saved is what the page shows when it comes back; reloading a saved form asks nothing.
  await page.goto(functionUrl);
  await expect(description).toHaveValue("Receives deliveries at the dock.");
  const prompts: string[] = [];
  page.on("dialog", (prompt) => {
    prompts.push(prompt.type());
    void prompt.accept();
  });
  await page.reload();
  await expect(description).toHaveValue("Receives deliveries at the dock.");
  expect(prompts).toEqual([]);
});

test("an add form shown again after a refusal still asks; once it has added, it does not", async ({ page }) => {
  await signIn(page, USERS.committee);
  await createPlan(page, unique("Unsaved changes plan"));
  await tab(page, "Impact analysis").click();
  const add = page.getByRole("form", { name: "Add a product or service" });
  const dialog = page.getByRole("dialog", { name: "Unsaved changes" });

  // Refused for want of a name, the form comes back holding what was typed: still unsaved.
  await typeInto(add.getByLabel("Description (optional)"), "Pallets hired by the week.");
  await add.getByRole("button", { name: "Add product" }).click();
  await expect(add.getByLabel("Name")).toHaveAccessibleDescription("Give the product or service a name.");
  await expect(add.getByLabel("Description (optional)")).toHaveValue("Pallets hired by the week.");
  await tab(page, "Priorities").click();
  await expect(dialog).toHaveAccessibleDescription("You have unsaved changes in “Add a product or service”. Leave this page and lose them?");
  await dialog.getByRole("button", { name: "Stay" }).click();

  const name = unique("Pallet hire");
  await add.getByLabel("Name", { exact: true }).fill(name);
  await add.getByRole("button", { name: "Add product" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${name} was added.` })).toBeVisible();
  await tab(page, "Priorities").click();
  await expect(page.getByRole("heading", { level: 1, name: "Priorities" })).toBeVisible();
  await expect(dialog).toHaveCount(0);
});

test("going Back or reloading with a typed change asks first", async ({ page }) => {
  const functionUrl = await openNewFunction(page);
  const description = impactForm(page).getByLabel("Description (optional)", { exact: true });
  const dialog = page.getByRole("dialog", { name: "Unsaved changes" });

  // Back to the function list, which the App Router shows without loading a new document.
  await typeInto(description, "Receives deliveries at the dock.");
  await page.evaluate(() => history.back());
  await expect(dialog).toHaveAccessibleDescription(question);
  await dialog.getByRole("button", { name: "Stay" }).click();
  await expect(page).toHaveURL(functionUrl);
  await expect(description).toHaveValue("Receives deliveries at the dock.");
  await page.evaluate(() => history.back());
  await dialog.getByRole("button", { name: "Leave" }).click();
  await expect(page).toHaveURL(/\/bia$/);
  await expect(page.getByRole("heading", { level: 1, name: "Business impact analysis" })).toBeVisible();

  // A reload is the browser's to ask about (beforeunload); accepted, the page reloads.
  await page.goto(functionUrl);
  await typeInto(description, "Typed, never saved.");
  await reloadAcceptingPrompt(page);
  await expect(impactForm(page)).toBeVisible();
});

test("a what-if draft being set up asks before a link leaves it; set back, or assessed, it does not", async ({ page }) => {
  await signIn(page, USERS.committee);
  await page.getByRole("link", { name: "Bristol operations" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Bristol operations" })).toBeVisible();
  const whatIf = `${page.url()}/recovery/what-if`;
  const draft = page.getByRole("form", { name: "What-if draft" });
  const policy = draft.getByLabel("Policy", { exact: true });
  const dialog = page.getByRole("dialog", { name: "Unsaved changes" });

  // A policy chosen and chosen back: the draft is as the page showed it, so nothing is asked.
  await page.goto(whatIf);
  await policy.selectOption("nightly");
  await policy.selectOption("");
  await tab(page, "Priorities").click();
  await expect(page.getByRole("heading", { level: 1, name: "Priorities" })).toBeVisible();
  await expect(dialog).toHaveCount(0);

  await page.goto(whatIf);
  await policy.selectOption("nightly");
  await draft.getByLabel("Schedule", { exact: true }).selectOption("every");
  await typeInto(draft.getByLabel("Every (minutes)", { exact: true }), "180");
  await typeInto(draft.getByLabel("Window (minutes)", { exact: true }), "60");
  await tab(page, "Priorities").click();
  await expect(dialog).toHaveAccessibleDescription("You have unsaved changes in “What-if draft”. Leave this page and lose them?");
  await dialog.getByRole("button", { name: "Stay" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(whatIf);
  await expect(draft.getByLabel("Every (minutes)", { exact: true })).toHaveValue("180");

  // Assessing the draft takes it along (a GET form loads the page anew): the browser asks
  // nothing, and the draft the page then shows is no change to leave.
  const prompts: string[] = [];
  page.on("dialog", (prompt) => {
    prompts.push(prompt.type());
    void prompt.accept();
  });
  await draft.getByRole("button", { name: "Assess the draft" }).click();
  await expect(page).toHaveURL(/[?&]everyMinutes=180/);
  await expect(page.getByRole("heading", { level: 2, name: "Effect of the draft" })).toBeVisible();
  await expect(policy).toHaveValue("nightly");
  expect(prompts).toEqual([]);
  await tab(page, "Priorities").click();
  await expect(page.getByRole("heading", { level: 1, name: "Priorities" })).toBeVisible();
  await expect(dialog).toHaveCount(0);
});

test("an import with a file chosen asks before a link leaves it; cancelled, or imported, it does not", async ({ page }) => {
  await signIn(page, USERS.committee);
  const importsUrl = `${await createPlan(page, unique("Unsaved import plan"))}/recovery/imports`;
  const generic = page.getByLabel("VM inventory: generic CSV (Hyper-V or anything else)", { exact: true });
  const file = page.getByLabel("CSV file", { exact: true });
  const vms = { name: "vms.csv", mimeType: "text/csv", buffer: Buffer.from("name,ramMiB,usedGB\nAPP01,4096,40\nAPP02,8192,120\n") };
  const summary = page.getByTestId("import-summary");
  const dialog = page.getByRole("dialog", { name: "Unsaved changes" });
  const leaveForPriorities = async () => {
    await tab(page, "Priorities").click();
    await expect(page.getByRole("heading", { level: 1, name: "Priorities" })).toBeVisible();
    await expect(dialog).toHaveCount(0);
  };

  // A format ticked with no file chosen loses nothing.
  await page.goto(importsUrl);
  await generic.check();
  await leaveForPriorities();

  // A file chosen and previewed, not imported: asked, and Stay keeps the preview.
  await page.goto(importsUrl);
  await generic.check();
  await file.setInputFiles(vms);
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(summary).toHaveText("2 rows: 2 to create, 0 to update, 0 unchanged.");
  await tab(page, "Priorities").click();
  await expect(dialog).toHaveAccessibleDescription("You have unsaved changes in “File to import”. Leave this page and lose them?");
  await dialog.getByRole("button", { name: "Stay" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(importsUrl);
  await expect(summary).toBeVisible();
  // Cancelled, the file field is empty again: nothing is left to lose.
  await page.getByRole("button", { name: "Cancel", exact: true }).click();
  await expect(summary).toHaveCount(0);
  await leaveForPriorities();

  // Imported, the file chosen is what the plan now holds: nothing is asked.
  await page.goto(importsUrl);
  await generic.check();
  await file.setInputFiles(vms);
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(summary).toHaveText("2 rows: 2 to create, 0 to update, 0 unchanged.");
  await page.getByRole("button", { name: "Confirm import" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported vms.csv: 2 created" })).toBeVisible();
  await leaveForPriorities();
});
