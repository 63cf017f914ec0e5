import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createPlan, signIn, unique, USERS } from "./helpers";

// Playwright runs from the project root.
const RVTOOLS = path.resolve("tests/fixtures/rvtools-vinfo.csv");

test("a committee member imports a VM inventory and sets a backup policy from presets", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Recovery data"));

  // A backup location and the host the inventory names.
  await page.goto(`${planUrl}/recovery/setup/locations`);
  await expect(page.getByText("No backup locations yet.")).toBeVisible();
  await page.getByLabel("Key", { exact: true }).fill("nas");
  await page.getByLabel("Name", { exact: true }).fill("Synology NAS");
  await page.getByLabel("Throughput (MB/s)", { exact: true }).fill("0");
  await page.getByRole("button", { name: "Add location" }).click();
  await expect(page.getByText("Throughput (MB/s): enter a number above 0.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Synology NAS");
  await page.getByLabel("Throughput (MB/s)", { exact: true }).fill("200");
  await page.getByRole("button", { name: "Add location" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Location saved." })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Synology NAS (nas)" })).toBeVisible();

  // A second location with its key left blank: the hint shows the key the name makes, and that is
  // the key it gets.
  const key = page.getByLabel("Key", { exact: true });
  await expect(key).toHaveValue("");
  await expect(key).toHaveAccessibleDescription(/^Optional: leave blank to make one from the name/);
  await page.getByLabel("Name", { exact: true }).fill("Rotated USB drives (Café)");
  await expect(key).toHaveAccessibleDescription(/^Optional: leave blank to use rotated-usb-drives-cafe, made from the name\./);
  await page.getByLabel("Throughput (MB/s)", { exact: true }).fill("80");
  await page.getByRole("button", { name: "Add location" }).click();
  await expect(page.getByRole("rowheader", { name: "Rotated USB drives (Café) (rotated-usb-drives-cafe)" })).toBeVisible();
  // The add form starts afresh, its hint too.
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("");
  await expect(key).toHaveAccessibleDescription(/^Optional: leave blank to make one from the name/);

  await page.getByRole("navigation", { name: "Setup sections" }).getByRole("link", { name: "Hosts" }).click();
  await expect(page.getByRole("form", { name: "Add a host" })).toBeVisible();
  await page.getByLabel("Key", { exact: true }).fill("esx01");
  await page.getByLabel("Name", { exact: true }).fill("ESX01");
  await page.getByLabel("Memory (MiB)", { exact: true }).fill("262144");
  await page.getByLabel("Reserved memory (MiB)").fill("8192");
  await page.getByRole("button", { name: "Add host" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Host saved." })).toBeVisible();
  // An edit, once saved, goes back to the list: the URL and the form leave edit mode.
  await page.getByRole("link", { name: "Edit ESX01" }).click();
  await expect(page).toHaveURL(/[?&]edit=/);
  const editHost = page.getByRole("form", { name: "Edit host ESX01" });
  await editHost.getByLabel("Ready after (minutes)").fill("15");
  await editHost.getByRole("button", { name: "Save host" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Host saved." })).toBeVisible();
  await expect(page).not.toHaveURL(/[?&]edit=/);
  await expect(page.getByRole("form", { name: "Add a host" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Edit host ESX01" })).toHaveCount(0);
  // Typed into a field of minutes, the host's readiness is listed as every duration is written.
  await expect(page.getByRole("row", { name: /^ESX01/ }).getByRole("cell").nth(3)).toHaveText("15 min");

  // Import the RVTools export: preview first, nothing written until confirmed.
  await page.getByRole("navigation", { name: "Recovery sections" }).getByRole("link", { name: "Imports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Imports" })).toBeVisible();
  await page.getByLabel("VM inventory: RVTools vInfo (CSV export)").check();
  await page.getByLabel("CSV file").setInputFiles(RVTOOLS);
  await page.getByRole("button", { name: "Preview import" }).click();
  // A powered-off VM is left out by default, and the preview says so.
  await expect(page.getByTestId("import-summary")).toHaveText("3 rows: 2 to create, 0 to update, 0 unchanged.");
  await expect(page.getByTestId("import-left-out")).toHaveText(
    "1 powered-off VM was left out: powered-off VMs are imported only when “Include powered-off VMs” is ticked.",
  );
  await page.getByLabel("Include powered-off VMs").check();
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByTestId("import-summary")).toHaveText("3 rows: 3 to create, 0 to update, 0 unchanged.");
  await expect(page.getByTestId("import-left-out")).toHaveCount(0);
  await expect(page.getByRole("rowheader", { name: "APP-CRM" })).toBeVisible();
  // What each row would set, in the form's words; the host once, as the plan's host it links to.
  const crm = page.getByRole("row", { name: /APP-CRM/ });
  await expect(crm).toContainText("memory (MiB)");
  await expect(crm).toContainText("host esx01");
  await expect(crm).not.toContainText("ramMiB");
  // A host the plan does not have is named as the VM list shows it.
  await expect(page.getByRole("row", { name: /LABEL-PRINT, old/ })).toContainText("host esx02.harbourlane.local (not linked)");
  await expect(page.getByText('host "esx02.harbourlane.local" is not one of this plan\'s hosts', { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Confirm import" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported rvtools-vinfo.csv: 3 created, 0 updated, 0 unchanged." })).toBeVisible();

  // The same file again: no changes.
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByTestId("import-summary")).toHaveText("3 rows: 0 to create, 0 to update, 3 unchanged.");
  await expect(page.getByText("No changes: the plan already matches this file.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirm import" })).toHaveCount(0);

  // Refine one VM's recovery facts; a plan without scenarios says where recovery hosts will go.
  await page.getByRole("navigation", { name: "Recovery sections" }).getByRole("link", { name: "Locations, hosts and policies" }).click();
  await page.getByRole("navigation", { name: "Setup sections" }).getByRole("link", { name: "VM facts" }).click();
  // The VM whose host the plan does not have yet says so, on the list and on its own page.
  await expect(page.getByRole("row", { name: /LABEL-PRINT, old/ })).toContainText("esx02.harbourlane.local (not linked)");
  await page.getByRole("link", { name: "LABEL-PRINT, old" }).click();
  await expect(page.getByText("The last import named its host “esx02.harbourlane.local”, which is not one of this plan’s hosts.")).toBeVisible();
  await page.getByRole("link", { name: "All systems" }).click();
  await page.getByRole("link", { name: "APP-CRM" }).click();
  const facts = page.getByRole("form", { name: "Recovery facts of APP-CRM" });
  await expect(facts.getByLabel("Host (optional)", { exact: true })).toHaveValue(/.+/);
  await expect(facts.getByLabel("Used size (GB, optional)")).toHaveValue("161.06");
  await expect(facts.getByText("No disaster scenarios yet.")).toBeVisible();
  await facts.getByLabel("Boot time (minutes)").fill("8");
  await facts.getByLabel("Priority").selectOption("1");
  await facts.getByLabel("APP-EDI").check();
  await facts.getByRole("button", { name: "Save recovery facts" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(facts.getByLabel("Boot time (minutes)")).toHaveValue("8");

  // A nightly policy for the imported VMs, from the preset.
  await page.getByRole("navigation", { name: "Recovery sections" }).getByRole("link", { name: "Locations, hosts and policies" }).click();
  await page.getByRole("navigation", { name: "Setup sections" }).getByRole("link", { name: "Backup policies" }).click();
  await expect(page.getByRole("form", { name: "Add a backup policy" })).toBeVisible();
  await page.getByLabel("Key", { exact: true }).fill("nightly");
  await page.getByLabel("Name", { exact: true }).fill("Nightly image backup");
  await page.getByLabel("Target location").selectOption({ label: "Synology NAS (nas)" });
  await page.getByLabel("Window (minutes)").fill("120");
  await expect(page.getByLabel("Repeats")).toHaveValue("nightly");
  await page.getByLabel(/^At \(time of day/).fill("23:00");
  await expect(page.getByTestId("schedule-cron")).toHaveText("0 23 * * *");
  await expect(page.getByRole("list", { name: "Next five runs" }).getByRole("listitem")).toHaveCount(5);
  await expect(page.getByRole("list", { name: "Next five runs" }).getByRole("listitem").first()).toContainText("23:00");
  for (const vm of ["APP-CRM", "APP-EDI", "LABEL-PRINT, old"]) await page.getByLabel(vm).check();
  await page.getByRole("button", { name: "Add policy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Policy saved." })).toBeVisible();
  const policy = page.getByRole("listitem", { name: "Policy Nightly image backup" });
  // The schedule in words, not as its cron rule.
  await expect(policy.getByTestId("policy-schedule")).toContainText(/daily at 23:00 \(/);
  await expect(policy.getByTestId("policy-schedule")).toContainText("window 2 h");
  await expect(policy).toContainText("Systems: APP-CRM, APP-EDI, LABEL-PRINT, old");

  // Then every 3 hours with a 1-hour window.
  await page.getByRole("link", { name: "Edit Nightly image backup" }).click();
  await expect(page.getByRole("form", { name: "Edit policy Nightly image backup" })).toBeVisible();
  await page.getByLabel("Repeats").selectOption("hours");
  await page.getByLabel("Every (hours)").selectOption("3");
  await expect(page.getByTestId("schedule-cron")).toHaveText("0 */3 * * *");
  await expect(page.getByRole("list", { name: "Next five runs" }).getByRole("listitem")).toHaveCount(5);
  await page.getByLabel("Window (minutes)").fill("60");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Policy saved." })).toBeVisible();
  await expect(page.getByRole("form", { name: "Add a backup policy" })).toBeVisible();
  await expect(policy.getByTestId("policy-schedule")).toContainText(/every 3 h \(/);
  await expect(policy.getByTestId("policy-schedule")).toContainText("window 1 h");
});

test("an auditor sees the recovery setup read-only", async ({ page }) => {
  await signIn(page, USERS.auditor);
  await page.getByRole("link", { name: "Bristol operations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bristol operations" })).toBeVisible();
  await page.goto(`${page.url()}/recovery/setup/policies`);
  await expect(page.getByRole("listitem", { name: "Policy Nightly image backup" })).toBeVisible();
  // An interval schedule's start reads in UTC to the minute, not as a raw ISO string.
  await expect(page.getByRole("listitem", { name: "Policy SQL Server hourly backup" })).toContainText("every 1 h from 1 Jan 2026, 00:15 UTC");
  await expect(page.getByRole("button", { name: "Add policy" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Edit / })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Recovery sections" }).getByRole("link", { name: "Imports" }).click();
  await expect(page.getByRole("button", { name: "Preview import" })).toHaveCount(0);
});

test("editing a site keeps its kind: a depot saved unchanged is still a depot", async ({ page }) => {
  await signIn(page, USERS.admin);
  await page.getByRole("link", { name: "Bristol operations" }).first().click();
  await page.getByRole("link", { name: "Recovery", exact: true }).click();
  await page.getByRole("navigation", { name: "Recovery sections" }).getByRole("link", { name: "Locations, hosts and policies" }).click();
  const sites = page.getByRole("table", { name: /sites/i });
  await expect(sites.getByRole("row", { name: /Avonmouth cold store/ })).toContainText("Depot");
  await page.getByRole("link", { name: "Edit Avonmouth cold store" }).click();
  const form = page.getByRole("form", { name: "Edit site Avonmouth cold store" });
  await expect(form.getByLabel("Kind")).toHaveValue("depot");
  await form.getByRole("button", { name: "Save site" }).click();
  await expect(page.getByRole("status").filter({ hasText: /saved/i })).toBeVisible();
  await expect(sites.getByRole("row", { name: /Avonmouth cold store/ })).toContainText("Depot");
  await expect(sites.getByRole("row", { name: /Off-site safe/ })).toContainText("Off-site store");
});

/** Signs the committee member in and opens the demo plan's backup policies, at the form that adds one. */
async function openBackupPolicies(page: Page) {
  await signIn(page, USERS.committee);
  await page.getByRole("link", { name: "Bristol operations" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Bristol operations" })).toBeVisible();
  await page.getByRole("link", { name: "Recovery", exact: true }).click();
  await page.getByRole("navigation", { name: "Recovery sections" }).getByRole("link", { name: "Locations, hosts and policies" }).click();
  await page.getByRole("navigation", { name: "Setup sections" }).getByRole("link", { name: "Backup policies" }).click();
  const form = page.getByRole("form", { name: "Add a backup policy" });
  await expect(form).toBeVisible();
  return form;
}

test("a refused policy keeps its ticks and schedule on screen, and saves exactly what is shown", async ({ page }) => {
  const form = await openBackupPolicies(page);

  // Everything but the target location.
  await form.getByLabel("Key", { exact: true }).fill("weekly-usb");
  await form.getByLabel("Name", { exact: true }).fill("Weekly USB backup");
  for (const vm of ["PAYROLL", "WMS"]) await form.getByLabel(vm, { exact: true }).check();
  await form.getByLabel("Repeats").selectOption("weekly");
  await form.getByLabel("On", { exact: true }).selectOption({ label: "Monday" });
  await form.getByLabel(/^At \(time of day/).fill("08:00");
  await expect(form.getByTestId("schedule-cron")).toHaveText("0 8 * * 1");
  await expect(form.getByLabel("Target location")).toHaveValue("");
  await form.getByRole("button", { name: "Add policy" }).click();
  await expect(form.getByText("Target location: choose one.", { exact: true })).toBeVisible();

  // The refusal leaves every choice as it was, on screen as in what the form will send.
  await expect(form.getByLabel("Key", { exact: true })).toHaveValue("weekly-usb");
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("Weekly USB backup");
  await expect(form.getByLabel("PAYROLL", { exact: true })).toBeChecked();
  await expect(form.getByLabel("WMS", { exact: true })).toBeChecked();
  for (const vm of ["DC01", "SQL01", "ERP-APP", "WEB-SHOP", "FILE01"]) await expect(form.getByLabel(vm, { exact: true })).not.toBeChecked();
  await expect(form.getByLabel("Repeats")).toHaveValue("weekly");
  await expect(form.getByLabel("On", { exact: true })).toHaveValue("1");
  await expect(form.getByLabel("On", { exact: true }).locator("option:checked")).toHaveText("Monday");
  await expect(form.getByLabel(/^At \(time of day/)).toHaveValue("08:00");
  await expect(form.getByTestId("schedule-cron")).toHaveText("0 8 * * 1");
  await expect(form.getByLabel("Window (minutes)")).toHaveValue("60");

  // Fixed, it saves exactly the ticked systems on that schedule.
  await form.getByLabel("Target location").selectOption({ label: "USB drives (weekly rotation) (usb)" });
  await form.getByRole("button", { name: "Add policy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Policy saved." })).toBeVisible();
  const policy = page.getByRole("listitem", { name: "Policy Weekly USB backup" });
  await expect(policy.getByText(/^Systems: /)).toHaveText("Systems: PAYROLL, WMS");
  await expect(policy.getByTestId("policy-schedule")).toContainText(/Mondays at 08:00 \(/);
  await expect(policy.getByTestId("policy-schedule")).toContainText("writes to USB drives (weekly rotation)");
  // The add form starts afresh for the next policy.
  await expect(form.getByLabel("Key", { exact: true })).toHaveValue("");
  await expect(form.getByLabel("WMS", { exact: true })).not.toBeChecked();
  await expect(form.getByLabel("Repeats")).toHaveValue("nightly");

  // A copy to the policy's own target is refused at Copy to; the chosen mode stays chosen.
  await page.getByRole("link", { name: "Copies of Weekly USB backup" }).click();
  const copyForm = page.getByRole("form", { name: "Add a copy" });
  await copyForm.getByLabel("Copy to").selectOption({ label: "USB drives (weekly rotation) (usb)" });
  await copyForm.getByRole("radio", { name: "Immediate" }).check();
  await expect(copyForm.getByRole("group", { name: "Copy schedule" })).toHaveCount(0);
  await copyForm.getByRole("button", { name: "Add copy" }).click();
  await expect(copyForm.getByText("Copy to: a copy goes to another location than the policy's target (USB drives (weekly rotation)).", { exact: true })).toBeVisible();
  await expect(copyForm.getByRole("radio", { name: "Immediate" })).toBeChecked();
  await expect(copyForm.getByLabel("Copy to").locator("option:checked")).toHaveText("USB drives (weekly rotation) (usb)");
  await copyForm.getByLabel("Copy to").selectOption({ label: "Cloud object storage (immutable) (cloud)" });
  await copyForm.getByRole("button", { name: "Add copy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copy added." })).toBeVisible();
  await expect(policy).toContainText("Copies: immediate to Cloud object storage (immutable), lag 0 min");

  // Leave the demo plan as it was for the other specs.
  await page.getByRole("button", { name: "Delete Weekly USB backup", exact: true }).click();
  await page.getByRole("dialog", { name: "Delete Weekly USB backup?" }).getByRole("button", { name: "Delete policy" }).click();
  await expect(policy).toHaveCount(0);
});

test("a policy refused for a system no longer in the plan says so at every system's box, and the focus goes to the first", async ({ page }) => {
  const form = await openBackupPolicies(page);

  await form.getByLabel("Key", { exact: true }).fill("gone-system-check");
  await form.getByLabel("Name", { exact: true }).fill("Gone system check");
  await form.getByLabel("Target location").selectOption({ label: "USB drives (weekly rotation) (usb)" });
  // As if PAYROLL were deleted after the page was loaded: its box names a system the plan no
  // longer has. Refused, nothing is saved. Changed once ticked, as React puts a box's value back
  // when the group renders again.
  const payroll = form.getByLabel("PAYROLL", { exact: true });
  await payroll.check();
  await payroll.evaluate((box: HTMLInputElement) => {
    box.value = "deleted-system";
  });
  await form.getByRole("button", { name: "Add policy" }).click();

  // The message was only shown under the group: the focus went to the form's summary, and
  // nothing at a box said why.
  const boxes = form.getByRole("group", { name: "Systems it backs up" }).getByRole("checkbox");
  await expect(boxes.first()).toBeFocused();
  for (const box of await boxes.all()) {
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expect(box).toHaveAccessibleDescription("Systems: choose systems of this plan.");
  }
  await expect(payroll).toBeChecked();
  await expect(page.getByRole("listitem", { name: "Policy Gone system check" })).toHaveCount(0);
});
