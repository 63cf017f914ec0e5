import { createHash } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { createPlan, signIn, sqlForPlan, submitForApproval, unique, USERS } from "./helpers";

async function as(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { page, close: () => context.close() };
}

test("committee submits, the executive reviews the changes and approves; a later edit shows as changed since approval", async ({ browser }) => {
  test.setTimeout(120_000);
  const committee = await as(browser, USERS.committee);
  const name = unique("Approval flow");
  const planUrl = await createPlan(committee.page, name);
  await committee.page.getByRole("link", { name: "Approval", exact: true }).click();
  await committee.page.getByLabel(/Daniel Okafor/).check();
  await committee.page.getByRole("button", { name: "Save approvers" }).click();
  await expect(committee.page.getByText("Approvers saved.")).toBeVisible();
  await committee.page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(committee.page.getByRole("heading", { name: "Version 1 awaits approval" })).toBeVisible();
  await expect(committee.page.getByTestId("approval-status")).toHaveText("Draft: never approved · awaiting approval of v1");

  const executive = await as(browser, USERS.executive);
  // The unread count is heard as part of the link's name, not only seen as a badge.
  await expect(executive.page.getByTestId("notifications")).toHaveAccessibleName(/^Notifications \(\d+ unread\)$/);
  await executive.page.getByTestId("notifications").click();
  await executive.page.getByRole("link", { name: `Priya Shah asks you to approve version 1 of “${name}”.` }).click();
  await expect(executive.page.getByRole("heading", { name: "Content of this first version" })).toBeVisible();
  await expect(executive.page.getByText(`Added: ${name}`)).toBeVisible();
  const hash = await executive.page.getByTestId("version-hash").textContent();
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  await executive.page.getByRole("button", { name: "Approve this version" }).click();
  await expect(executive.page.getByRole("checkbox", { name: /I approve version 1/ })).toHaveAccessibleDescription("Tick the statement to approve.");
  await executive.page.getByRole("checkbox", { name: new RegExp(`I approve version 1 of “${name}” \\(SHA-256 ${hash}\\)`) }).check();
  await executive.page.getByRole("button", { name: "Approve this version" }).click();
  await expect(executive.page.getByText("You approved this version")).toBeVisible();
  // The form is gone: focus lands on the decision's outcome, not the page's body.
  await expect(executive.page.locator("#decision-outcome")).toBeFocused();
  await expect(executive.page.getByTestId("approval-status")).toHaveText("Approved v1");
  // On a phone the statement's hash wraps inside its card: the page never scrolls sideways.
  await executive.page.setViewportSize({ width: 390, height: 800 });
  expect(await executive.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await executive.page.setViewportSize({ width: 1280, height: 720 });
  await expect(executive.page.getByText(/Approved by Daniel Okafor on \d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2} UTC\./)).toBeVisible();

  await committee.page.goto(planUrl);
  await expect(committee.page.getByTestId("approval-status")).toHaveText("Approved v1");
  const renamed = `${name} v2`;
  await committee.page.getByLabel("Name", { exact: true }).fill(renamed);
  await committee.page.getByRole("button", { name: "Save" }).click();
  await expect(committee.page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await committee.page.reload();
  await expect(committee.page.getByTestId("approval-status")).toHaveText("Changed since approval v1");
  await committee.page.goto("/plans");
  await expect(committee.page.locator("li").filter({ hasText: renamed }).getByTestId("approval-status")).toHaveText("Changed since approval v1");

  // Before anything is submitted, the executive can already see what changed since the approval.
  await executive.page.goto(`${planUrl}/approval`);
  await executive.page.getByRole("link", { name: "What changed since version 1 was approved" }).click();
  await expect(executive.page.getByRole("heading", { level: 1, name: "Version 1 → the plan as it is now" })).toBeVisible();
  await expect(executive.page.getByText(`Name: ${name} → ${renamed}`)).toBeVisible();

  // The second version shows exactly what changed since the approved one.
  await committee.page.goto(`${planUrl}/approval`);
  await committee.page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(committee.page.getByRole("heading", { name: "Version 2 awaits approval" })).toBeVisible();
  // The approval page puts what is wanted of the executive first.
  await executive.page.goto(`${planUrl}/approval`);
  await expect(executive.page.getByRole("heading", { name: "Your decision is needed on version 2" })).toBeVisible();
  await executive.page.getByRole("link", { name: "Review version 2 and decide" }).click();
  await expect(executive.page.getByRole("heading", { name: "Changes since approved version 1" })).toBeVisible();
  await expect(executive.page.getByText(`Changed: ${renamed}`)).toBeVisible();
  await expect(executive.page.getByText(`Name: ${name} → ${renamed}`)).toBeVisible();
  await executive.page.getByRole("checkbox", { name: /I approve version 2/ }).check();
  await executive.page.getByRole("button", { name: "Approve this version" }).click();
  await expect(executive.page.getByTestId("approval-status")).toHaveText("Approved v2");
  await executive.page.goto(`${planUrl}/approval`);
  await expect(executive.page.getByTestId("decision-needed")).toHaveCount(0);
  await expect(executive.page.getByText(/Version 2's approval holds until \d{1,2} [A-Z][a-z]{2,3} \d{4}\./)).toBeVisible();
  await executive.page.goto(`${planUrl}/approval/versions/1`);
  await expect(executive.page.getByText("Superseded")).toBeVisible();
  await expect(executive.page.getByText(/a later approved version has replaced it\./)).toBeVisible();
  await executive.page.getByRole("button", { name: "Verify integrity" }).click();
  await expect(executive.page.getByText(`Verified: the stored snapshot still hashes to ${hash}.`)).toBeVisible();
  // The frozen content itself: the file's SHA-256, computed outside the app, is the approved hash.
  const [content] = await Promise.all([executive.page.waitForEvent("download"), executive.page.getByRole("link", { name: "Download the frozen content (JSON)" }).click()]);
  expect(content.suggestedFilename()).toMatch(new RegExp(`^approval-flow-.*-v1-${hash!.slice(0, 12)}\\.json$`));
  const bytes = await (await content.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
  expect(createHash("sha256").update(bytes).digest("hex")).toBe(hash);
  await committee.close();
  await executive.close();
});

test("with two approvers, the second rejects with a comment and the committee is told why", async ({ browser }) => {
  test.setTimeout(120_000);
  const committee = await as(browser, USERS.committee);
  const name = unique("Two approvers");
  const planUrl = await createPlan(committee.page, name);
  await submitForApproval(committee.page, { planUrl, approvers: [/Daniel Okafor/, /Sarah Lewis/] });

  const first = await as(browser, USERS.executive);
  await first.page.goto(`${planUrl}/approval/versions/1`);
  await first.page.getByRole("checkbox", { name: /I approve version 1/ }).check();
  await first.page.getByRole("button", { name: "Approve this version" }).click();
  await expect(first.page.getByText("Still to decide: Sarah Lewis.")).toBeVisible();

  const second = await as(browser, USERS.secondExecutive);
  await second.page.goto(`${planUrl}/approval/versions/1`);
  await second.page.getByRole("button", { name: "Reject" }).click();
  await expect(second.page.getByLabel("Comment (required to reject)")).toHaveAccessibleDescription("Say why you reject this version, so the committee can act on it.");
  await second.page.getByLabel("Comment (required to reject)").fill("The ransomware scenario has never been tested.");
  await second.page.getByRole("button", { name: "Reject" }).click();
  await expect(second.page.getByText("You rejected this version")).toBeVisible();

  await committee.page.goto(`${planUrl}/approval`);
  await expect(committee.page.locator('tr[data-version="1"]')).toContainText("Rejected");
  // Each decision in the version page's words, in the order they were made.
  await expect(committee.page.locator('tr[data-version="1"]')).toContainText(
    /Approved by Daniel Okafor on \d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2} UTC\s*Rejected by Sarah Lewis on \d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2} UTC/,
  );
  await expect(committee.page.getByTestId("approval-status")).toHaveText("Draft: never approved · v1 rejected");
  await committee.page.goto("/notifications");
  await expect(committee.page.getByText(/was rejected by Sarah Lewis: The ransomware scenario has never been tested\./).first()).toBeVisible();
  await committee.close();
  await first.close();
  await second.close();
});

test("archiving a plan withdraws the version awaiting approval, and restoring it does not bring it back", async ({ browser }) => {
  test.setTimeout(120_000);
  const committee = await as(browser, USERS.committee);
  const name = unique("Archived pending");
  const planUrl = await createPlan(committee.page, name);
  await submitForApproval(committee.page, { planUrl, approvers: [/Daniel Okafor/] });
  await committee.page.goto(planUrl);
  await committee.page.getByRole("button", { name: "Archive plan" }).click();
  const archive = committee.page.getByRole("dialog", { name: "Archive this plan?" });
  await expect(archive).toContainText("Version 1 awaits approval (waiting for Daniel Okafor): archiving withdraws it");
  await archive.getByRole("button", { name: "Archive" }).click();
  await expect(committee.page.getByText("Archived: read-only. Restore it to edit.")).toBeVisible();

  const executive = await as(browser, USERS.executive);
  await executive.page.goto(`${planUrl}/approval/versions/1`);
  await expect(executive.page.getByText("Withdrawn", { exact: true })).toBeVisible();
  await expect(executive.page.getByRole("button", { name: "Approve this version" })).toHaveCount(0);

  await committee.page.getByRole("button", { name: "Restore plan" }).click();
  const restore = committee.page.getByRole("dialog", { name: "Restore this plan?" });
  await expect(restore).toContainText("Version 1, withdrawn from approval when the plan was archived, stays withdrawn");
  await restore.getByRole("button", { name: "Restore" }).click();
  await expect(committee.page.getByRole("button", { name: "Archive plan" })).toBeVisible();
  await executive.page.reload();
  await expect(executive.page.getByRole("button", { name: "Approve this version" })).toHaveCount(0);
  await committee.close();
  await executive.close();
});

test("a refused decision keeps what the approver entered: the ticked statement survives a rejection without a comment", async ({ browser }) => {
  test.setTimeout(120_000);
  const committee = await as(browser, USERS.committee);
  const name = unique("Kept decision");
  const planUrl = await createPlan(committee.page, name);
  await submitForApproval(committee.page, { planUrl, approvers: [/Daniel Okafor/] });

  const executive = await as(browser, USERS.executive);
  await executive.page.goto(`${planUrl}/approval/versions/1`);
  const statement = executive.page.getByRole("checkbox", { name: /I approve version 1/ });
  await statement.check();
  await executive.page.getByRole("button", { name: "Reject" }).click();
  await expect(executive.page.getByText("Say why you reject this version, so the committee can act on it.", { exact: true })).toBeVisible();
  await expect(statement).toBeChecked();
  // Nothing was recorded: the form is still there to decide with.
  await expect(executive.page.getByRole("button", { name: "Approve this version" })).toBeVisible();
  await committee.close();
  await executive.close();
});

test("a refused change of approvers keeps the boxes as they were ticked", async ({ browser }) => {
  const committee = await as(browser, USERS.committee);
  const planUrl = await createPlan(committee.page, unique("Kept approvers"));
  await committee.page.goto(`${planUrl}/approval`);
  const daniel = committee.page.getByLabel(/Daniel Okafor/);
  const sarah = committee.page.getByLabel(/Sarah Lewis/);
  await daniel.check();
  await committee.page.getByRole("button", { name: "Save approvers" }).click();
  await expect(committee.page.getByText("Approvers saved.")).toBeVisible();
  await sarah.check();
  await daniel.uncheck();

  // Meanwhile the plan is archived in another window, so the save is refused.
  const other = await as(browser, USERS.committee);
  await other.page.goto(planUrl);
  await other.page.getByRole("button", { name: "Archive plan" }).click();
  await other.page.getByRole("dialog", { name: "Archive this plan?" }).getByRole("button", { name: "Archive" }).click();
  await expect(other.page.getByText("Archived: read-only. Restore it to edit.")).toBeVisible();

  await committee.page.getByRole("button", { name: "Save approvers" }).click();
  await expect(committee.page.getByText("An archived plan cannot be edited.")).toBeVisible();
  // As the user left them, not as saved (Daniel Okafor only).
  await expect(sarah).toBeChecked();
  await expect(daniel).not.toBeChecked();
  await committee.close();
  await other.close();
});

test("a refused choice of approvers is said at every box, and the focus goes to the first", async ({ browser }) => {
  const committee = await as(browser, USERS.committee);
  const planUrl = await createPlan(committee.page, unique("Refused approvers"));
  await committee.page.goto(`${planUrl}/approval`);
  const group = committee.page.getByRole("group", { name: "Approvers", exact: true });
  const daniel = group.getByLabel(/Daniel Okafor/);
  // As if Daniel Okafor stopped being an executive after the page was loaded: his box now names
  // someone who is not one of the organisation's executives. Changed once ticked, as React puts
  // a box's value back when the group renders again.
  await daniel.check();
  await daniel.evaluate((box: HTMLInputElement) => {
    box.value = "no-longer-an-executive";
  });
  await committee.page.getByRole("button", { name: "Save approvers" }).click();

  // The message was only shown under the group: the focus went to the form's summary, and
  // nothing at a box said why.
  const boxes = group.getByRole("checkbox");
  await expect(boxes.first()).toBeFocused();
  expect(await boxes.count()).toBeGreaterThan(1);
  for (const box of await boxes.all()) {
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expect(box).toHaveAccessibleDescription("Approvers must be executives of your organisation.");
  }
  // The group's hint is still said with its name, not at each box.
  await expect(group).toHaveAccessibleDescription(/^Every executive named here must approve a version/);
  await committee.close();
});

test("auditors and executives read versions but cannot submit or configure approvers", async ({ page }) => {
  await signIn(page, USERS.auditor);
  await page.getByRole("link", { name: "Bristol operations" }).click();
  await page.getByRole("link", { name: "Approval", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Executive approval" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit for approval" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save approvers" })).toHaveCount(0);

  // The approved version says who approved it, and its unmet objectives read by scenario: as
  // assessed in February, without the restores measured in September.
  await page.getByRole("link", { name: "Version 1", exact: true }).first().click();
  await expect(page.getByText(/Approved by Daniel Okafor(, Sarah Lewis)? on \d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2} UTC\./)).toBeVisible();
  const breaches = page.getByRole("list", { name: "Recovery objectives not met (58), by scenario" });
  await expect(breaches.locator("summary")).toHaveText([
    "Host HV01 lost: 3 RPOs and 8 MTDs missed; 3 systems with no host to restore to",
    "Ransomware: 7 RPOs, 5 RTOs and 4 MTDs missed",
    "Bristol site lost: 7 RPOs, 3 RTOs and 8 MTDs missed; 3 systems with no host to restore to",
    "One VM lost: 7 RPOs missed",
  ]);
  // A scenario's sentences open from its line.
  const ransomware = breaches.locator("details").filter({ hasText: "Ransomware" });
  await expect(ransomware.getByRole("listitem").first()).toBeHidden();
  await ransomware.locator("summary").click();
  await expect(ransomware.getByRole("listitem")).toHaveCount(16);
  await expect(ransomware.getByRole("listitem").first()).toBeVisible();
});

test("the demo's version 1 holds the test held before its February submission with its evidence, and the tests held since read as added", async ({ page }) => {
  await signIn(page, USERS.auditor);
  await page.getByRole("link", { name: "Bristol operations" }).click();
  await page.getByRole("link", { name: "Approval", exact: true }).click();
  // The overview also has an "Executive approval" heading: wait for the approval page's address.
  await expect(page).toHaveURL(/\/approval$/);
  const approvalUrl = page.url();
  await page.getByRole("link", { name: "Version 1", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Version 1" })).toBeVisible();
  const later = ["Ransomware tabletop", "SQL01 and FILE01 restore simulation"];
  await expect(page.getByText("Added: Nightly backup and file restore check", { exact: true })).toBeVisible();
  for (const title of later) await expect(page.getByText(`Added: ${title}`, { exact: true })).toHaveCount(0);
  await expect(page.getByText("Last test: 27 Jan 2026.", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Open findings (0)" })).toBeVisible();

  // Its evidence downloads through the version, as the test's report it was approved with.
  const evidence = page.getByRole("region", { name: "Test evidence in this version (1)" });
  const entry = evidence.locator('[data-evidence="backup-check-2026-01-27.log"]');
  await expect(entry).toContainText("Test “Nightly backup and file restore check”");
  const link = entry.getByRole("link", { name: "backup-check-2026-01-27.log" });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("backup-check-2026-01-27.log");
  const response = await page.request.get((await link.getAttribute("href")) ?? "");
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("File-level restore finished: success");
  await expect(entry).toContainText(`SHA-256 ${createHash("sha256").update(await response.body()).digest("hex")}`);

  // What changed since: the tests held after the submission, not the one the version holds.
  await page.goto(approvalUrl);
  await page.getByRole("link", { name: "What changed since version 1 was approved" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Version 1 → the plan as it is now" })).toBeVisible();
  for (const title of later) await expect(page.getByText(`Added: ${title}`, { exact: true })).toBeVisible();
  await expect(page.getByText("Added: Nightly backup and file restore check", { exact: true })).toHaveCount(0);
});

test("the committee sets how often the plan is reviewed: a shorter cadence cuts the approval in force short, a longer one waits for the next approval, and the plan is not changed since approval", async ({ browser }) => {
  test.setTimeout(90_000);
  const committee = await as(browser, USERS.committee);
  const planUrl = await createPlan(committee.page, unique("Review cadence"));
  await submitForApproval(committee.page, { planUrl, approvers: [/Daniel Okafor/] });
  const executive = await as(browser, USERS.executive);
  await executive.page.goto(`${planUrl}/approval/versions/1`);
  await executive.page.getByRole("checkbox", { name: /I approve version 1/ }).check();
  await executive.page.getByRole("button", { name: "Approve this version" }).click();
  await expect(executive.page.getByTestId("approval-status")).toHaveText("Approved v1");
  // Executives read the cadence; they do not set it.
  await executive.page.goto(`${planUrl}/approval`);
  await expect(executive.page.getByText("Approvals expire after 365 days")).toBeVisible();
  await expect(executive.page.getByRole("form", { name: "Review cadence" })).toHaveCount(0);

  await committee.page.goto(`${planUrl}/approval`);
  const form = committee.page.getByRole("form", { name: "Review cadence" });
  const days = form.getByLabel("Review the plan every (days)");
  await expect(days).toHaveValue("365");
  await days.fill("7");
  await form.getByRole("button", { name: "Save cadence" }).click();
  await expect(days).toHaveAccessibleDescription(/Review the plan every \(days\): enter at least 30 days\./);
  await days.fill("26w");
  await form.getByRole("button", { name: "Save cadence" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Review cadence set to every 182 days." })).toBeVisible();
  await expect(committee.page.getByText(/Approvals expire after 182 days: .* Version 1's approval holds until \d{1,2} [A-Z][a-z]{2,3} \d{4}\./)).toBeVisible();
  await expect(committee.page.getByText(/Version 1 was approved for 365 days; the plan's review cadence is now 182 days, which shortens this approval too\./)).toBeVisible();
  // A longer cadence does not extend the year the executive signed for (decision 65).
  await days.fill("730");
  await form.getByRole("button", { name: "Save cadence" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Review cadence set to every 730 days." })).toBeVisible();
  await expect(committee.page.getByText(/Version 1 was approved for 365 days; the plan's review cadence is now 730 days, which applies from the next approval\./)).toBeVisible();
  await expect(committee.page.getByTestId("approval-status")).toHaveText("Approved v1");
  await expect(days).toHaveAccessibleDescription(/A longer cadence applies from the next approval; a shorter one to the approval in force too\./);
  // An approval given before approvals kept their cadence follows the plan's, and the form says so.
  await sqlForPlan(planUrl, `UPDATE "PlanVersion" SET "approvedForDays" = NULL WHERE "planId" = $1`);
  await committee.page.reload();
  await expect(days).toHaveAccessibleDescription(/Version 1's approval, given before approvals kept their cadence, follows this one, longer or shorter\./);
  await committee.close();
  await executive.close();
});
