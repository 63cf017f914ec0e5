import { expect, test } from "@playwright/test";
import { createPlan, signIn, sqlForPlan, unique, USERS } from "./helpers";

async function openPlanTab(page: import("@playwright/test").Page, tab: string) {
  await page.getByRole("link", { name: "Bristol operations" }).click();
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: tab }).click();
}

test("a committee member rates a function's impact, sees the suggested MTD and the RTO + WRT warning", async ({ page }) => {
  await signIn(page, USERS.committee);
  await openPlanTab(page, "Impact analysis");
  await expect(page.getByRole("heading", { level: 1, name: "Business impact analysis" })).toBeVisible();

  const name = unique("Returns handling");
  await page.getByLabel("Function name").fill(name);
  await page.getByRole("button", { name: "Add function" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  const suggestion = page.getByTestId("suggestion");
  await expect(suggestion).toHaveText("No suggestion yet: no outage length is rated intolerable.");
  await page.getByLabel("Customer impact after 1 h").selectOption("minor");
  await page.getByLabel("Customer impact after 4 h").selectOption("major");
  await page.getByLabel("Financial impact after 1 day").selectOption("severe");
  await expect(suggestion).toContainText("Suggested MTD: 4 h.");

  await page.getByLabel("MTD (optional)", { exact: true }).fill("4h");
  await expect(suggestion).toContainText("Suggested RTO: 1 h.");
  // A WRT only ever tightens the suggestion: 1 min leaves it at the last tolerable length, 3 h 30 min brings it in.
  await page.getByLabel("WRT (optional)", { exact: true }).fill("1min");
  await expect(suggestion).toContainText("Suggested RTO: 1 h.");
  await page.getByLabel("WRT (optional)", { exact: true }).fill("210min");
  await expect(suggestion).toContainText("Suggested RTO: 30 min.");
  await page.getByLabel("WRT (optional)", { exact: true }).fill("2h");
  await expect(suggestion).toContainText("Suggested RTO: 1 h.");
  // A tighter RTO than suggested needs no reason.
  await page.getByLabel("RTO (optional)", { exact: true }).fill("30min");
  await expect(page.getByLabel(/Why the RTO/)).toHaveCount(0);
  await page.getByLabel("RTO (optional)", { exact: true }).fill("3h");
  // The warning shows as the user types, before anything is saved.
  await expect(page.getByText("RTO + WRT (5 h) exceeds the MTD (4 h).")).toBeVisible();
  await page.getByLabel("Cost of an outage per hour (£, optional)").fill("750");

  // An RTO longer than the suggestion needs a reason, said in the same pass as the other fields' errors.
  await page.getByLabel("Cost of an outage per hour (£, optional)").fill("-50");
  await page.getByLabel("WRT (optional)", { exact: true }).fill("abc");
  await page.getByRole("button", { name: "Save impact analysis" }).click();
  const reason = page.getByLabel("Why the RTO is longer than the suggested 1 h");
  await expect(reason).toHaveAccessibleDescription("Say why the RTO is longer than the suggested 1 h.");
  await expect(page.getByLabel("Cost of an outage per hour (£, optional)")).toHaveAccessibleDescription("Cost per hour must be between 0 and 1,000,000,000.");
  await expect(page.getByText("WRT: write a duration like 90min, 4h, 1d or 2w.")).toBeVisible();
  await page.getByLabel("Cost of an outage per hour (£, optional)").fill("750");
  await page.getByLabel("WRT (optional)", { exact: true }).fill("2h");
  await expect(page.getByLabel("RTO (optional)", { exact: true })).toHaveValue("3h");
  await reason.fill("Courier collections only restart after 3 h.");
  await page.getByRole("button", { name: "Save impact analysis" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const targets = page.getByRole("region", { name: "Targets" });
  await expect(targets.getByText("RTO + WRT (5 h) exceeds the MTD (4 h).")).toBeVisible();
  await expect(targets.getByText("RTO set by the committee: Courier collections only restart after 3 h.")).toBeVisible();

  await page.getByRole("link", { name: "All functions" }).click();
  await page.getByLabel("Search functions").fill(name);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("4 h");
  await expect(row).toContainText("RTO + WRT > MTD");

  // Saved, but not sound: the overview counts it against the BIA stage and says what to fix.
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Overview" }).click();
  await expect(page.locator('[data-stage="bia"]').getByTestId("stage-todo")).toContainText("RTO + WRT fit in");
});

test("a committee member edits and deletes a product on its own page; another organisation gets 404 there", async ({ page, browser }) => {
  await signIn(page, USERS.committee);
  await openPlanTab(page, "Impact analysis");
  const name = unique("Pallet hire");
  const form = page.getByRole("form", { name: "Add a product or service" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByRole("button", { name: "Add product" }).click();
  await expect(form.getByRole("status").filter({ hasText: `${name} was added.` })).toBeVisible();

  await page.getByRole("link", { name: `Edit ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const productUrl = page.url();
  const renamed = `${name} and returns`;
  await page.getByLabel("Name", { exact: true }).fill(renamed);
  await page.getByLabel("Description (optional)").fill("Hire and collection of pallets.");
  await page.getByLabel("Department (optional)").selectOption({ label: "Warehouse and logistics" });
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();

  await page.getByRole("link", { name: "All products and functions" }).click();
  const item = page.getByRole("listitem").filter({ hasText: renamed });
  await expect(item).toContainText("Hire and collection of pallets.");
  await expect(item).toContainText("Warehouse and logistics · 0 functions");

  const other = await browser.newContext();
  const outsider = await other.newPage();
  await signIn(outsider, USERS.otherOrgAdmin);
  expect((await outsider.goto(productUrl))?.status()).toBe(404);
  await other.close();

  await page.getByRole("link", { name: `Edit ${renamed}` }).click();
  await page.getByRole("button", { name: "Delete product" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${renamed}?` });
  await dialog.getByRole("button", { name: "Delete product" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Business impact analysis" })).toBeVisible();
  await expect(page.getByText(renamed)).toHaveCount(0);
  expect((await page.goto(productUrl))?.status()).toBe(404);
});

test("the auditor reads the BIA, systems, priorities and written plan without any way to change them", async ({ page }) => {
  await signIn(page, USERS.auditor);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toHaveCount(0);
  await openPlanTab(page, "Impact analysis");
  await expect(page.getByRole("link", { name: "Order taking" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add function" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add product" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Edit / })).toHaveCount(0);

  // Readers open a product by its name, read-only.
  await page.getByRole("link", { name: "Cold-chain storage", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cold-chain storage" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save product" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete product" })).toHaveCount(0);
  await page.goBack();

  // Customer service: RTO 8 h, put in Tier 0 (up to 4 h) by hand: information, on its page and on the priorities page.
  const tighterTier = "RTO 8 h is longer than Tier 0's limit of 4 h: the tier recovers it sooner than its RTO needs.";
  await page.getByRole("link", { name: "Customer service" }).click();
  await expect(page.getByRole("region", { name: "Targets" }).getByText(tighterTier)).toBeVisible();
  await page.goBack();

  await page.getByRole("link", { name: "Picking and dispatch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Picking and dispatch" })).toBeVisible();
  await expect(page.getByText("RTO + WRT (5 h) exceeds the MTD (4 h).")).toBeVisible();
  await expect(page.getByRole("table", { name: /Impact over time/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save impact analysis" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete function" })).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);

  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Systems" }).click();
  await expect(page.getByRole("link", { name: "SQL01" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add system" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Priorities" }).click();
  await expect(page.locator('[data-system="SQL01"]')).toContainText("2 h");
  await expect(page.locator('[data-system="SQL01"]')).toContainText("Order taking");
  await expect(page.locator('[data-function="Customer service"]')).toContainText("Tier 0");
  await expect(page.locator('[data-function="Customer service"]')).toContainText(tighterTier);
  await expect(page.getByRole("button", { name: "Save override" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add tier" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Delete/ })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Written plan" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Recovery sequence" })).toBeVisible();
  await expect(page.getByText("DC01 (sign-in and DNS for everything else)")).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Save/ })).toHaveCount(0);
});

test("only an administrator sees the organisation's BIA settings", async ({ page }) => {
  await signIn(page, USERS.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByLabel("Outage lengths of the impact grid")).toHaveValue("1h, 4h, 1d, 3d, 1w, 2w");
  await expect(page.getByLabel("First intolerable rating")).toHaveValue("major");
});

test("a committee member is refused the settings page", async ({ page }) => {
  await signIn(page, USERS.committee);
  const response = await page.goto("/settings");
  expect(response?.status()).toBe(404);
});

test("a committee member writes a section of a new plan, shown as paragraphs and lists, never as markup", async ({ page }) => {
  await signIn(page, USERS.committee);
  const name = unique("Section plan");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Written plan" }).click();

  const purpose = page.locator('[data-section="purpose"]');
  await expect(purpose.getByText("Not written yet.")).toBeVisible();
  await purpose.getByText("Edit purpose").click();
  await purpose.getByRole("textbox", { name: "Purpose" }).fill("Keep <b>orders</b> flowing.\n\n- Phones first\n- Then the ERP");
  await purpose.getByRole("button", { name: "Save purpose" }).click();
  await expect(purpose.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(purpose.getByText("Keep <b>orders</b> flowing.", { exact: true })).toBeVisible();
  await expect(purpose.getByRole("listitem")).toHaveText(["Phones first", "Then the ERP"]);
  await expect(purpose.locator("b")).toHaveCount(0);

  // Emptying a written section deletes it: asked first; declined, nothing changes.
  await purpose.getByRole("textbox", { name: "Purpose" }).fill("");
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await purpose.getByRole("button", { name: "Save purpose" }).click();
  expect(asked).toEqual(["Clear purpose? It will read “Not written yet.” until someone writes it again."]);
  await page.reload();
  await expect(purpose.getByRole("listitem")).toHaveText(["Phones first", "Then the ERP"]);
  await purpose.getByText("Edit purpose").click();
  await purpose.getByRole("textbox", { name: "Purpose" }).fill("");
  page.once("dialog", (dialog) => void dialog.accept());
  await purpose.getByRole("button", { name: "Save purpose" }).click();
  await expect(purpose.getByText("Not written yet.")).toBeVisible();
});

test("another organisation's administrator gets 404 for a function, a system and the priorities", async ({ page, browser }) => {
  await signIn(page, USERS.auditor);
  await openPlanTab(page, "Impact analysis");
  await page.getByRole("link", { name: "Order taking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Order taking" })).toBeVisible();
  const functionUrl = page.url();
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Systems" }).click();
  await page.getByRole("link", { name: "SQL01" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "SQL01" })).toBeVisible();
  const systemUrl = page.url();

  const other = await browser.newContext();
  const outsider = await other.newPage();
  await signIn(outsider, USERS.otherOrgAdmin);
  for (const url of [functionUrl, systemUrl, functionUrl.replace(/\/bia\/functions\/.*$/, "/priorities")]) {
    const response = await outsider.goto(url);
    expect(response?.status()).toBe(404);
  }
  await other.close();
});

test("the priority override starts from the function's current override, refuses a reason alone, and a tier looser than the RTO is flagged", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Priority plan"));
  await page.goto(`${planUrl}/bia`);
  for (const name of ["Order desk", "Archive"]) {
    await page.getByLabel("Function name").fill(name);
    await page.getByRole("button", { name: "Add function" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    if (name === "Order desk") {
      await page.getByLabel("RTO (optional)", { exact: true }).fill("2h");
      // Only plain decimals: Number() would read 0x10 as 16.
      const cost = page.getByLabel("Cost of an outage per hour (£, optional)");
      await cost.fill("0x10");
      await page.getByRole("button", { name: "Save impact analysis" }).click();
      await expect(cost).toHaveAccessibleDescription("Cost per hour must be a number.");
      await cost.fill("2000000000");
      await page.getByRole("button", { name: "Save impact analysis" }).click();
      await expect(cost).toHaveAccessibleDescription("Cost per hour must be between 0 and 1,000,000,000.");
      await cost.fill("£1,500");
      await page.getByRole("button", { name: "Save impact analysis" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    }
    await page.goto(`${planUrl}/bia`);
  }
  // The Checks column names what is missing instead of OK.
  await expect(page.getByRole("row").filter({ hasText: "Order desk" })).toContainText("MTD not set, RPO not set, WRT not set");
  await expect(page.getByRole("row").filter({ hasText: "Archive" })).toContainText("Targets not set");

  await page.goto(`${planUrl}/priorities`);
  for (const [name, longest] of [["Tier 0", "4h"], ["Tier 2", "3d"]]) {
    const add = page.getByRole("form", { name: "Add a tier" });
    await add.getByLabel("Tier name").fill(name);
    await add.getByLabel("Longest RTO in this tier").fill(longest);
    await add.getByRole("button", { name: "Add tier" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: `${name} · RTO up to` })).toBeVisible();
  }

  const form = page.getByRole("form", { name: "Override a priority" });
  // Both have no MTD: Order desk, with a cost per hour, ranks first.
  await form.getByLabel("Function").selectOption({ label: "1. Order desk" });
  await form.getByLabel("Rank").fill("1");
  await form.getByLabel("Tier").selectOption({ label: "Tier 2" });
  await form.getByLabel("Reason").fill("Phones first");
  await form.getByRole("button", { name: "Save override" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Priority saved." })).toBeVisible();

  const looser = "Tier 2 allows up to 3 days, but the RTO is 2 h (Tier 0, up to 4 h): recovered with Tier 2, it may miss its RTO.";
  const row = page.locator('[data-function="Order desk"]');
  await expect(row).toContainText("Tier 2 (by hand)");
  await expect(row).toContainText(looser);

  // Choosing a function shows its current override; one without shows empty fields.
  await form.getByLabel("Function").selectOption({ label: "2. Archive" });
  await expect(form.getByLabel("Rank")).toHaveValue("");
  await expect(form.getByLabel("Reason")).toHaveValue("");
  await form.getByLabel("Function").selectOption({ label: "1. Order desk" });
  await expect(form.getByLabel("Rank")).toHaveValue("1");
  await expect(form.getByLabel("Tier").locator("option:checked")).toHaveText("Tier 2");
  await expect(form.getByLabel("Reason")).toHaveValue("Phones first");

  // A new reason alone would have cleared the rank and tier: it is refused, and nothing changes.
  await form.getByLabel("Rank").fill("");
  await form.getByLabel("Tier").selectOption({ label: "From its RTO" });
  await form.getByLabel("Reason").fill("Phones first, always");
  await form.getByRole("button", { name: "Save override" }).click();
  await expect(form.getByLabel("Rank")).toHaveAccessibleDescription(
    "Give a rank or a tier for this reason, or use Clear in the list to go back to the computed priority.",
  );
  await page.reload();
  await expect(row).toContainText("Tier 2 (by hand)");
  await expect(row).toContainText("Phones first");
  await expect(row).not.toContainText("Phones first, always");

  await row.getByRole("link", { name: "Order desk" }).click();
  await expect(page.getByRole("region", { name: "Targets" }).getByText(looser)).toBeVisible();
  await page.goBack();

  // Clearing is the explicit button, named after its function.
  await page.getByRole("button", { name: "Clear the override of Order desk" }).click();
  await page.getByRole("dialog", { name: "Clear the override of Order desk?" }).getByRole("button", { name: "Clear override" }).click();
  await expect(row).toContainText("Computed");
  await expect(row).not.toContainText(looser);
});

test("the written plan's recovery order says how many functions it leaves out", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Long plan"));
  // Sixteen functions straight into the plan's rows (the form adds one per page load, which
  // took a minute here); the seventeenth through the form, as a committee member adds it.
  await sqlForPlan(
    planUrl,
    `INSERT INTO "BusinessFunction" (id, "orgId", "planId", name, "updatedAt")
     SELECT gen_random_uuid()::text, p."orgId", p.id, 'Function ' || lpad(n::text, 2, '0'), now()
     FROM "Plan" p, generate_series(1, 16) n WHERE p.id = $1`,
  );
  await page.goto(`${planUrl}/bia`);
  await page.getByLabel("Function name").fill("Function 17");
  await page.getByRole("button", { name: "Add function" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Function 17" })).toBeVisible();
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Written plan" }).click();
  const order = page.getByRole("region", { name: "Recovery order" });
  await expect(order.getByRole("listitem")).toHaveCount(15);
  await expect(order.getByRole("listitem").last()).toContainText("15. Function 15");
  await order.getByRole("link", { name: "And 2 more: all priorities" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Priorities" })).toBeVisible();
});

test("a long list pages by the size asked for on every link, and a page past the end shows the last page", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Paged plan"));
  // Twelve systems straight into the new plan's rows: the list is about paging them, not adding them.
  await sqlForPlan(
    planUrl,
    `INSERT INTO "System" (id, "orgId", "planId", name, "updatedAt")
     SELECT gen_random_uuid()::text, p."orgId", p.id, 'SRV-' || lpad(n::text, 2, '0'), now()
     FROM "Plan" p, generate_series(1, 12) n WHERE p.id = $1`,
  );
  const pages = page.getByRole("navigation", { name: "Pages" });
  const rows = page.getByRole("table", { name: "IT systems, sortable" }).locator("tbody tr");

  await page.goto(`${planUrl}/systems?pageSize=10`);
  await expect(pages).toContainText("Page 1 of 2 · 12 systems");
  await expect(rows).toHaveCount(10);
  // Next kept the page size: it led to "Page 2 of 1" and an empty table.
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/[?&]page=2&pageSize=10$/);
  await expect(pages).toContainText("Page 2 of 2 · 12 systems");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("SRV-11");
  // Sorting and searching keep it too.
  await page.getByRole("columnheader", { name: "Name", exact: true }).getByRole("link").click();
  await expect(page).toHaveURL(/[?&]sort=name&dir=desc&pageSize=10$/);
  await expect(rows.first()).toContainText("SRV-12");
  await expect(rows).toHaveCount(10);
  await page.getByLabel("Search systems").fill("SRV-0");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]pageSize=10(&|$)/);
  await expect(pages).toContainText("Page 1 of 1 · 9 systems");

  // A page past the end (an old link, or the last rows of the last page deleted): the last page's rows.
  await page.goto(`${planUrl}/systems?pageSize=10&page=5`);
  await expect(pages).toContainText("Page 2 of 2 · 12 systems");
  await expect(rows).toHaveCount(2);
  await page.goto(`${planUrl}/systems?page=5`);
  await expect(pages).toContainText("Page 1 of 1 · 12 systems");
  await expect(rows).toHaveCount(12);
  await page.goto("/people?page=999");
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(/Page (\d+) of \1 · \d+ people/);
  await expect(page.getByText("The register is empty.", { exact: false })).toHaveCount(0);
  await expect(page.getByRole("table", { name: "People in the register" }).locator("tbody tr").first()).toBeVisible();

  // The page size is chosen under the list, from the page the reader is on: rows 11–12 are on page 1 at 25.
  await page.goto(`${planUrl}/systems?pageSize=10&page=2`);
  const sizes = pages.getByRole("group", { name: "Rows per page" });
  await expect(sizes.locator('[aria-current="true"]')).toHaveText("10");
  await sizes.getByRole("link", { name: "25 rows per page" }).click();
  await expect(page).toHaveURL(/[?&]pageSize=25$/);
  await expect(pages).toContainText("Page 1 of 1 · 12 systems");
  await expect(rows).toHaveCount(12);
  await expect(sizes.locator('[aria-current="true"]')).toHaveText("25");

  // A search that matches nothing says so, not that the register is empty.
  await page.goto(`${planUrl}/systems?q=nothing-like-this&page=3`);
  await expect(page.getByText("No systems match “nothing-like-this”.")).toBeVisible();
});

test("a consistency group added without a key gets one made from its name, shown as it is typed", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Grouped plan"));
  // Two systems straight into the new plan's rows: the group form needs two to choose from.
  await sqlForPlan(
    planUrl,
    `INSERT INTO "System" (id, "orgId", "planId", name, "updatedAt")
     SELECT gen_random_uuid()::text, p."orgId", p.id, n, now() FROM "Plan" p, unnest(ARRAY['ERP-APP', 'SQL01']) n WHERE p.id = $1`,
  );
  await page.goto(`${planUrl}/priorities`);
  const form = page.getByRole("form", { name: "Add a consistency group" });
  await form.getByLabel("Group name").fill("ERP and its database");
  await expect(form.getByText("Optional: leave blank to use erp-and-its-database, made from the name.")).toBeVisible();
  await form.getByLabel("ERP-APP", { exact: true }).check();
  await form.getByLabel("SQL01", { exact: true }).check();
  await form.getByRole("button", { name: "Add group" }).click();
  await expect(page.getByText("ERP and its database erp-and-its-database")).toBeVisible();
});

test("a function's dependencies are ticked one by one: a plain click never clears the others", async ({ page }) => {
  await signIn(page, USERS.committee);
  await openPlanTab(page, "Impact analysis");
  const name = unique("Yard checks");
  await page.getByLabel("Function name").fill(name);
  await page.getByRole("button", { name: "Add function" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  const deps = page.getByRole("form", { name: "Dependencies" });
  const systems = deps.getByRole("group", { name: "IT systems" });
  await systems.getByLabel("SQL01", { exact: true }).click();
  await systems.getByLabel("ERP-APP", { exact: true }).click();
  await expect(systems.getByLabel("SQL01", { exact: true })).toBeChecked();
  await expect(systems).toContainText("2 of");
  await deps.getByRole("button", { name: "Save dependencies" }).click();
  await expect(deps.getByRole("status").filter({ hasText: "Dependencies saved." })).toBeVisible();

  await page.reload();
  const saved = page.getByRole("form", { name: "Dependencies" }).getByRole("group", { name: "IT systems" });
  await expect(saved.getByRole("checkbox", { checked: true })).toHaveCount(2);
  await expect(saved.getByLabel("SQL01", { exact: true })).toBeChecked();
  await expect(saved.getByLabel("ERP-APP", { exact: true })).toBeChecked();
});

test("a product with a long description is cut with an ellipsis and keeps the form beside it on the page", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Long product"));
  await page.goto(`${planUrl}/bia`);
  const form = page.getByRole("form", { name: "Add a product or service" });
  await form.getByLabel("Name", { exact: true }).fill("Contract logistics");
  await form.getByLabel("Description (optional)").fill("Warehousing, picking, chilled and frozen transport, returns and reporting for retail and wholesale customers ".repeat(4).trim());
  await form.getByRole("button", { name: "Add product" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Contract logistics was added." })).toBeVisible();
  // The description is cut to its column (its full text is on the product's page), and the page does not scroll sideways.
  const description = page.getByText(/^Warehousing, picking/);
  expect(await description.evaluate((p) => p.scrollWidth > p.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test("the impact grid stays readable on a phone: it scrolls in its own box, and the page does not", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(page, USERS.committee);
  await openPlanTab(page, "Impact analysis");
  await page.getByRole("link", { name: "Order taking" }).click();
  const cell = page.getByLabel("Financial impact after 1 h");
  await expect(cell).toBeVisible();
  expect((await cell.boundingBox())!.width).toBeGreaterThanOrEqual(100);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The grid's box is a named tab stop, so a keyboard can scroll it.
  await expect(page.getByRole("region", { name: /Impact ratings by category and outage length/ })).toHaveAttribute("tabindex", "0");
});
