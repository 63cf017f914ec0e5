import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createPlan, signIn, unique, USERS } from "./helpers";

/** The cells of a CSV line written by the export (no quoted fields in this plan's rows). */
const cells = (line: string) => line.split(",");

test("a committee member downloads the BIA, edits it in a spreadsheet and imports it back through a preview", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("BIA CSV"));
  await page.goto(`${planUrl}/bia`);
  const existing = unique("Payroll");
  await page.getByLabel("Function name").fill(existing);
  await page.getByRole("button", { name: "Add function" }).click();
  await expect(page.getByRole("heading", { level: 1, name: existing })).toBeVisible();
  await page.goto(`${planUrl}/bia`);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download BIA (CSV)", exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/-bia-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const [headerLine, rowLine] = text.split("\r\n");
  const header = cells(headerLine);
  expect(header.slice(0, 2)).toEqual(["Function", "Department"]);
  expect(header).toContain("Financial @ 1 day");
  const row = cells(rowLine);
  expect(row[0]).toBe(existing);

  // Update the function (a rating and its RTO) and add another, as a spreadsheet would save it.
  const added = unique("Picking");
  const at = (name: string) => header.indexOf(name);
  const updated = [...row];
  updated[at("Customer @ 4 h")] = "Minor";
  updated[at("RTO")] = "2h";
  const fresh = header.map(() => "");
  fresh[at("Function")] = added;
  fresh[at("Financial @ 1 h")] = "None";
  const file = [headerLine, updated.join(","), fresh.join(",")].join("\r\n") + "\r\n";

  const panel = page.getByRole("form", { name: "Import business functions from CSV" });
  await panel.getByLabel("CSV file").setInputFiles({ name: "bia.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  await panel.getByRole("button", { name: "Preview import", exact: true }).click();
  const heading = panel.getByRole("heading", { name: "Preview of bia.csv" });
  await expect(heading).toBeFocused();
  await expect(panel.getByTestId("bia-import-summary")).toHaveText("2 rows: 1 to add, 1 to update, 0 unchanged.");
  const changes = panel.getByRole("table", { name: "Changes the import would make" });
  await expect(changes.getByRole("row", { name: new RegExp(existing) })).toContainText("RTO: — → 2 h");
  await expect(changes.getByRole("row", { name: new RegExp(added) })).toContainText("Add");

  await panel.getByRole("button", { name: "Import 2 functions", exact: true }).click();
  const outcome = panel.getByRole("status");
  await expect(outcome).toHaveText("Imported bia.csv: 1 added, 1 updated, 0 unchanged.");
  await expect(outcome).toBeFocused();

  const list = page.getByRole("table", { name: "Business functions, sortable" });
  await expect(list.getByRole("link", { name: added, exact: true })).toBeVisible();
  const existingRow = list.getByRole("row", { name: new RegExp(existing) });
  await expect(existingRow).toContainText("2 h");
  await existingRow.getByRole("link", { name: existing, exact: true }).click();
  await expect(page.getByLabel("Customer impact after 4 h")).toHaveValue("minor");
});
