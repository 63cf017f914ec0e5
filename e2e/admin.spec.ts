import { expect, test, type Page } from "@playwright/test";
import { createPlan, reloadAcceptingPrompt, session, signIn, submitForApproval, unique, USERS } from "./helpers";

async function addMember(page: Page, name: string, email: string, role: string, password: string) {
  const form = page.getByRole("form", { name: "Add a member" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Role").selectOption(role);
  await form.getByLabel("Initial password").fill(password);
  await form.getByRole("button", { name: "Add member" }).click();
  return form;
}

/** The role the members table shows once the confirmed change has been saved (the page reloaded). */
async function expectRoleAfterReload(page: Page, name: string, email: string, role: string) {
  await expect(async () => {
    await page.reload();
    await expect(page.locator(`tr[data-member="${email}"]`).getByLabel(`Role of ${name}`)).toHaveValue(role, { timeout: 1000 });
  }).toPass();
}

const emailFor = (name: string) => `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@harbourlane.example`;

test("an administrator adds a member, changes the role, removes them, and sees it all in the audit log", async ({ page }) => {
  await signIn(page, USERS.admin);
  await page.getByRole("link", { name: "Members", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Members of Harbour Lane Foods Ltd" })).toBeVisible();

  const name = unique("Sam Carter");
  const email = emailFor(name);
  // A refused submission keeps every value, the role included, but never the password: the field
  // says so, whichever field was refused.
  const form = await addMember(page, name, "not-an-address", "auditor", "a long initial password");
  await expect(form.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Initial password")).toHaveValue("");
  await expect(form.getByLabel("Initial password")).toHaveAccessibleDescription(
    "Enter the password again: it is not kept after an error. At least 12 characters. Hand it over in person.",
  );
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByLabel("Initial password")).toHaveAccessibleDescription(/ Use at least 12 characters\.$/);
  await expect(form.getByLabel("Name")).toHaveValue(name);
  await expect(form.getByLabel("E-mail")).toHaveValue(email);
  await expect(form.getByLabel("Role")).toHaveValue("auditor");
  await expect(form.getByLabel("Initial password")).toHaveValue("");

  await form.getByLabel("Initial password").fill("a long initial password");
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByText(`${name} was added.`)).toContainText("They are in the People register now");
  await expect(form.getByLabel("Role")).toHaveValue("committee");

  const row = page.locator(`tr[data-member="${email}"]`);
  await expect(row.getByLabel(`Role of ${name}`)).toHaveValue("auditor");
  await expect(row.getByLabel(`Role of ${name}`).locator("option:checked")).toHaveText("Auditor");
  await row.getByLabel(`Role of ${name}`).selectOption("executive");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByText("Role changed.")).toBeVisible();

  // Granting administrator rights asks first; cancelling changes nothing, and the role chosen but
  // not applied is an unsaved change: leaving asks first.
  await row.getByLabel(`Role of ${name}`).selectOption("admin");
  await row.getByRole("button", { name: "Change role" }).click();
  const grant = page.getByRole("dialog", { name: `Make ${name} an administrator?` });
  await grant.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("link", { name: "People", exact: true }).click();
  const unsaved = page.getByRole("dialog", { name: "Unsaved changes" });
  await expect(unsaved).toHaveAccessibleDescription(`You have unsaved changes in “${name}'s role”. Leave this page and lose them?`);
  await unsaved.getByRole("button", { name: "Leave" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await page.goto("/members");
  await expect(row.getByLabel(`Role of ${name}`)).toHaveValue("executive");
  await row.getByLabel(`Role of ${name}`).selectOption("admin");
  await row.getByRole("button", { name: "Change role" }).click();
  await grant.getByRole("button", { name: "Make administrator" }).click();
  await expectRoleAfterReload(page, name, email, "admin");

  // So does taking them away.
  await row.getByLabel(`Role of ${name}`).selectOption("auditor");
  await row.getByRole("button", { name: "Change role" }).click();
  await page.getByRole("dialog", { name: `Take away ${name}'s administrator rights?` }).getByRole("button", { name: "Change role to Auditor" }).click();
  await expectRoleAfterReload(page, name, email, "auditor");

  // Each row's remove button names its member.
  await expect(page.getByRole("button", { name: "Remove Priya Shah", exact: true })).toHaveCount(1);
  await row.getByRole("button", { name: `Remove ${name}`, exact: true }).click();
  await page.getByRole("dialog", { name: `Remove ${name}?` }).getByRole("button", { name: "Remove member" }).click();
  await expect(row).toHaveCount(0);

  await page.getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Search the audit log").fill("member.");
  await page.getByRole("button", { name: "Filter" }).click();
  // Each entry names the member: by name, or by the e-mail its own record kept once they are removed.
  const entries = page.locator("tbody tr");
  await expect(entries.filter({ hasText: "member.added" }).filter({ hasText: name })).toContainText("role: Auditor");
  const roleChanges = entries.filter({ hasText: "member.role_changed" }).filter({ hasText: email });
  await expect(roleChanges).toHaveCount(3);
  await expect(roleChanges.first()).toContainText("role: Administrator → Auditor");
  await expect(entries.filter({ hasText: "member.removed" }).filter({ hasText: name })).toHaveCount(1);

  // Added once, on the Members page: the committee's picker offers them (removing them left them in the People register).
  const planUrl = await createPlan(page, unique("Members plan"));
  await page.goto(`${planUrl}/committee`);
  await expect(page.getByRole("form", { name: "Add a committee member" }).getByLabel("Person").getByRole("option", { name, exact: true })).toHaveCount(1);
});

test("demoting an approver a version still waits for asks first, and the version then says it cannot be approved", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, USERS.admin);
  await page.goto("/members");
  const name = unique("Jo Finch");
  const email = emailFor(name);
  await expect((await addMember(page, name, email, "executive", "a long initial password")).getByText(`${name} was added.`)).toBeVisible();
  const plan = unique("Stranded approval");
  const planUrl = await createPlan(page, plan);
  await submitForApproval(page, { planUrl, approvers: [new RegExp(name)] });

  await page.goto("/members");
  const row = page.locator(`tr[data-member="${email}"]`);
  await row.getByLabel(`Role of ${name}`).selectOption("committee");
  await row.getByRole("button", { name: "Change role" }).click();
  const dialog = page.getByRole("dialog", { name: `Change ${name}'s role to Committee member?` });
  await expect(dialog).toContainText(`${name} must still decide on version 1 of “${plan}”.`);
  await dialog.getByRole("button", { name: "Change role to Committee member" }).click();
  await expectRoleAfterReload(page, name, email, "committee");

  await page.goto(`${planUrl}/approval/versions/1`);
  await expect(page.getByTestId("version-stuck")).toHaveText(
    `Version 1 cannot be approved: its approver ${name} is now a committee member and can no longer approve it. The committee can withdraw it and submit the plan again with other approvers.`,
  );
});

test("a version submitted after the members page was read refuses the demotion it was not warned of; asked again, it goes ahead", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, USERS.admin);
  await page.goto("/members");
  const name = unique("Kim Hale");
  const email = emailFor(name);
  await expect((await addMember(page, name, email, "executive", "a long initial password")).getByText(`${name} was added.`)).toBeVisible();
  const plan = unique("Late approval");
  const planUrl = await createPlan(page, plan);

  // The members page is read while nothing waits for the executive; then the committee, in its
  // own session, submits the plan naming them as approver.
  await page.goto("/members");
  const row = page.locator(`tr[data-member="${email}"]`);
  const role = row.getByLabel(`Role of ${name}`);
  await expect(role).toHaveValue("executive");
  const committee = await session(browser, USERS.committee);
  await submitForApproval(committee, { planUrl, approvers: [new RegExp(name)] });
  await committee.context().close();

  // The page warned of nothing, so the change goes at once: the server refuses it, naming the version.
  await role.selectOption("committee");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("alert")).toContainText(`Nothing was changed: version 1 of “${plan}” was submitted for ${name}'s decision after this page was loaded.`);
  await expect(role).toHaveValue("committee");
  // The page read again, the same button now asks first, with the warning; confirmed, the role changes.
  await row.getByRole("button", { name: "Change role" }).click();
  const dialog = page.getByRole("dialog", { name: `Change ${name}'s role to Committee member?` });
  await expect(dialog).toContainText(`${name} must still decide on version 1 of “${plan}”.`);
  await dialog.getByRole("button", { name: "Change role to Committee member" }).click();
  await expectRoleAfterReload(page, name, email, "committee");
});

test("the last administrator cannot be demoted", async ({ page }) => {
  await signIn(page, USERS.admin);
  await page.goto("/members");
  const row = page.locator(`tr[data-member="${USERS.admin}"]`);
  await expect(row.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await row.getByLabel("Role of Alex Morgan").selectOption("committee");
  await row.getByRole("button", { name: "Change role" }).click();
  await page
    .getByRole("dialog", { name: "Take away Alex Morgan's administrator rights?" })
    .getByRole("button", { name: "Change role to Committee member" })
    .click();
  await expect(row.getByRole("alert")).toContainText("The organisation needs at least one administrator.");
  // The refused role is still unsaved: the browser asks before reloading; accepted, the stored role shows.
  await reloadAcceptingPrompt(page);
  await expect(page.locator(`tr[data-member="${USERS.admin}"]`).getByLabel("Role of Alex Morgan")).toHaveValue("admin");
});

test("a removed member stays signed out when their address is added again, and keeps their own password", async ({ page, browser }) => {
  await signIn(page, USERS.admin);
  await page.goto("/members");
  const name = unique("Robin Hale");
  const email = emailFor(name);
  const form = await addMember(page, name, email, "committee", "robin's own password");
  await expect(form.getByText(`${name} was added.`)).toBeVisible();

  const member = await (await browser.newContext()).newPage();
  await signIn(member, email, "robin's own password");

  const row = page.locator(`tr[data-member="${email}"]`);
  await row.getByRole("button", { name: `Remove ${name}`, exact: true }).click();
  await page.getByRole("dialog", { name: `Remove ${name}?` }).getByRole("button", { name: "Remove member" }).click();
  await expect(row).toHaveCount(0);
  await member.goto("/plans");
  await expect(member).toHaveURL(/\/signin/);

  await addMember(page, "Someone Else", email, "executive", "a password the admin chose");
  await expect(form.getByText(`${name} already had an account and was added.`)).toBeVisible();
  await expect(row.locator("td").first()).toHaveText(name);
  await expect(row.getByLabel(`Role of ${name}`)).toHaveValue("executive");

  // The session from before the removal does not come back; the person's own password still works.
  await member.goto("/plans");
  await expect(member).toHaveURL(/\/signin/);
  await signIn(member, email, "robin's own password");
  await expect(member.getByTestId("whoami")).toContainText(`${name} · Executive`);
  await member.context().close();
});

// The other organisation's administrator: its marking is set here and taken off again, so the Harbour
// Lane specs never see one. Every page printed carries it at its top and foot; the emergency sheet
// shows it on screen too.
test("an administrator sets the organisation's classification marking: the emergency sheet and every printed page carry it", async ({ page }) => {
  await signIn(page, USERS.otherOrgAdmin);
  const planUrl = await createPlan(page, unique("Marked plan"));
  await page.goto("/settings");
  await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Documents" }).click();
  const marking = page.getByLabel("Classification marking (optional)");
  const save = page.getByRole("button", { name: "Save marking" });
  await marking.fill("机密");
  await save.click();
  await expect(marking).toHaveAccessibleDescription(/The PDF reports cannot print “机” \(U\+673A\)/);
  await marking.fill("  OFFICIAL-SENSITIVE ");
  await save.click();
  await expect(page.getByRole("status").filter({ hasText: "Documents are now marked “OFFICIAL-SENSITIVE”." })).toBeVisible();
  await expect(marking).toHaveValue("OFFICIAL-SENSITIVE");

  await page.goto(`${planUrl}/emergency`);
  const shown = page.locator("[data-marking]");
  await expect(shown.filter({ visible: true })).toHaveText(["Classification marking: OFFICIAL-SENSITIVE"]);
  await page.emulateMedia({ media: "print" });
  await expect(shown.filter({ visible: true })).toHaveCount(2);
  await page.goto(planUrl);
  await expect(shown.filter({ visible: true })).toHaveCount(2);
  await page.emulateMedia({ media: "screen" });
  await expect(shown.filter({ visible: true })).toHaveCount(0);

  await page.goto("/settings/documents");
  await marking.fill("");
  await save.click();
  await expect(page.getByRole("status").filter({ hasText: "Documents now carry no marking." })).toBeVisible();
  await page.goto(`${planUrl}/emergency`);
  await expect(page.getByRole("heading", { level: 1, name: "In an emergency" })).toBeVisible();
  await expect(shown).toHaveCount(0);
});

// The other organisation's administrator: its windows are changed here and put back, so the Harbour
// Lane organisation keeps the defaults its reminders are read against.
test("an administrator sets how early reminders come, is refused a window out of bounds, and finds the saved one kept", async ({ page }) => {
  await signIn(page, USERS.otherOrgAdmin);
  await page.goto("/settings");
  await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Reminders" }).click();
  // Reminders are e-mailed only when the server sends e-mail and to members who kept them on.
  await expect(page.getByText("Every morning at 06:00 UTC, the members who can act are told in Continuity, in their notifications,")).toBeVisible();
  await expect(page.getByText(/also e-mailed only when this Continuity sends e-mail .* only to members who have not turned reminder e-mails off/)).toBeVisible();
  const approval = page.getByLabel("Days before an approval expires");
  const testWindow = page.getByLabel("Days before a test is due");
  const save = page.getByRole("button", { name: "Save reminder windows" });
  await expect(approval).toHaveValue("30");
  await expect(testWindow).toHaveValue("14");

  await approval.fill("91");
  await testWindow.fill("two");
  await save.click();
  const summary = page.getByRole("form", { name: "Reminder windows" }).getByRole("alert");
  await expect(summary.getByRole("link", { name: "Days before an approval expires — enter a whole number of days from 7 to 90." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Days before a test is due — write it as plain digits, e.g. 60 or 1.5." })).toBeVisible();
  await expect(approval).toHaveAccessibleDescription(/Days before an approval expires: enter a whole number of days from 7 to 90\./);
  await expect(approval).toHaveAttribute("aria-invalid", "true");
  await expect(testWindow).toHaveAttribute("aria-invalid", "true");
  // What was typed stays, to be corrected.
  await expect(approval).toHaveValue("91");
  await expect(testWindow).toHaveValue("two");

  await approval.fill("60");
  await testWindow.fill("7");
  await save.click();
  await expect(page.getByRole("status").filter({ hasText: "Reminders now come 60 days before an approval expires and 7 days before a test is due" })).toBeVisible();
  await page.reload();
  await expect(approval).toHaveValue("60");
  await expect(testWindow).toHaveValue("7");

  await approval.fill("30");
  await testWindow.fill("14");
  await save.click();
  await expect(page.getByRole("status").filter({ hasText: "Reminders now come 30 days before an approval expires and 14 days before a test is due" })).toBeVisible();
});
