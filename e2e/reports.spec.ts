import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { signIn, USERS } from "./helpers";

test("an auditor downloads the approved version's PDF report, with its hash and approvers", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, USERS.auditor);
  await page.getByRole("link", { name: "Bristol operations" }).click();
  await page.getByRole("link", { name: "Reports", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await expect(page.getByLabel("Version")).toHaveValue("1");
  await page.getByRole("button", { name: "Generate PDF report" }).click();
  await expect(page.getByText("Report requested.")).toBeVisible();

  // The job runs in the background; the list polls and offers the download when it is done.
  const download = page.getByRole("link", { name: /Download PDF/ }).first();
  await expect(download).toBeVisible({ timeout: 150_000 });
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toMatch(/^bristol-operations-v1-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = execFileSync("pdftotext", ["-raw", await file.path(), "-"], { encoding: "utf8" });
  const approval = text.split("\f").find((p) => p.includes("Version hash"))!.replace(/\s+/g, " ");
  expect(approval.replace(/\s+/g, "")).toMatch(/[0-9a-f]{64}/);
  expect(approval).toContain("Daniel Okafor");
  expect(approval).toContain("I approve version 1 of “Bristol operations”");
  expect(text).toContain("5. Recovery readiness");
  expect(text).toContain("Appendix D. Test history");
});

test("the organisation export is for administrators only", async ({ page }) => {
  await signIn(page, USERS.auditor);
  expect((await page.goto("/admin/backup"))?.status()).toBe(404);
  expect((await page.request.get("/admin/backup/export")).status()).toBe(403);
});
