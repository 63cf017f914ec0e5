import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signIn, USERS } from "./helpers";

const HEADER = "Name,Job title,Department,E-mail,Work phone,Mobile phone,24/7 phone,Notes,Continuity ID,Continuity version";

test("an administrator downloads the People register, imports a file adding two people and updating one, sees the preview and confirms", async ({ page }) => {
  await signIn(page, USERS.admin);
  // One tag in every name, so that the search below finds exactly this test's people, whatever other tests add.
  const tag = `pi${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const target = `Rhys Parry ${tag}`;
  const nadia = `Nadia Kowalski ${tag}`;
  const liam = `Owain Lloyd ${tag}`;

  // The person the file updates, added on this page so no other test touches them.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  const add = page.getByRole("form", { name: "Add a person" });
  await add.getByLabel("Name").fill(target);
  await add.getByLabel("Job title").fill("Shift supervisor");
  await add.getByRole("button", { name: "Add person" }).click();
  await expect(add.getByText(`${target} was added to the register.`)).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV", exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^people-\d{4}-\d{2}-\d{2}\.csv$/);
  const exported = await readFile(await download.path(), "utf8");
  const lines = exported.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toBe(HEADER);
  const targetRow = lines.find((line) => line.startsWith(`${target},`));
  expect(targetRow).toMatch(new RegExp(`^${target},Shift supervisor,,,,,,,c[a-z0-9]+,1$`));

  // The file: the header and Rhys's row as exported, his job title changed, and two new people.
  const file = [
    HEADER,
    targetRow!.replace(",Shift supervisor,", ",Night shift manager,"),
    `${nadia},Cold store lead,Warehouse and logistics,nadia.${tag}@harbourlane.example,,07700 900555,07700 900555,,,`,
    `${liam},Driver,,,,,01179 496 077,,,`,
    "",
  ].join("\r\n");
  const panel = page.getByRole("form", { name: "Import from CSV" });
  await expect(panel.getByRole("link", { name: "Download the template" })).toHaveAttribute("href", "/people/template");
  await panel.getByLabel("CSV file").setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  await panel.getByRole("button", { name: "Preview import" }).click();

  const preview = panel.getByRole("region", { name: "Preview of people.csv" });
  await expect(preview.getByRole("heading", { name: "Preview of people.csv" })).toBeFocused();
  await expect(preview).toContainText("3 rows: 2 to add, 1 to update, 0 unchanged.");
  const row = (name: string) => preview.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  await expect(row(target)).toContainText("Update");
  await expect(row(target)).toContainText("Job title: Shift supervisor → Night shift manager");
  await expect(row(nadia)).toContainText("Add");
  await expect(row(nadia)).toContainText("Department: Warehouse and logistics");
  await expect(row(liam)).toContainText("24/7 phone: 01179 496 077");

  // A pending preview is unsaved work: leaving the page asks first.
  const dialog = page.getByRole("dialog", { name: "Unsaved changes" });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plans" }).click();
  await expect(dialog).toHaveAccessibleDescription("You have unsaved changes in “Import from CSV”. Leave this page and lose them?");
  await dialog.getByRole("button", { name: "Stay" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(preview).toBeVisible();

  // Cancelled, nothing is saved, and the form holds nothing to lose.
  await preview.getByRole("button", { name: "Cancel" }).click();
  await expect(preview).toHaveCount(0);
  await expect(panel.getByLabel("CSV file")).toBeFocused();
  await page.goto(`/people?q=${tag}`);
  const list = page.getByRole("table", { name: "People in the register" });
  await expect(list.getByRole("row")).toHaveCount(2);

  // Again, this time confirmed.
  await panel.getByLabel("CSV file").setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  await panel.getByRole("button", { name: "Preview import" }).click();
  await expect(preview.getByRole("heading", { name: "Preview of people.csv" })).toBeFocused();
  await preview.getByRole("button", { name: "Import 3 people" }).click();
  const outcome = page.getByRole("status").filter({ hasText: "Imported people.csv: 2 added, 1 updated, 0 unchanged." });
  await expect(outcome).toBeFocused();
  await expect(preview).toHaveCount(0);

  await expect(list.getByRole("row")).toHaveCount(4);
  const listed = (name: string) => list.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(listed(target)).toContainText("Night shift manager");
  await expect(listed(nadia)).toContainText("Warehouse and logistics");
  await expect(listed(nadia)).toContainText("07700 900555");
  // Phone numbers stay as typed: the leading zero is kept.
  await expect(listed(liam)).toContainText("01179 496 077");
});
