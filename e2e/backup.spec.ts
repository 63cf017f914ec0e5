import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signIn, USERS } from "./helpers";

test("an administrator's own export, several megabytes, reaches the import and is refused because the organisation exists", async ({ page }, testInfo) => {
  await signIn(page, USERS.admin);
  await page.goto("/admin/backup");
  const download = await page.request.get("/admin/backup/export");
  expect(download.status()).toBe(200);
  // Padded past a server action's body limit (as evidence files make real exports): the import
  // must not depend on it. Fields the export format does not have are ignored.
  const exported = Buffer.from(JSON.stringify({ ...(await download.json()), padding: "x".repeat(4 * 1024 * 1024) }));

  const form = page.getByRole("form", { name: "Import an organisation" });
  await form.getByRole("button", { name: "Import organisation" }).click();
  await expect(form.getByText("Choose an export file.").first()).toBeVisible();

  const path = testInfo.outputPath("export.json");
  await writeFile(path, exported);
  await form.getByLabel("Organisation export (JSON)").setInputFiles(path);
  await form.getByRole("button", { name: "Import organisation" }).click();
  await expect(form.getByRole("alert").or(form.getByRole("status"))).toContainText('This instance already has an organisation "harbour-lane-foods".');

  await form.getByLabel("Organisation export (JSON)").setInputFiles({ name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"hello":"world"}') });
  await form.getByRole("button", { name: "Import organisation" }).click();
  await expect(form.getByText("This is not a Continuity organisation export.").first()).toBeVisible();
  await expect(form.getByLabel("Organisation export (JSON)")).toHaveAttribute("aria-invalid", "true");
});
