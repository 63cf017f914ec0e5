import { expect, test } from "@playwright/test";
import { createPlan, session, signIn, unique, USERS } from "./helpers";

// The other organisation's administrator: its outage lengths and impact categories are changed here
// and put back, so the Harbour Lane specs that read the grid never see a column or a row missing or
// added. One test after the other: both save the same organisation's settings, whose version check
// would refuse one of two saves made at once.
test.describe.configure({ mode: "serial" });

test("an administrator is refused a length written twice, and confirms removing a length that holds ratings", async ({ page }) => {
  await signIn(page, USERS.otherOrgAdmin);
  await createPlan(page, unique("Settings plan"));
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Impact analysis" }).click();
  const name = unique("Appointments");
  await page.getByLabel("Function name").fill(name);
  await page.getByRole("button", { name: "Add function" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByLabel("Customer impact after 2 weeks").selectOption("severe");
  await page.getByRole("button", { name: "Save impact analysis" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const functionUrl = page.url();

  await page.goto("/settings");
  const lengths = page.getByLabel("Outage lengths of the impact grid");
  await expect(lengths).toHaveValue("1h, 4h, 1d, 3d, 1w, 2w");
  await lengths.fill("1h, 90m, 1.5h, 4h");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(lengths).toHaveAccessibleDescription(/Each outage length once: “90m” and “1.5h” \(1 h 30 min\) is the same length\./);
  await expect(lengths).toHaveAttribute("aria-invalid", "true");

  await lengths.fill("1h, 4h, 1d, 3d, 1w");
  await page.getByRole("button", { name: "Save settings" }).click();
  const confirm = page.getByRole("checkbox", { name: "Drop these ratings and save the new outage lengths" });
  await expect(confirm).toHaveAccessibleDescription(/^Removing 2 weeks \(\d+ ratings?\) drops \d+ impact ratings? in \d+ functions?:/);
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();
  await confirm.check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await expect(lengths).toHaveValue("1h, 4h, 1d, 3d, 1w");

  // Adding the length back asks nothing, and the rating kept in the function shows again. (A fresh
  // page, so that the status seen next is this save's.)
  await page.goto("/settings");
  await expect(lengths).toHaveValue("1h, 4h, 1d, 3d, 1w");
  await lengths.fill("1h, 4h, 1d, 3d, 1w, 2w");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await expect(lengths).toHaveValue("1h, 4h, 1d, 3d, 1w, 2w");
  await page.goto(functionUrl);
  await expect(page.getByLabel("Customer impact after 2 weeks")).toHaveValue("severe");
});

test("an administrator adds an impact category, rates a function in it, and removing it hides the rating", async ({ page, browser }) => {
  await signIn(page, USERS.otherOrgAdmin);
  await page.goto("/settings");
  const newCategory = page.getByLabel("New impact category");

  // A name already in the list (ignoring case) is refused at its row.
  await newCategory.fill("customer");
  await page.getByRole("button", { name: "Add category" }).click();
  await page.getByRole("button", { name: "Save settings" }).click();
  const sixth = page.getByLabel("Name of impact category 6");
  await expect(sixth).toHaveAttribute("aria-invalid", "true");
  await expect(sixth).toHaveAccessibleDescription("“customer” is already category 5: give each category a different name.");
  await sixth.fill("Health and safety");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await expect(page.getByLabel("Name of impact category 6")).toHaveValue("Health and safety");

  // The same administrator does the committee's work, in a second window.
  const committee = await session(browser, USERS.otherOrgAdmin);
  await createPlan(committee, unique("Categories plan"));
  await committee.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Impact analysis" }).click();
  const name = unique("Forklift operations");
  await committee.getByLabel("Function name").fill(name);
  await committee.getByRole("button", { name: "Add function" }).click();
  await expect(committee.getByRole("heading", { level: 1, name })).toBeVisible();
  await committee.getByLabel("Health and safety impact after 4 h").selectOption("severe");
  await expect(committee.getByTestId("suggestion")).toContainText("Suggested MTD: 4 h.");
  await committee.getByRole("button", { name: "Save impact analysis" }).click();
  await expect(committee.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await committee.reload();
  await expect(committee.getByRole("rowheader", { name: "Health and safety" })).toBeVisible();
  await expect(committee.getByLabel("Health and safety impact after 4 h")).toHaveValue("severe");
  const functionUrl = committee.url();

  // Removing the category asks first, saying how many functions rate it; the rating is then hidden.
  await page.goto("/settings");
  const remove = page.getByRole("button", { name: "Remove Health and safety" });
  await remove.click();
  const question = page.getByRole("group", { name: /^Remove “Health and safety”\? \d+ functions? rates? it\. Its ratings are kept/ });
  await expect(question).toBeVisible();
  await page.getByRole("button", { name: "Keep Health and safety" }).click();
  await expect(question).toHaveCount(0);
  await expect(remove).toBeFocused();
  await remove.click();
  await page.getByRole("button", { name: "Yes, remove Health and safety" }).click();
  await expect(page.getByLabel("Name of impact category 6")).toHaveCount(0);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await committee.goto(functionUrl);
  await expect(committee.getByLabel("Customer impact after 4 h")).toBeVisible();
  await expect(committee.getByRole("rowheader", { name: "Health and safety" })).toHaveCount(0);
  await expect(committee.getByTestId("suggestion")).toHaveText("No suggestion yet: no outage length is rated intolerable.");
});
