/**
 * The threat register's CSV round trip (docs/decisions/0057): a committee member downloads the
 * register, edits it as a spreadsheet would (a rating, the owner by e-mail, a new threat) and
 * imports it back through a preview; a bad row refuses the whole file, naming row and column; an
 * auditor downloads it and is offered no import. Demo data: Owen Hughes (owen.hughes@…) and Tom
 * Reed are in the People register (prisma/demo).
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { readCsvTable } from "../lib/csv/read-csv";
import { writeCsv } from "../lib/csv/write-csv";
import { createPlan, signIn, unique, USERS } from "./helpers";

/** Downloads the register from the risks page and reads it as a table. */
async function download(page: Page) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download threats (CSV)", exact: true }).click()]);
  const { header, records } = readCsvTable(readFileSync(await file.path(), "utf8"));
  return { filename: file.suggestedFilename(), header, rows: records.map((r) => r.cells) };
}

/** Chooses the file in the import panel and asks for its preview. */
async function preview(page: Page, text: string) {
  const panel = page.getByRole("form", { name: "Import threats from CSV" });
  await panel.getByLabel("CSV file").setInputFiles({ name: "threats.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  await panel.getByRole("button", { name: "Preview import", exact: true }).click();
  return panel;
}

test("a committee member downloads the threats, edits them in a spreadsheet and imports them back through a preview", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Threats CSV"));
  await page.goto(`${planUrl}/risks`);
  const existing = unique("Flooded server room");
  await page.getByText("Add a threat", { exact: true }).click();
  const form = page.getByRole("form", { name: "Add a threat" });
  await form.getByLabel("Threat", { exact: true }).fill(existing);
  await form.getByLabel("Category").selectOption("natural");
  await form.getByLabel("Likelihood", { exact: true }).selectOption("2");
  await form.getByLabel("Impact", { exact: true }).selectOption("5");
  await form.getByLabel("Owner").selectOption({ label: "Owen Hughes (Facilities and Health & Safety Officer)" });
  await form.getByRole("button", { name: "Add threat" }).click();
  await expect(form.getByText(`${existing} was added to the register.`)).toBeVisible();

  const file = await download(page);
  expect(file.filename).toMatch(/-threats-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(file.header.slice(0, 5)).toEqual(["Threat", "Category", "Description", "Likelihood", "Impact"]);
  expect(file.header.slice(-2)).toEqual(["Continuity ID", "Continuity version"]);
  const at = (name: string) => file.header.indexOf(name);
  const [row] = file.rows;
  expect([row[at("Threat")], row[at("Category")], row[at("Likelihood")], row[at("Impact")], row[at("Owner")]]).toEqual([existing, "Natural", "2 – Unlikely", "5 – Severe", "Owen Hughes"]);

  // The existing threat's likelihood and owner changed, and a new threat, as a spreadsheet would save them.
  row[at("Likelihood")] = "4";
  row[at("Owner")] = "tom.reed@harbourlane.example";
  const added = unique("Courier strike");
  const fresh = file.header.map(() => "");
  fresh[at("Threat")] = added;
  fresh[at("Category")] = "Human";
  fresh[at("Likelihood")] = "Possible";
  fresh[at("Impact")] = "3 – Moderate";
  const panel = await preview(page, writeCsv([file.header, row, fresh]));
  await expect(panel.getByRole("heading", { name: "Preview of threats.csv" })).toBeFocused();
  await expect(panel.getByTestId("threat-import-summary")).toHaveText("2 rows: 1 to add, 1 to update, 0 unchanged.");
  const changes = panel.getByRole("table", { name: "Changes the import would make" });
  await expect(changes.getByRole("row", { name: new RegExp(existing) })).toContainText("Likelihood: 2 → 4; Owner: Owen Hughes → Tom Reed");
  await expect(changes.getByRole("row", { name: new RegExp(added) })).toContainText("Add");

  await panel.getByRole("button", { name: "Import 2 threats", exact: true }).click();
  const outcome = panel.getByRole("status");
  await expect(outcome).toHaveText("Imported threats.csv: 1 added, 1 updated, 0 unchanged.");
  await expect(outcome).toBeFocused();
  const register = page.getByTestId("threat-register");
  await expect(register.getByRole("row", { name: new RegExp(existing) })).toContainText("Tom Reed");
  await expect(register.getByRole("link", { name: added, exact: true })).toBeVisible();

  // The same file again changes nothing: each row is the same as its threat now.
  const again = await download(page);
  const same = await preview(page, writeCsv([again.header, ...again.rows]));
  await expect(same.getByTestId("threat-import-summary")).toHaveText("2 rows: 0 to add, 0 to update, 2 unchanged (the same as the register: skipped).");
  await expect(same.getByText("No changes: the threat register already matches this file.")).toBeVisible();
  await same.getByRole("button", { name: "Cancel", exact: true }).click();

  // A bad row refuses the whole file, naming its row and column.
  const bad = await preview(page, `Threat,Category,Likelihood,Impact,Owner\r\n${unique("Theft")},Human,7,2,Nobody Known\r\n`);
  const alert = bad.getByRole("alert");
  await expect(alert).toContainText("Nothing was imported: the file has 2 problems.");
  const problems = alert.getByRole("list", { name: "Problems in the file" }).getByRole("listitem");
  await expect(problems).toHaveCount(2);
  await expect(problems.first()).toHaveText("Row 2, column “Likelihood”: “7” is not a rating from 1 to 5: write 1 – Rare, 2 – Unlikely, 3 – Possible, 4 – Likely, 5 – Almost certain.");
  await expect(problems.nth(1)).toContainText("Row 2, column “Owner”: no person is called “Nobody Known”.");
  await expect(bad.getByLabel("CSV file")).toHaveAccessibleDescription(/The file has 2 problems, listed below\.$/);
  await expect(register.getByRole("row")).toHaveCount(3);
});

test("an auditor downloads the threat register and is offered no import", async ({ page }) => {
  await signIn(page, USERS.auditor);
  await page.getByRole("link", { name: "Bristol operations", exact: true }).click();
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Risks & scenarios" }).click();
  const file = await download(page);
  expect(file.rows.map((r) => r[0])).toContain("Ransomware attack");
  await expect(page.getByRole("form", { name: "Import threats from CSV" })).toHaveCount(0);
});
