import { expect, test } from "@playwright/test";
import { createPlan, signIn, unique, USERS } from "./helpers";

test("a committee member creates, renames and archives a plan", async ({ page }) => {
  await signIn(page, USERS.committee);
  await expect(page.getByRole("link", { name: "Bristol operations" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Members", exact: true })).toHaveCount(0);

  // A blank name is refused with a message on the field.
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByLabel("Name")).toHaveAccessibleDescription(/Give the plan a name\.$/);

  const name = unique("Wakefield depot");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Scope (optional)").fill("Second warehouse opened this year");
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // The scope given here is the written plan's Scope, with where to change it: not "Not written yet.".
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Written plan" }).click();
  const scope = page.locator('[data-section="scope"]');
  await expect(scope).toContainText("Second warehouse opened this year");
  await expect(scope.getByText("Not written yet.")).toHaveCount(0);
  await expect(page.locator('[data-section="purpose"]').getByText("Not written yet.")).toBeVisible();
  await scope.getByRole("link", { name: "plan overview" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // Every stage of the cycle is listed, empty for now.
  const stages = page.locator("[data-stage]");
  await expect(stages).toHaveCount(9);
  await expect(page.locator('[data-stage="tests"]')).toContainText("This plan has never been tested.");
  // The cards are numbered in the order of the plan's tabs, each naming and linking its tabs.
  const written = page.locator('[data-stage="sections"]');
  await expect(written.getByRole("heading", { level: 3 })).toHaveText("5. Written plan");
  await expect(written.getByRole("link", { name: "Written plan tab" })).toHaveAttribute("href", /\/sections$/);
  await expect(page.locator('[data-stage="tests"]').getByRole("heading", { level: 3 })).toHaveText("8. Tests and exercises");
  await expect(page.locator('[data-stage="bia"]').getByRole("link", { name: "Systems tab" })).toHaveAttribute("href", /\/systems$/);
  // The scope written when the plan was created is its Scope section: the only thing done so far.
  await expect(written.getByRole("list", { name: "Still to do: Written plan" })).toHaveText(
    "Write the sections Purpose, Assumptions, Concept of operations, Activation and notification, Recovery sequence, Reconstitution.",
  );
  await expect(page.getByLabel("Overall completeness 2 percent")).toBeVisible();
  // A new plan's registers are not started, not overdue for a review.
  const inventories = page.getByRole("region", { name: "Inventory expiries and reviews" });
  await expect(inventories).toContainText("18 of 18 not started yet");
  await expect(inventories).not.toContainText("need a review");

  const renamed = `${name} (renamed)`;
  await page.getByLabel("Name", { exact: true }).fill(renamed);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();

  // Archiving asks first; cancelling changes nothing.
  await page.getByRole("button", { name: "Archive plan" }).click();
  const dialog = page.getByRole("dialog", { name: "Archive this plan?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Archive plan" }).click();
  await dialog.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText("Archived: read-only. Restore it to edit.")).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plans" }).click();
  await expect(page.getByRole("link", { name: renamed })).toHaveCount(0);
  await page.getByRole("link", { name: "Show archived plans" }).click();
  await expect(page.getByRole("link", { name: renamed })).toBeVisible();
});

test("the response team's 24/7 numbers are each on one line, to be read at a glance", async ({ page }) => {
  await signIn(page, USERS.auditor);
  await page.getByRole("link", { name: "Bristol operations" }).click();
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Committee & ERT" }).click();
  const numbers = page.locator('a[href^="tel:"]');
  await expect(numbers.first()).toBeVisible();
  // An inline link broken across lines has one box per line.
  const lines = await numbers.evaluateAll((links) => links.map((a) => `${a.textContent}: ${a.getClientRects().length}`));
  expect(lines.length).toBeGreaterThanOrEqual(10);
  expect(lines.filter((l) => !l.endsWith(": 1"))).toEqual([]);
});

test("removing the chair says first that the committee will have no chair, and which response-team roles they keep", async ({ page }) => {
  await signIn(page, USERS.committee);
  await page.getByRole("link", { name: "Bristol operations" }).click();
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Committee & ERT" }).click();
  await page.getByText("Edit Priya Shah").click();
  await page.getByRole("button", { name: "Remove Priya Shah" }).click();
  const dialog = page.getByRole("dialog", { name: "Remove Priya Shah from the committee?" });
  await expect(dialog).toContainText(
    "Priya Shah chairs the committee: it will have no chair until another member is named chair. They stay on the response team (Incident lead) until someone else takes that role. They stay in the People register.",
  );
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("rowheader", { name: "Priya Shah" })).toBeVisible();
});

test("the role that leads the response is marked on the committee page: the overview asks for it until then, and the emergency sheet shows it as who leads", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Leads the response"));
  await page.goto(`${planUrl}/committee`);
  // Words alone do not make a role lead (decision 56).
  const add = page.getByRole("form", { name: "Add a response team role" });
  await add.getByLabel("Role", { exact: true }).fill("Duty manager");
  await add.getByLabel("Responsibilities (optional)").fill("Declares the incident and invokes the plan.");
  await expect(add.getByRole("checkbox", { name: "Leads the response" })).not.toBeChecked();
  await expect(add.getByRole("checkbox", { name: "Leads the response" })).toHaveAccessibleDescription(/^Declares the incident and invokes the plan\./);
  await add.getByRole("button", { name: "Add role" }).click();
  const row = page.getByRole("row", { name: /Duty manager/ });
  await expect(row).toBeVisible();
  // The badge is in the role's row header (the row's edit form, once open, has the checkbox's label too).
  const badge = row.getByRole("rowheader").getByText("Leads the response", { exact: true });
  await expect(badge).toHaveCount(0);

  await page.goto(planUrl);
  await expect(page.getByRole("list", { name: "Still to do: Committee and emergency response team" })).toContainText(
    "Mark the ERT role that leads the response (declares the incident and invokes the plan).",
  );
  await page.goto(`${planUrl}/emergency`);
  const leads = page.getByRole("region", { name: "Who leads", exact: true });
  await expect(leads).toContainText("No role of the response team is marked as leading the response: declaring the incident and invoking the plan.");
  await expect(page.getByRole("region", { name: "Response team", exact: true }).getByRole("heading", { level: 3, name: "Duty manager" })).toBeVisible();
  await leads.getByRole("link", { name: "Committee & ERT → Emergency response team" }).click();
  await expect(page).toHaveURL(/\/committee#ert-heading$/);

  await row.getByText("Edit Duty manager").click();
  const edit = page.getByRole("form", { name: "Edit Duty manager" });
  await edit.getByRole("checkbox", { name: "Leads the response" }).check();
  await edit.getByRole("button", { name: "Save role" }).click();
  await expect(edit.getByText("Saved.")).toBeVisible();
  await expect(badge).toBeVisible();

  await page.goto(planUrl);
  await expect(page.locator('[data-stage="committee"]')).not.toContainText("Mark the ERT role that leads the response");
  await page.goto(`${planUrl}/emergency`);
  await expect(page.getByRole("region", { name: "Who leads", exact: true }).getByRole("heading", { level: 3, name: "Duty manager" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Response team", exact: true })).toContainText("The team has no other roles.");
});
