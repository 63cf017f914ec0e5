import { expect, test } from "@playwright/test";
import { createPlan, signIn, sqlForPlan, submitForApproval, unique, USERS } from "./helpers";

test("an administrator is warned of a notification e-mail that failed for good, sees why, and tries it again", async ({ page }) => {
  await signIn(page, USERS.admin);
  const plan = unique("Failed e-mail");
  const planUrl = await createPlan(page, plan);
  await submitForApproval(page, { planUrl, approvers: [/Daniel Okafor/] });
  // The approval request's e-mail as the worker leaves it when every try failed (this server sends no e-mail).
  await sqlForPlan(planUrl, `UPDATE "Notification" SET "emailAttempts" = 5, "emailError" = 'Greeting never received', "emailFailedAt" = now() WHERE "planId" = $1`);

  // Warned on whatever page they open.
  await page.goto("/plans");
  const warning = page.getByRole("link", { name: /^\d+ notification e-mails? failed$/ });
  await expect(warning).toBeVisible();
  await warning.click();
  await expect(page).toHaveURL(/\/settings\/email$/);
  await expect(page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Notification e-mail" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 2, name: "E-mail delivery" })).toBeVisible();
  await expect(page.getByText("E-mail is not configured: the server has no SMTP_URL")).toBeVisible();

  const table = page.getByRole("table", { name: "Notification e-mails that failed or are failing, newest first" });
  const row = table.getByRole("row").filter({ hasText: `version 1 of “${plan}”` });
  await expect(row.getByRole("rowheader")).toContainText("Daniel Okafor");
  await expect(row.getByRole("rowheader")).toContainText("daniel.okafor@harbourlane.example");
  await expect(row.getByRole("link", { name: `Alex Morgan asks you to approve version 1 of “${plan}”.` })).toHaveAttribute("href", /\/approval\/versions\/1$/);
  await expect(row).toContainText("Greeting never received");
  await expect(row).toContainText(/Failed for good on \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC/);

  await row.getByRole("button", { name: "Try again the e-mail to Daniel Okafor" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The e-mail to Daniel Okafor will be tried once more at the worker's next round, within seconds." })).toBeVisible();
  // Waiting now, not failed: nothing left to try again.
  await expect(row).toContainText("Waiting: tried again at the worker's next round");
  await expect(row.getByRole("button", { name: /Try again/ })).toHaveCount(0);

  // The audit log says who asked for it, and for whom.
  await page.goto("/audit");
  const filters = page.getByRole("search", { name: "Filter the audit log" });
  await filters.getByLabel("Search the audit log").fill("notification.email_retried");
  await filters.getByRole("button", { name: "Filter" }).click();
  const entry = page.locator('tr[data-action="notification.email_retried"]').filter({ hasText: plan });
  await expect(entry).toContainText("Failed e-mail queued to try again");
  await expect(entry).toContainText(USERS.admin);
  await expect(entry).toContainText("recipient: Daniel Okafor");
});

test("only administrators have the e-mail delivery page", async ({ page }) => {
  await signIn(page, USERS.executive);
  await page.goto("/settings/email");
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
});
