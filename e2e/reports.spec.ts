import { execFileSync } from "node:child_process";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { signIn, USERS } from "./helpers";

test("an auditor downloads the approved version's PDF report, with its hash and approvers", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, USERS.auditor);
  await page.getByRole("link", { name: "Bristol operations" }).click();
  await page.getByRole("link", { name: "Reports", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await expect(page.getByLabel("Version")).toHaveValue("1");
  await expect(page.getByLabel("Version").locator("option:checked")).toHaveText("Version 1 (approved)");
  await page.getByRole("button", { name: "Generate PDF report" }).click();
  await expect(page.getByText("Report requested.")).toBeVisible();

  // The job runs in the background; the list polls and offers the download when it is done.
  const download = page.getByRole("link", { name: /Download PDF/ }).first();
  await expect(download).toBeVisible({ timeout: 150_000 });
  // Said once to a screen reader too, without reading out every step of the progress bar.
  await expect(page.getByTestId("announcer")).toHaveText("The report of version 1 is ready: Download PDF.");
  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toMatch(/^bristol-operations-v1-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = execFileSync("pdftotext", ["-raw", await file.path(), "-"], { encoding: "utf8" });
  const approval = text.split("\f").find((p) => p.includes("Version hash"))!.replace(/\s+/g, " ");
  expect(approval.replace(/\s+/g, "")).toMatch(/[0-9a-f]{64}/);
  expect(approval).toContain("Daniel Okafor");
  expect(approval).toContain("I approve version 1 of “Bristol operations”");
  // Its record of changes: every version of the plan, this one marked.
  expect(text.replace(/\s+/g, " ")).toMatch(/Version history Every version of this plan as of .*Version 1 \(this report\) (Approved|Superseded) 9 Feb 2026, 10:00 UTC by Priya Shah 12 Feb 2026, 15:00 UTC/);
  expect(text).toContain("5. Recovery readiness");
  expect(text).toContain("Appendix D. Test history");
});

test("a member with two reports being prepared is told to wait for one, and nothing more is queued", async ({ page }) => {
  // Two unfinished reports of the other organisation's administrator, as if the workers were busy
  // (rows without jobs: no worker takes them, and they are removed at the end).
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ orgId: string; planId: string; userId: string }>(
      `SELECT o.id AS "orgId", p.id AS "planId", u.id AS "userId" FROM "Organization" o JOIN "Plan" p ON p."orgId" = o.id JOIN "User" u ON u.email = $1
        WHERE o.slug = 'riverside-dental' ORDER BY p."createdAt" LIMIT 1`,
      [USERS.otherOrgAdmin],
    );
    const { orgId, planId, userId } = rows[0];
    const busy = await client.query<{ id: string }>(
      `INSERT INTO "Report" (id, "orgId", "planId", "requestedById", status) VALUES ($1, $3, $4, $5, 'queued'), ($2, $3, $4, $5, 'running') RETURNING id`,
      [`e2e-limit-${Date.now()}-a`, `e2e-limit-${Date.now()}-b`, orgId, planId, userId],
    );
    const reports = async () => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Report" WHERE "orgId" = $1`, [orgId])).rows[0].n;
    try {
      const before = await reports();
      await signIn(page, USERS.otherOrgAdmin);
      await page.goto(`/plans/${planId}/reports`);
      await page.getByRole("button", { name: "Generate PDF report" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "being prepared" })).toHaveText("You already have 2 reports being prepared — wait for one to finish, then request another.");
      expect(await reports()).toBe(before);
    } finally {
      await client.query(`DELETE FROM "Report" WHERE id = ANY($1)`, [busy.rows.map((r) => r.id)]);
    }
  } finally {
    await client.end();
  }
});

test("the organisation export is for administrators only", async ({ page }) => {
  await signIn(page, USERS.auditor);
  expect((await page.goto("/admin/backup"))?.status()).toBe(404);
  expect((await page.request.get("/admin/backup/export")).status()).toBe(403);
});
