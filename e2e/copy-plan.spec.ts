import { expect, test } from "@playwright/test";
import { signIn, unique, USERS } from "./helpers";

// The copy is not named "Bristol operations …": the other specs open the demo plan by a link named
// "Bristol operations", which a second plan whose name holds those words would make ambiguous.
test("a committee member starts a plan as a copy of Bristol operations and lands on its overview with its content", async ({ page }) => {
  await signIn(page, USERS.committee);
  const form = page.getByRole("form", { name: "New plan" });
  const startFrom = form.getByLabel("Start from");
  await expect(startFrom).toHaveValue("");
  await expect(startFrom.getByRole("option")).toContainText(["An empty plan", "A copy of Avonmouth cold store", "A copy of Bristol operations"]);
  await expect(startFrom).toHaveAccessibleDescription(/leaves what happened to it: tests, findings, evidence, restore points, incidents, versions, approvals/);

  const name = unique("Bristol ops 2027");
  await form.getByLabel("Name").fill(name);
  await startFrom.selectOption({ label: "A copy of Bristol operations" });
  await form.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Plan created from Bristol operations." })).toBeVisible();
  // Its content, but none of its tests or approvals: the copy was never tested, nor submitted.
  await expect(page.locator('[data-stage="tests"]')).toContainText("This plan has never been tested.");
  await expect(page.locator('[data-stage="approval"]')).toContainText("This plan has not been submitted for approval.");

  const tabs = page.getByRole("navigation", { name: "Plan sections" });
  await tabs.getByRole("link", { name: "Committee & ERT" }).click();
  await expect(page.getByRole("rowheader", { name: "Priya Shah" })).toBeVisible();
  await tabs.getByRole("link", { name: "Impact analysis" }).click();
  await expect(page.getByRole("link", { name: "Order taking" })).toBeVisible();
});

test("a name already taken is refused at the field, and the choice of plan is kept", async ({ page }) => {
  await signIn(page, USERS.committee);
  const form = page.getByRole("form", { name: "New plan" });
  await form.getByLabel("Name").fill("Avonmouth cold store");
  await form.getByLabel("Start from").selectOption({ label: "A copy of Bristol operations" });
  await form.getByRole("button", { name: "Create plan" }).click();
  await expect(form.getByLabel("Name")).toHaveAccessibleDescription(/A plan with this name already exists\.$/);
  await expect(form.getByLabel("Start from").locator("option:checked")).toHaveText("A copy of Bristol operations");
});

test("the auditor is offered no new plan, empty or copied", async ({ page }) => {
  await signIn(page, USERS.auditor);
  await expect(page.getByRole("form", { name: "New plan" })).toHaveCount(0);
  await expect(page.getByLabel("Start from")).toHaveCount(0);
});
