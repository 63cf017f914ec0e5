import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createPlan, session, submitForApproval, unique, USERS } from "./helpers";

const LOG = "Restore job finished: success after 142 minutes\n";

test("evidence of an approved version, removed from its test, stays downloadable from the version; a mistaken upload is deleted", async ({ browser }) => {
  test.setTimeout(120_000);
  // The committee records a test with its evidence and submits the plan; the executive approves it.
  const priya = await session(browser, USERS.committee);
  const planUrl = await createPlan(priya, unique("Evidence retention"));
  await priya.goto(`${planUrl}/tests/new`);
  await priya.getByLabel("Title").fill("SQL01 restore simulation");
  await priya.getByLabel("Date", { exact: true }).fill("2026-09-22");
  await priya.getByLabel("Result").selectOption({ label: "Passed" });
  await priya.getByRole("button", { name: "Record test" }).click();
  await expect(priya.getByRole("heading", { level: 1, name: "SQL01 restore simulation" })).toBeVisible();
  const testUrl = priya.url();
  await priya.getByLabel("File").setInputFiles({ name: "sql01-restore.log", mimeType: "text/plain", buffer: Buffer.from(LOG) });
  await priya.getByRole("button", { name: "Upload" }).click();
  const testLink = priya.getByRole("link", { name: "sql01-restore.log" });
  await expect(testLink).toBeVisible();
  const testHref = (await testLink.getAttribute("href")) ?? "";

  await submitForApproval(priya, { planUrl, approvers: [/Daniel Okafor/] });

  const daniel = await session(browser, USERS.executive);
  await daniel.goto(`${planUrl}/approval/versions/1`);
  await daniel.getByRole("checkbox", { name: /I approve version 1/ }).check();
  await daniel.getByRole("button", { name: "Approve this version" }).click();
  await expect(daniel.getByTestId("approval-status")).toHaveText("Approved v1");

  // A file uploaded since is in no version: deleting it deletes it, and the dialog says so.
  await priya.goto(testUrl);
  await priya.getByLabel("File").setInputFiles({ name: "wrong-server.log", mimeType: "text/plain", buffer: Buffer.from("not this one\n") });
  await priya.getByRole("button", { name: "Upload" }).click();
  await expect(priya.getByRole("link", { name: "wrong-server.log" })).toBeVisible();
  await priya.getByRole("button", { name: "Delete wrong-server.log" }).click();
  const deleteDialog = priya.getByRole("dialog", { name: "Delete wrong-server.log?" });
  await expect(deleteDialog).toContainText("The file is deleted for good.");
  await deleteDialog.getByRole("button", { name: "Delete attachment" }).click();
  await expect(priya.getByRole("link", { name: "wrong-server.log" })).toHaveCount(0);

  // The approved version's file: the dialog says it is kept for version 1.
  await expect(priya.getByText("Listed in version 1 of the plan.")).toBeVisible();
  await priya.getByRole("button", { name: "Remove sql01-restore.log" }).click();
  const removeDialog = priya.getByRole("dialog", { name: "Remove sql01-restore.log from this test?" });
  await expect(removeDialog).toContainText("it is kept, because version 1 of the plan refers to it");
  await removeDialog.getByRole("button", { name: "Remove from test" }).click();
  await expect(priya.getByRole("link", { name: "sql01-restore.log" })).toHaveCount(0);
  await expect(priya.getByText("No evidence attached yet.")).toBeVisible();

  // An auditor: the test no longer lists it, its old link is gone, the version still offers it.
  const helen = await session(browser, USERS.auditor);
  await helen.goto(testUrl);
  await expect(helen.getByRole("heading", { level: 1, name: "SQL01 restore simulation" })).toBeVisible();
  await expect(helen.getByText("No evidence attached yet.")).toBeVisible();
  expect((await helen.request.get(testHref)).status()).toBe(404);

  await helen.goto(`${planUrl}/approval/versions/1`);
  await expect(helen.getByTestId("approval-status")).toHaveText("Changed since approval v1");
  const evidence = helen.getByRole("region", { name: "Test evidence in this version (1)" });
  const entry = evidence.locator('[data-evidence="sql01-restore.log"]');
  await expect(entry).toContainText("Test “SQL01 restore simulation”");
  await expect(entry).toContainText("Removed from the current plan on");
  await expect(evidence).not.toContainText("wrong-server.log");
  const link = entry.getByRole("link", { name: "sql01-restore.log" });
  const [download] = await Promise.all([helen.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("sql01-restore.log");
  const response = await helen.request.get((await link.getAttribute("href")) ?? "");
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe(LOG);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  // The SHA-256 the version shows is the downloaded file's.
  await expect(entry).toContainText(`SHA-256 ${createHash("sha256").update(await response.body()).digest("hex")}`);

  // The executive who approved it reads the same; another organisation is not told it exists.
  await daniel.goto(`${planUrl}/approval/versions/1`);
  await expect(daniel.locator('[data-evidence="sql01-restore.log"]').getByRole("link", { name: "sql01-restore.log" })).toBeVisible();
  const outsider = await session(browser, USERS.otherOrgAdmin);
  expect((await outsider.request.get((await link.getAttribute("href")) ?? "")).status()).toBe(404);
  for (const page of [priya, daniel, helen, outsider]) await page.context().close();
});
