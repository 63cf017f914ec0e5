import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, unique, USERS } from "./helpers";

/** A new committee member added by the administrator, so their choices disturb no other test. */
async function newCommitteeMember(admin: Page) {
  const name = unique("Sam Reeve");
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@harbourlane.example`;
  await admin.goto("/members");
  const form = admin.getByRole("form", { name: "Add a member" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Role").selectOption("committee");
  await form.getByLabel("Initial password").fill("the initial password");
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByText(`${name} was added.`)).toBeVisible();
  return email;
}

async function signedIn(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, "the initial password");
  return page;
}

test("a committee member turns off reminder e-mails from their notifications, and the choice is kept; incidents stay e-mailed", async ({ page, browser }) => {
  await signIn(page, USERS.admin);
  const member = await signedIn(browser, await newCommitteeMember(page));

  await member.getByTestId("notifications").click();
  await member.getByRole("link", { name: "Choose which notifications are e-mailed to you" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Notification e-mail choices" })).toBeVisible();
  const form = member.getByRole("form", { name: "Notification e-mail choices" });
  // Everything is e-mailed until the member says otherwise; incidents cannot be turned off, and say why.
  await expect(form.getByRole("checkbox", { name: "Approvals" })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Reminders" })).toBeChecked();
  const incidents = form.getByRole("checkbox", { name: "Incidents" });
  await expect(incidents).toBeChecked();
  await expect(incidents).toBeDisabled();
  await expect(form.getByText(/Always e-mailed: when an incident is declared/)).toBeVisible();

  await form.getByRole("checkbox", { name: "Reminders" }).uncheck();
  await form.getByRole("button", { name: "Save e-mail choices" }).click();
  await expect(member.getByRole("status").filter({ hasText: "Your e-mail choices were saved. They apply to notifications from now on." })).toBeVisible();

  await member.reload();
  const reloaded = member.getByRole("form", { name: "Notification e-mail choices" });
  await expect(reloaded.getByRole("checkbox", { name: "Reminders" })).not.toBeChecked();
  await expect(reloaded.getByRole("checkbox", { name: "Approvals" })).toBeChecked();
  await expect(reloaded.getByRole("checkbox", { name: "Incidents" })).toBeChecked();

  // The header's link leads to the same page.
  await member.getByRole("link", { name: "E-mail choices" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Notification e-mail choices" })).toBeVisible();
});
