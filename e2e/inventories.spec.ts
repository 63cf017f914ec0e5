import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { createPlan, session, signIn, unique, USERS } from "./helpers";

async function openRegister(page: Page, title: string) {
  await page.getByRole("link", { name: "Bristol operations" }).click();
  // The overview's tab names the plan (the plan layout's title template does not reach it).
  await expect(page).toHaveTitle("Overview · Bristol operations · Continuity");
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Inventories" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Data-collection inventories" })).toBeVisible();
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveTitle(`${title} · Bristol operations · Continuity`);
}

test("a committee member adds an insurance policy, finds it, exports the register and is refused a bad import", async ({ page }) => {
  await signIn(page, USERS.committee);
  await openRegister(page, "Insurance policy inventory");

  await page.locator("summary", { hasText: "Add policy" }).click();
  const form = page.getByRole("form", { name: "Add policy" });
  await form.getByRole("button", { name: "Add policy" }).click();
  // Each required field says what it needs, after its label.
  await expect(form.getByLabel("Insurer", { exact: true })).toHaveAccessibleDescription("Insurer: fill this in.");
  await expect(form.getByLabel("Policy type", { exact: true })).toHaveAccessibleDescription(/^Policy type: choose one of Business interruption, Property,/);
  await expect(form.getByLabel("Expiry date", { exact: true })).toHaveAccessibleDescription("Expiry date: enter a date.");

  const insurer = unique("Ecclesiastical");
  await form.getByLabel("Insurer", { exact: true }).fill(insurer);
  await form.getByLabel("Policy number", { exact: true }).fill("FL-2026-77");
  await form.getByLabel("Policy type", { exact: true }).selectOption("Property");
  // A mistyped number is refused at its field and kept as typed, not saved as blank.
  await form.getByLabel("Limit of indemnity (optional)").fill("1e");
  await form.getByLabel("Expiry date", { exact: true }).fill("2027-05-01");
  await form.getByLabel("Claims e-mail (optional)").fill("not-an-address");
  await form.getByRole("button", { name: "Add policy" }).click();
  await expect(form.getByText("Claims e-mail: enter an e-mail address like name@example.com.")).toBeVisible();
  await expect(form.getByText("Limit of indemnity: enter an amount of 0 or more in pounds, like 750000, 750,000 or £750,000.")).toBeVisible();
  await expect(form.getByLabel("Limit of indemnity (optional)")).toHaveValue("1e");
  await expect(form.getByLabel("Insurer", { exact: true })).toHaveValue(insurer);
  // An amount as the register writes it is read as one.
  await form.getByLabel("Limit of indemnity (optional)").fill("£1,250,000");
  await form.getByLabel("Claims e-mail (optional)").fill("claims@ecclesiastical.example");
  await form.getByRole("button", { name: "Add policy" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added “${insurer} — FL-2026-77”.` })).toBeVisible();

  await page.getByLabel("Search the insurance policy inventory").fill(insurer);
  await page.getByRole("button", { name: "Search" }).click();
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`${insurer} — FL-2026-77`);
  await expect(rows.first()).toContainText("£1,250,000");
  // Each row's Delete button is named after its item, like its Edit link.
  await expect(rows.first().getByRole("button", { name: `Delete ${insurer} — FL-2026-77` })).toBeVisible();

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^bristol-operations-insurance-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  // A column of numbers names their unit, so a bare number in it is not misread.
  expect(csv.startsWith("\uFEFFInsurer,Policy number,Policy type,Coverage,Limit of indemnity (£),Excess (£),")).toBe(true);
  // The last two columns say which item each row is, so the file can be imported back over it.
  expect(csv.split("\r\n")[0].endsWith(",Claims e-mail,Continuity ID,Continuity version")).toBe(true);
  expect(csv).toMatch(new RegExp(`${insurer},FL-2026-77,Property,,1250000,,2027-05-01,,,claims@ecclesiastical\\.example,[a-z0-9]+,1\\r\\n`));
  expect(csv).toContain("Aviva,BI-44718203,Business interruption,");

  const goodInsurer = unique("Royal Sun");
  const bad = [
    "Insurer,Policy number,Policy type,Expiry date",
    `${goodInsurer},RS-1,Cyber,2027-03-01`,
    `${goodInsurer},RS-2,Cyber,01/04/2027`,
  ].join("\r\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "policies.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  // The file is checked when previewed: a refused file has no preview to confirm.
  await page.getByRole("button", { name: "Preview import", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was imported: the file has 1 problem." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirm import", exact: true })).toHaveCount(0);
  // A day a spreadsheet wrote as day/month/year is read when it can be read one way only; this one could be either.
  await expect(page.getByRole("list", { name: "Problems in the file" })).toHaveText(
    "Row 3, column “Expiry date”: 01/04/2027 could be 1 April or 4 January 2027: write it as 2027-04-01 or 1 Apr 2027",
  );

  // A file over the server actions' body limit is refused at the field before it is sent, not with the generic error.
  const file = page.getByLabel("CSV file");
  await file.setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.alloc(3.5 * 1024 * 1024, "a") });
  await page.getByRole("button", { name: "Preview import", exact: true }).click();
  await expect(file).toHaveAccessibleDescription(/The file is larger than 2 MB\. Split it and import the parts one at a time\.$/);
  await expect(page.getByText("Something went wrong")).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Problems in the file" })).toHaveCount(0);
  await file.setInputFiles({ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
  await page.getByRole("button", { name: "Preview import", exact: true }).click();
  await expect(file).toHaveAccessibleDescription(/The file is empty\.$/);
  // A problem with the whole file, found by the server: shown at the field, beside what it means,
  // with no "fields need attention" summary (a form of one field says it at the field alone).
  await file.setInputFiles({ name: "header.csv", mimeType: "text/csv", buffer: Buffer.from("Insurer,Policy number,Policy type,Expiry date\r\n") });
  await page.getByRole("button", { name: "Preview import", exact: true }).click();
  await expect(file).toHaveAccessibleDescription(/The file has a header row but no items\.$/);
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was imported." })).toBeVisible();
  await expect(page.getByText(/needs? attention/)).toHaveCount(0);

  await page.getByLabel("Search the insurance policy inventory").fill(goodInsurer);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(`Nothing matches “${goodInsurer}”.`)).toBeVisible();

  // Deleting the policy: once confirmed, its row (and the button) go; the outcome is said by the
  // page's status region, and focus lands near where the row was: with no row left, on the heading.
  await page.getByLabel("Search the insurance policy inventory").fill(insurer);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: `Delete ${insurer} — FL-2026-77` }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toHaveCSS("text-align", "left");
  await dialog.getByRole("button", { name: "Delete" }).click();
  const announcer = page.getByTestId("announcer");
  await expect(announcer).toHaveText(`Deleted “${insurer} — FL-2026-77”.`);
  await expect(page.getByRole("heading", { level: 1, name: "Insurance policy inventory" })).toBeFocused();
  await expect(page.getByText(`Nothing matches “${insurer}”.`)).toBeVisible();
});

test("a copy of the plan says what each field needs, is refused a future date, and names one of the plan's own versions", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Distribution plan"));
  await page.goto(`${planUrl}/inventories/distribution`);
  await page.locator("summary", { hasText: "Add copy" }).click();
  const form = page.getByRole("form", { name: "Add copy" });
  await form.getByRole("button", { name: "Add copy" }).click();
  await expect(form.getByText("Copy number: enter a number.")).toBeVisible();
  await expect(form.getByText("Holder: choose a person from the People register.")).toBeVisible();
  await expect(form.getByText("Format: choose one of Printed, Electronic, Printed and electronic.")).toBeVisible();
  await expect(form.getByText("Issued on: enter a date.")).toBeVisible();

  // A plan with no version yet offers none: a copy names a version only once the plan is submitted.
  await expect(form.getByLabel("Plan version (optional)").locator("option")).toHaveText(["—"]);
  await form.getByLabel("Copy number", { exact: true }).fill("1");
  await form.getByLabel("Holder", { exact: true }).selectOption({ label: "Daniel Okafor" });
  await form.getByLabel("Format", { exact: true }).selectOption("Printed");
  await form.getByLabel("Issued on", { exact: true }).fill("2099-06-20");
  await form.getByLabel("Acknowledged on (optional)").fill("2099-11-01");
  await form.getByRole("button", { name: "Add copy" }).click();
  await expect(form.getByText("Issued on: enter a date that is not in the future.")).toBeVisible();
  await expect(form.getByText("Acknowledged on: enter a date that is not in the future.")).toBeVisible();
  await expect(page.getByText("No copy recorded yet.", { exact: false })).toBeVisible();

  const today = new Date().toISOString().slice(0, 10);
  await form.getByLabel("Issued on", { exact: true }).fill(today);
  await form.getByLabel("Acknowledged on (optional)").fill("");
  await form.getByRole("button", { name: "Add copy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added “1 — Daniel Okafor”." })).toBeVisible();
});

test("a keyboard user deletes one of two rows: focus lands on the row that took its place, not at the end of the page", async ({ page }) => {
  await signIn(page, USERS.committee);
  await openRegister(page, "Insurance policy inventory");
  const insurer = unique("Keyboard Mutual");
  for (const number of ["KM-1", "KM-2"]) {
    const form = page.getByRole("form", { name: "Add policy" });
    if (!(await form.isVisible())) await page.locator("summary", { hasText: "Add policy" }).click();
    await form.getByLabel("Insurer", { exact: true }).fill(insurer);
    await form.getByLabel("Policy number", { exact: true }).fill(number);
    await form.getByLabel("Policy type", { exact: true }).selectOption("Property");
    await form.getByLabel("Expiry date", { exact: true }).fill("2027-05-01");
    await form.getByRole("button", { name: "Add policy" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Added “${insurer} — ${number}”.` })).toBeVisible();
  }
  await page.getByLabel("Search the insurance policy inventory").fill(insurer);
  await page.getByRole("button", { name: "Search" }).click();
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(2);
  const first = await rows.first().getByRole("button", { name: /^Delete / }).getAttribute("aria-label");
  await page.getByRole("button", { name: first! }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).press("Enter");
  await expect(page.getByTestId("announcer")).toHaveText(`Deleted “${first!.replace(/^Delete /, "")}”.`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator(":focus")).toHaveCount(1);

  // A second entry with the same label: each row's buttons still have a name of their own.
  const form = page.getByRole("form", { name: "Add policy" });
  if (!(await form.isVisible())) await page.locator("summary", { hasText: "Add policy" }).click();
  await form.getByLabel("Insurer", { exact: true }).fill(insurer);
  await form.getByLabel("Policy number", { exact: true }).fill("KM-2");
  await form.getByLabel("Policy type", { exact: true }).selectOption("Cyber");
  await form.getByLabel("Expiry date", { exact: true }).fill("2027-06-01");
  await form.getByRole("button", { name: "Add policy" }).click();
  // The status still reads "Added … KM-2" from the first round; an emptied form means this save is done.
  await expect(form.getByLabel("Policy number", { exact: true })).toHaveValue("");
  await page.getByLabel("Search the insurance policy inventory").fill(insurer);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(rows).toHaveCount(2);
  const names = await page.getByRole("button", { name: /^Delete / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label")));
  expect(new Set(names).size).toBe(2);
  expect(names.every((name) => /KM-2, (Property|Cyber) \(row [12]\)$/.test(name ?? ""))).toBe(true);
});

test("a committee member exports a register, edits a cell in the file and imports it back: the item changes, nothing is duplicated", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, USERS.committee);
  await page.goto(`${await createPlan(page, unique("Round trip"))}/inventories/vendors`);
  await page.locator("summary", { hasText: "Add vendor" }).click();
  const add = page.getByRole("form", { name: "Add vendor" });
  for (const [vendor, service] of [
    ["Sage UK", "ERP support"],
    ["DHL", "Parcel collections"],
  ]) {
    await add.getByLabel("Vendor", { exact: true }).fill(vendor);
    await add.getByLabel("Service", { exact: true }).fill(service);
    await add.getByRole("button", { name: "Add vendor" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Added “${vendor}”.` })).toBeVisible();
  }
  const importForm = page.getByRole("form", { name: "Import from CSV" });
  await expect(importForm).toContainText("Items not in the file are left as they are: an import never deletes.");

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const exported = await readFile(await (await downloadPromise).path(), "utf8");
  // In the spreadsheet: a new service for DHL, and a row added at the bottom.
  const edited = exported.replace("DHL,Parcel collections,", "DHL,Parcels and pallets,") + "BT Business,Lines and broadband,,,,,,,,,\r\n";
  expect(edited).not.toBe(exported);

  await importForm.getByLabel("CSV file").setInputFiles({ name: "vendors.csv", mimeType: "text/csv", buffer: Buffer.from(edited) });
  await importForm.getByRole("button", { name: "Preview import", exact: true }).click();
  // The preview says what the file would do, and nothing is imported until it is confirmed.
  const preview = importForm.getByRole("region", { name: "Preview of vendors.csv" });
  await expect(preview.getByTestId("import-summary")).toHaveText("3 rows: 1 to add, 1 to update, 1 unchanged, 0 skipped.");
  await expect(preview.getByRole("rowheader", { name: "BT Business", exact: true })).toBeVisible();
  await expect(preview.getByRole("row").filter({ hasText: "DHL" })).toContainText("Service Parcel collections → Parcels and pallets");
  const rows = page.locator("tbody tr[data-item]");
  await expect(rows).toHaveCount(2);
  await preview.getByRole("button", { name: "Confirm import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported vendors.csv: 1 added, 1 updated, 1 unchanged, 0 skipped." })).toBeVisible();
  await expect(preview).toHaveCount(0);
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "DHL" })).toContainText("Parcels and pallets");
  await expect(page.getByText("Parcel collections")).toHaveCount(0);
  await expect(rows.filter({ hasText: "BT Business" })).toHaveCount(1);

  // The same file again: DHL has changed since that export, so nothing is imported (and BT Business is not added twice).
  await importForm.getByLabel("CSV file").setInputFiles({ name: "vendors.csv", mimeType: "text/csv", buffer: Buffer.from(edited) });
  await importForm.getByRole("button", { name: "Preview import", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was imported: the file has 1 problem." })).toBeVisible();
  await expect(page.getByRole("list", { name: "Problems in the file" })).toContainText(
    /Row \d \(“DHL”\): Priya Shah changed this vendor on .+ UTC, after you exported it\. Export the register again and make your change in the new file\./,
  );
  await expect(rows).toHaveCount(3);

  // The spreadsheet's new row imported again on its own: it is already in the register, so it is skipped and there is nothing to confirm.
  await importForm.getByLabel("CSV file").setInputFiles({
    name: "new-vendors.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Vendor,Service\r\nBT Business,Lines and broadband\r\n"),
  });
  await importForm.getByRole("button", { name: "Preview import", exact: true }).click();
  const again = importForm.getByRole("region", { name: "Preview of new-vendors.csv" });
  await expect(again.getByTestId("import-summary")).toHaveText("1 row: 0 to add, 0 to update, 0 unchanged, 1 skipped.");
  await expect(again.getByRole("list", { name: "Skipped rows" })).toHaveText("Row 2 is already in the register as “BT Business” and is skipped.");
  await expect(again.getByText("No changes: the register already holds everything in this file, so there is nothing to import.")).toBeVisible();
  await expect(again.getByRole("button", { name: "Confirm import", exact: true })).toHaveCount(0);
  await expect(rows).toHaveCount(3);
});

test("an auditor sees the registers read-only, with export available, and the expiring policy on the overview", async ({ page }) => {
  await signIn(page, USERS.auditor);
  await page.getByRole("link", { name: "Bristol operations" }).click();
  const panel = page.getByRole("region", { name: "Inventory expiries and reviews" });
  await expect(panel.getByRole("link", { name: "Aviva — BI-44718203" })).toBeVisible();
  await expect(panel).toContainText("2 of 18 registers need a review");

  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Inventories" }).click();
  await expect(page.locator("tbody tr[data-register]")).toHaveCount(18);
  await expect(page.locator('tr[data-register="forms"]')).toContainText("Needs review");
  await page.getByRole("link", { name: "Master vendor list", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sage UK" })).toBeVisible();
  await expect(page.getByText("Add vendor")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Preview import", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mark as reviewed today" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await readFile(await (await downloadPromise).path(), "utf8");
  expect(csv).toContain("Sage UK,Sage 200 ERP support and licences,S200-HLF-2024,2027-02-10,");

  await page.getByRole("link", { name: "Sage UK" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sage UK" })).toBeVisible();
  await expect(page.getByText("Contractual recovery time")).toBeVisible();
  await expect(page.getByText("4 hours")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);

  // The register warns of the expiry too, not only the overview.
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Inventories" }).click();
  await page.getByRole("link", { name: "Insurance policy inventory", exact: true }).click();
  await expect(page.locator('tr[data-item="Aviva — BI-44718203"]').getByRole("rowheader")).toContainText(/in \d+ days?|expires today/);
});

test("two people save the same vendor: the second sees the first one's change, keeps their input and overwrites knowingly", async ({ browser }) => {
  const alex = await session(browser, USERS.admin);
  const priya = await session(browser, USERS.committee);
  await alex.goto(`${await createPlan(alex, unique("Concurrent vendors"))}/inventories/vendors`);
  await alex.locator("summary", { hasText: "Add vendor" }).click();
  const add = alex.getByRole("form", { name: "Add vendor" });
  await add.getByLabel("Vendor", { exact: true }).fill("Sage UK");
  await add.getByLabel("Service", { exact: true }).fill("ERP support");
  await add.getByLabel("Contractual recovery time (optional)").fill("24");
  await add.getByRole("button", { name: "Add vendor" }).click();
  await alex.getByRole("link", { name: "Sage UK", exact: true }).click();
  await expect(alex.getByRole("heading", { level: 1, name: "Sage UK" })).toBeVisible();
  await priya.goto(alex.url());

  const alexForm = alex.getByRole("form", { name: "Edit vendor" });
  await alexForm.getByLabel("Contractual recovery time (optional)").fill("8");
  await alexForm.getByLabel("Critical to recovery (optional)").selectOption("Yes");
  await alexForm.getByRole("button", { name: "Save" }).click();
  await expect(alexForm.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const form = priya.getByRole("form", { name: "Edit vendor" });
  await form.getByLabel("Service", { exact: true }).fill("ERP and payroll support");
  await form.getByRole("button", { name: "Save" }).click();
  const conflict = form.getByRole("alert");
  await expect(conflict).toContainText("Someone else changed this vendor while you were editing.");
  await expect(conflict).toContainText("Alex Morgan changed it at");
  // Left blank when the vendor was added: not known, not "no".
  await expect(conflict.getByRole("listitem")).toHaveText(["Contractual recovery time: 24 hours → 8 hours", "Critical to recovery: — → Yes"]);
  await expect(conflict).toBeFocused();
  await expect(form.getByLabel("Service", { exact: true })).toHaveValue("ERP and payroll support");

  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(form.getByRole("alert")).toHaveCount(0);
  await alex.reload();
  await expect(alexForm.getByLabel("Service", { exact: true })).toHaveValue("ERP and payroll support");
  await expect(alexForm.getByLabel("Contractual recovery time (optional)")).toHaveValue("24");
  await expect(alexForm.getByLabel("Critical to recovery (optional)")).toHaveValue("");

  await alex.context().close();
  await priya.context().close();
});

test("a register's phone numbers can be called from the list, each on one line, even at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(page, USERS.auditor);
  await openRegister(page, "Master call list");
  const numbers = page.locator('tbody a[href^="tel:"]');
  await expect(numbers.first()).toBeVisible();
  const links = await numbers.evaluateAll((all) => all.map((a) => ({ href: a.getAttribute("href"), text: a.textContent, boxes: a.getClientRects().length })));
  expect(links.length).toBeGreaterThan(2);
  for (const link of links) {
    expect(link.boxes, link.text ?? "").toBe(1);
    expect(link.href).toMatch(/^tel:\+?\d{6,}/);
  }
});

test("the vendor list refuses a vendor added twice for one service, and a function's vendor choices name the service", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Vendor duplicates"));
  await page.goto(`${planUrl}/inventories/vendors`);
  // Nothing recorded and never reviewed: not started, as the list of registers says, so no review is due yet.
  await expect(page.getByRole("region", { name: "Ownership and review" })).not.toContainText("Needs review");
  await page.locator("summary", { hasText: "Add vendor" }).click();
  const add = page.getByRole("form", { name: "Add vendor" });
  const addVendor = async (vendor: string, service: string) => {
    await add.getByLabel("Vendor", { exact: true }).fill(vendor);
    await add.getByLabel("Service", { exact: true }).fill(service);
    await add.getByRole("button", { name: "Add vendor" }).click();
  };
  await addVendor("Evans IT Ltd", "IT support and backups");
  await expect(page.getByRole("status").filter({ hasText: "Added “Evans IT Ltd”." })).toBeVisible();
  // A row added today is not out of date, though the register has never been reviewed: the register says so in its header.
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).not.toContainText("Needs review");
  await expect(page.getByRole("region", { name: "Ownership and review" })).toContainText(/Needs review \(period \d+ days\)/);

  await addVendor("evans it ltd ", "IT Support and Backups");
  await expect(add.getByText("This vendor (same name and service) is already in the register.", { exact: true })).toBeVisible();
  await expect(rows).toHaveCount(1);

  await addVendor("Evans IT Ltd", "Telephony");
  await expect(page.getByRole("status").filter({ hasText: "Added “Evans IT Ltd”." })).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "Needs review" })).toHaveCount(0);

  await page.goto(`${planUrl}/bia`);
  const name = unique("Patient appointments");
  await page.getByLabel("Function name").fill(name);
  await page.getByRole("button", { name: "Add function" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const vendors = page.getByRole("form", { name: "Dependencies" }).getByRole("group", { name: "Vendors" });
  await expect(vendors.getByRole("checkbox")).toHaveCount(2);
  await expect(vendors.getByLabel("Evans IT Ltd (IT support and backups)", { exact: true })).toBeVisible();
  await expect(vendors.getByLabel("Evans IT Ltd (Telephony)", { exact: true })).toBeVisible();
});

test("a row's Delete asks before the page's scripts have run, and Cancel closes the question without deleting", async ({ browser }) => {
  // A click on Delete as soon as a search has loaded can come before the page hydrates: the
  // dialog is opened by the browser itself (an invoker command), so the click is not lost.
  // With scripts off, nothing but the browser can open it.
  const signedIn = await session(browser, USERS.committee);
  const context = await browser.newContext({ storageState: await signedIn.context().storageState(), javaScriptEnabled: false });
  await signedIn.context().close();
  const page = await context.newPage();
  await page.goto("/");
  await openRegister(page, "Insurance policy inventory");
  await page.getByLabel("Search the insurance policy inventory").fill("BI-44718203");
  await page.getByRole("button", { name: "Search" }).click();
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole("button", { name: "Delete Aviva — BI-44718203" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName(/^Delete/);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(1);
  await context.close();
});
