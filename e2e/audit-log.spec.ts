import { expect, test } from "@playwright/test";
import { createPlan, signIn, unique, USERS } from "./helpers";

test("an auditor reads what changed on a named record, filters the log and downloads it as CSV", async ({ page, browser }) => {
  // A committee member renames a plan…
  const committee = await browser.newContext();
  const editor = await committee.newPage();
  await signIn(editor, USERS.committee);
  const before = unique("Audit trail plan");
  await createPlan(editor, before);
  const after = `${before} (renamed)`;
  await editor.getByLabel("Name", { exact: true }).fill(after);
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // …and renames a person of the organisation's register, whom any plan names by that name.
  const person = unique("Audit Nina");
  await editor.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  const add = editor.getByRole("form", { name: "Add a person" });
  await add.getByLabel("Name").fill(person);
  await add.getByRole("button", { name: "Add person" }).click();
  await expect(add.getByText(`${person} was added to the register.`)).toBeVisible();
  await editor.getByLabel("Search by name, job title or e-mail").fill(person);
  await editor.getByRole("button", { name: "Search" }).click();
  await editor.getByRole("link", { name: person }).click();
  const details = editor.getByRole("form", { name: "Edit details" });
  await details.getByLabel("Name", { exact: true }).fill(`${person} Hart`);
  await details.getByRole("button", { name: "Save" }).click();
  await expect(details.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await committee.close();

  // …and the auditor sees it by name, as old → new, not as ids and whole snapshots.
  await signIn(page, USERS.auditor);
  await page.goto("/audit");
  const filters = page.getByRole("search", { name: "Filter the audit log" });
  await filters.getByLabel("Kind of record").selectOption({ label: "Plan" });
  await filters.getByLabel("Search the audit log").fill("plan.renamed");
  await filters.getByRole("button", { name: "Filter" }).click();
  const entry = page.locator('tr[data-action="plan.renamed"]').filter({ hasText: after }).first();
  await expect(entry).toContainText(`name: ${before} → ${after}`);
  await expect(entry).toContainText(USERS.committee);
  // What was done, in words, with the code the search matched under them.
  await expect(entry.getByRole("cell").nth(2)).toHaveText("Renamedplan.renamed");
  // The plan the entry belongs to, by name.
  await expect(entry.getByRole("cell").nth(4)).toHaveText(after);

  // Filtered by that plan, alone: its own plan entries only (created, renamed), the choice kept in
  // the address, and the CSV downloaded from there holds the same rows.
  await filters.getByLabel("Search the audit log").fill("");
  await filters.getByLabel("Plan", { exact: true }).selectOption({ label: after });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]plan=c[a-z0-9]+/);
  await expect(filters.getByLabel("Plan", { exact: true }).locator("option:checked")).toHaveText(after);
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute("data-action", "plan.renamed");
  await expect(rows.nth(1)).toHaveAttribute("data-action", "plan.created");
  const [planDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as CSV" }).click()]);
  const planCsv = await (await planDownload.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const planLines = planCsv.trim().split(/\r?\n/).slice(1);
  // The entries, then the chain head the file was made at.
  expect(planLines).toHaveLength(3);
  // One cell, quoted: it holds commas.
  expect(planLines.pop()).toMatch(/^"Audit log chain head at export: entry #[\d,]+, SHA-256 [0-9a-f]{64}"$/);
  // The Plan column (the tenth, after the entry's number; the cells before it hold no commas).
  expect(planLines.map((line) => line.split(",")[9])).toEqual([after, after]);
  // Every kind of record: the organisation-wide change to a person the plan may name is listed
  // with the plan's entries, said to be organisation-wide.
  await filters.getByLabel("Kind of record").selectOption({ label: "All" });
  await filters.getByRole("button", { name: "Filter" }).click();
  const renamedPerson = page.locator('tr[data-action="person.updated"]').filter({ hasText: `${person} Hart` });
  await expect(renamedPerson).toContainText(`name: ${person} → ${person} Hart`);
  await expect(renamedPerson.getByRole("cell").nth(4)).toHaveText("Organisation-wide");

  // Dates the wrong way round: said once, under From, and tied to both fields; no list that could
  // pass for the answer, and no download of it.
  await filters.getByLabel("From (UTC)").fill("2000-02-01");
  await filters.getByLabel("To (UTC)").fill("2000-01-01");
  await filters.getByRole("button", { name: "Filter" }).click();
  for (const field of ["From (UTC)", "To (UTC)"]) {
    await expect(filters.getByLabel(field)).toHaveAccessibleDescription("From is after To: swap them or change one.");
    await expect(filters.getByLabel(field)).toHaveAttribute("aria-invalid", "true");
  }
  await expect(page.getByText("Entries are listed once the dates above are corrected.")).toBeVisible();
  await expect(page.locator("tbody tr")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download as CSV" })).toHaveCount(0);
  // A date in the address that is not one was ignored, listing every entry as though filtered.
  await page.goto("/audit?from=garbage");
  await expect(filters.getByLabel("From (UTC)")).toHaveAccessibleDescription("From: enter a date like 2026-11-01.");
  await expect(page.locator("tbody tr")).toHaveCount(0);
  await filters.getByLabel("From (UTC)").fill("2000-01-01");
  await filters.getByLabel("To (UTC)").fill("2000-01-31");
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No entries match these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/audit$/);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(csv).toContain("Entry,When (UTC),Who,E-mail,Action,Action code,Kind of record,Record,Record id,Plan,Changes");
  expect(csv).toContain(`name: ${before} → ${after}`);
});

test("an auditor verifies the audit log's integrity, and the verification is in the log", async ({ page }) => {
  await signIn(page, USERS.auditor);
  await page.goto("/audit");
  await page.getByRole("button", { name: "Verify integrity" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Audit log intact:" })).toContainText(/Audit log intact: [\d,]+ entries, chain head [0-9a-f]{4}…[0-9a-f]{4} \(verified /);
  // Found by the words the page shows, not only by its code.
  await page.goto("/audit?q=integrity+verified");
  await expect(page.locator('tr[data-action="audit.verified"]').first()).toContainText("Integrity verified");
});
