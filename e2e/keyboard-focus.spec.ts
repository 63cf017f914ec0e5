import { expect, test } from "@playwright/test";
import { createPlan, signIn, unique, USERS } from "./helpers";

test("a keyboard user keeps their place: a refused form focuses its first bad field, a saved one its button", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Keyboard plan"));
  await page.goto(`${planUrl}/risks`);
  await page.getByText("Add a threat", { exact: true }).click();
  const form = page.getByRole("form", { name: "Add a threat" });

  // Submitted with the keyboard and refused: focus lands on the field to fix, which names its error.
  await form.getByRole("button", { name: "Add threat" }).focus();
  await page.keyboard.press("Enter");
  await expect(form.getByText("Name the threat.")).toBeVisible();
  const title = form.getByLabel("Threat", { exact: true });
  await expect(title).toBeFocused();
  await expect(title).toHaveAttribute("aria-invalid", "true");

  // Fixed and submitted with Enter: saved, and focus is back on the form's button, not the page.
  await page.keyboard.type("Cold store compressor failure");
  await page.keyboard.press("Enter");
  await expect(form.getByText("Cold store compressor failure was added to the register.")).toBeVisible();
  await expect(form.getByRole("button", { name: "Add threat" })).toBeFocused();
});

test("every section of a plan has its tab in sight, on a laptop's screen and a narrow window", async ({ page }) => {
  await signIn(page, USERS.auditor);
  await page.getByRole("link", { name: "Bristol operations" }).click();
  const tabs = page.getByRole("navigation", { name: "Plan sections" }).getByRole("link");
  await expect(tabs).toHaveCount(12);
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    for (const tab of await tabs.all()) await expect(tab, `${await tab.textContent()} at ${width} px`).toBeInViewport({ ratio: 1 });
  }
  // The auditor's reason to come: the reports, one click away.
  await tabs.filter({ hasText: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
});
