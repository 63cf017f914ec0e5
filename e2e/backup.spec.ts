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

  // A refusal of the file is said once, at the file field, which it describes.
  const form = page.getByRole("form", { name: "Import an organisation" });
  const file = form.getByLabel("Organisation export (JSON)");
  await form.getByRole("button", { name: "Import organisation" }).click();
  await expect(file).toHaveAccessibleDescription(/Choose an export file\.$/);
  await expect(form.getByText("Choose an export file.")).toHaveCount(1);

  const path = testInfo.outputPath("export.json");
  await writeFile(path, exported);
  await form.getByLabel("Organisation export (JSON)").setInputFiles(path);
  await form.getByRole("button", { name: "Import organisation" }).click();
  await expect(form.getByRole("alert").or(form.getByRole("status"))).toContainText('This instance already has an organisation "harbour-lane-foods".');

  await form.getByLabel("Organisation export (JSON)").setInputFiles({ name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"hello":"world"}') });
  await form.getByRole("button", { name: "Import organisation" }).click();
  await expect(file).toHaveAccessibleDescription(/This is not a Continuity organisation export\.$/);
  await expect(form.getByText("This is not a Continuity organisation export.")).toHaveCount(1);
  await expect(file).toHaveAttribute("aria-invalid", "true");
});
