import { createHash } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createPlan, signIn, unique, USERS } from "./helpers";

async function as(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { page, close: () => context.close() };
}

/** The version page marks its notifications read once shown, through a server action (a POST to the page). */
const versionMarkedRead = (page: Page) =>
  page.waitForResponse((response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined && /\/approval\/versions\/\d+$/.test(new URL(response.url()).pathname));

const approvalStage = (page: Page) => page.locator('[data-stage="approval"]');

async function rename(page: Page, planUrl: string, name: string) {
  await page.goto(planUrl);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
}

test("an approval shows on the overview; approvers see the plan's gaps, nothing claimed of an empty plan, and when the plan changed under a pending version", async ({ browser }) => {
  test.setTimeout(180_000);
  const committee = await as(browser, USERS.committee);
  const name = unique("Governance");
  const planUrl = await createPlan(committee.page, name);
  await expect(approvalStage(committee.page)).toContainText("0%");
  await expect(approvalStage(committee.page)).toContainText("This plan has not been submitted for approval.");

  // Submitting: the form says how complete the plan is and what is missing, but does not block.
  await committee.page.goto(`${planUrl}/approval`);
  await committee.page.getByLabel(/Daniel Okafor/).check();
  await committee.page.getByRole("button", { name: "Save approvers" }).click();
  await expect(committee.page.getByText("Approvers saved.")).toBeVisible();
  const gaps = committee.page.getByTestId("plan-completeness");
  await expect(gaps).toContainText("The plan's content is 0% complete.");
  await expect(gaps).toContainText("Committee and emergency response team (0%): No committee members or response team recorded yet.");
  await committee.page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(committee.page.getByRole("heading", { name: "Version 1 awaits approval" })).toBeVisible();
  await expect(committee.page.getByText("The plan stays editable meanwhile, but edits do not change this version")).toBeVisible();
  await expect(committee.page.getByText("Changes apply to the next version submitted: version 1 keeps the approvers it was submitted with.")).toBeVisible();

  // The executive opens the request: it is read from then on.
  const executive = await as(browser, USERS.executive);
  await executive.page.goto("/notifications");
  const request = `Priya Shah asks you to approve version 1 of “${name}”.`;
  const markedRead = versionMarkedRead(executive.page);
  await expect(executive.page.getByRole("listitem").filter({ hasText: request })).toContainText("New");
  await executive.page.getByRole("link", { name: request }).click();
  await expect(executive.page.getByRole("heading", { level: 1, name: "Version 1" })).toBeVisible();
  await expect(executive.page.getByText("Nothing to assess: no systems or scenarios yet.")).toBeVisible();
  await expect(executive.page.getByText("Every RPO, RTO and MTD was met in every scenario.")).toHaveCount(0);
  await expect(executive.page.getByTestId("plan-completeness")).toContainText("The plan's content is 0% complete.");
  await expect(executive.page.getByTestId("recovery-outcome")).toHaveText("Recovery readiness: Not assessed yet (no systems with a host, no disaster scenarios).");
  await expect(executive.page.getByTestId("version-out-of-date")).toHaveCount(0);
  await markedRead;
  await executive.page.goto("/notifications");
  await expect(executive.page.getByRole("listitem").filter({ hasText: request })).not.toContainText("New");

  await executive.page.goto(`${planUrl}/approval/versions/1`);
  await executive.page.getByRole("checkbox", { name: /I approve version 1/ }).check();
  await executive.page.getByRole("button", { name: "Approve this version" }).click();
  await expect(executive.page.getByText("You approved this version")).toBeVisible();

  // The overview counts the approval.
  await committee.page.goto(planUrl);
  await expect(approvalStage(committee.page)).toContainText("100%");
  await expect(approvalStage(committee.page)).toContainText(/Version 1 was approved on \d{1,2} [A-Z][a-z]{2,3} \d{4}; the plan has not changed since\./);

  // A change after approval lowers it and says why; a pending version edited under the approver says so.
  await rename(committee.page, planUrl, `${name} v2`);
  await committee.page.reload();
  await expect(approvalStage(committee.page)).toContainText("50%");
  await expect(approvalStage(committee.page)).toContainText("The plan has changed since version 1 was approved: it needs to be submitted for approval again.");
  await committee.page.goto(`${planUrl}/approval`);
  await committee.page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(committee.page.getByRole("heading", { name: "Version 2 awaits approval" })).toBeVisible();
  await rename(committee.page, planUrl, `${name} v3`);

  await executive.page.goto(`${planUrl}/approval/versions/2`);
  await expect(executive.page.getByTestId("version-out-of-date")).toHaveText(
    "The plan has changed since this version was submitted; approving it approves the version as submitted, not the plan as it is now.",
  );
  await expect(executive.page.getByText("Name: " + name + " → " + `${name} v2`)).toBeVisible();
  await executive.page.getByLabel("Comment (required to reject)").fill("Submit the renamed plan first.");
  await executive.page.getByRole("button", { name: "Reject" }).click();
  await expect(executive.page.getByText("You rejected this version")).toBeVisible();

  // The message names the plan as it is called now.
  await committee.page.goto("/notifications");
  await expect(committee.page.getByRole("link", { name: `Version 2 of “${name} v3” was rejected by Daniel Okafor: Submit the renamed plan first.` })).toBeVisible();
  await committee.close();
  await executive.close();
});

test("only roles that read the audit log are offered the audit trail in a report", async ({ browser }) => {
  const committee = await as(browser, USERS.committee);
  await committee.page.getByRole("link", { name: "Bristol operations" }).click();
  await committee.page.getByRole("link", { name: "Reports", exact: true }).click();
  await expect(committee.page.getByRole("button", { name: "Generate PDF report" })).toBeVisible();
  await expect(committee.page.getByLabel("Append the audit trail of a period")).toHaveCount(0);
  await committee.close();

  const auditor = await as(browser, USERS.auditor);
  await auditor.page.getByRole("link", { name: "Bristol operations" }).click();
  await auditor.page.getByRole("link", { name: "Reports", exact: true }).click();
  await expect(auditor.page.getByLabel("Append the audit trail of a period")).toBeVisible();
  await auditor.close();
});

test("a plan whose only test failed is not tested within its cadence, and evidence shows its full SHA-256", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Failed test"));
  await page.goto(`${planUrl}/tests/new`);
  await page.getByLabel("Type of test").selectOption({ label: "Simulation" });
  await page.getByLabel("Title").fill("Restore that did not work");
  await page.getByLabel("Date", { exact: true }).fill(new Date().toISOString().slice(0, 10));
  await page.getByLabel("Result").selectOption({ label: "Failed" });
  await page.getByRole("button", { name: "Record test" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Restore that did not work" })).toBeVisible();

  // A .log as Chromium may declare it.
  const log = Buffer.from("Restore failed: no space left on device\n");
  await page.getByLabel("File").setInputFiles({ name: "restore.log", mimeType: "text/x-log", buffer: log });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("link", { name: "restore.log" })).toBeVisible();
  await expect(page.getByTestId("attachment-sha256")).toHaveText(createHash("sha256").update(log).digest("hex"));

  await page.goto(`${planUrl}/tests`);
  await expect(page.getByTestId("test-schedule")).toContainText("Not tested successfully: the last test failed");
  await expect(page.getByText("Page 1 of 1 · 1 test", { exact: true })).toBeVisible();
  await page.goto(planUrl);
  await expect(page.locator('[data-stage="tests"]')).toContainText("50%");
});
