import { expect, test } from "@playwright/test";
import { createPlan, session, signIn, unique, USERS } from "./helpers";

// Harbour Lane's categories gain "Health and safety" here and lose it again at the end (its
// ratings stay, hidden), so the other specs see the five categories they rate.
test("an administrator adds an impact category, a committee member rates it, and removing it hides the rating", async ({ page, browser }) => {
  await signIn(page, USERS.admin);
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

  const committee = await session(browser, USERS.committee);
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
