import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signIn, USERS } from "./helpers";

async function openReadiness(page: Page) {
  await page.getByRole("link", { name: "Bristol operations" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Bristol operations" })).toBeVisible();
  await page.getByRole("link", { name: "Recovery", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recovery readiness" })).toBeVisible();
}

test("a committee member reads the readiness dashboard, a system's page and tries a what-if", async ({ page }) => {
  await signIn(page, USERS.committee);
  await openReadiness(page);
  // Beside the what-if: the readiness CSV, and the Reports page to make a PDF.
  await expect(page.getByRole("link", { name: "Download readiness CSV" })).toHaveAttribute("href", /\/reports\/readiness\.csv$/);
  await expect(page.getByRole("link", { name: "Make a PDF report" })).toHaveAttribute("href", /\/reports$/);

  // Current restore-point ages in bands, and the matrix with every modelled system.
  await expect(page.getByRole("list", { name: "Restore-point age bands" }).getByRole("listitem")).toHaveCount(6);
  const matrix = page.getByRole("table", { name: /RPO and RTO of each system in each scenario/ });
  for (const system of ["DC01", "SQL01", "ERP-APP", "FILE01"]) await expect(matrix.getByRole("rowheader", { name: system })).toBeVisible();
  await expect(page.getByText("Microsoft 365", { exact: true })).toBeVisible();
  // A function that also needs the SaaS service is within its MTD for our systems only (decision 83).
  await expect(page.getByRole("cell", { name: "within MTD for our systems; Microsoft 365 restored by its provider" }).first()).toBeVisible();
  // Host capacity names the hosts.
  await expect(page.getByRole("table", { name: /RAM needed and available per host/ }).getByRole("rowheader").first()).toContainText(/(HV0\d \(Hyper-V, server room\) hv0\d|Cloud standby host standby)/);
  // Where the problems are: the systems with the most first, each a link to the page that explains them.
  const where = page.getByTestId("findings-by-system");
  await expect(where).toContainText(/^Most first: [A-Z0-9-]+ \(\d+ problems?/);
  const first = where.getByRole("link").first();
  const firstSystem = (await first.textContent())!.split(" (")[0];
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: firstSystem })).toBeVisible();
  await page.goBack();

  // Search narrows the matrix by system name.
  await page.getByLabel("Search systems").fill("FILE");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(matrix.getByRole("rowheader")).toHaveCount(1);

  // FILE01's page: its newest point is days old (its job has failed for four nights), every copy
  // with its own worst case, and what measured restores exist.
  await matrix.getByRole("link", { name: "FILE01" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "FILE01" })).toBeVisible();
  // The tab's title names the plan, so two plans' tabs can be told apart.
  await expect(page).toHaveTitle("System recovery readiness · Bristol operations · Continuity");
  await expect(page.getByText(/Runs on HV01/)).toBeVisible();
  await expect(page.locator("dd", { hasText: /\d+ days.* old/ })).toBeVisible();
  // Each copy by the name people know it, with the model's key beside it.
  const copies = { nas: "Synology NAS (server room)", usb: "USB drives (weekly rotation)", cloud: "Cloud object storage (immutable)" };
  for (const [key, name] of Object.entries(copies)) await expect(page.locator(`[data-path="${key}"]`)).toContainText(`${name} ${key}: up to`);
  // An estimated restore shows its working: the size read at the location's rate, then boot and checks.
  await expect(page.locator("[data-restore-working]").first()).toContainText(/ GB read from .+ at [\d.]+ MB\/s takes /);
  await expect(page.getByRole("heading", { name: "Measured restores" })).toBeVisible();
  const restores = page.getByRole("table", { name: "Restore tests of FILE01, newest first" });
  await expect(restores.getByRole("cell", { name: `${copies.usb} usb` })).toBeVisible();

  // What-if: an incomplete draft is refused at the field, keeping what was chosen.
  await page.goto(page.url().replace(/\/systems\/.*$/, "/what-if"));
  await expect(page.getByRole("heading", { level: 1, name: "What if…" })).toBeVisible();
  // The recovery sections still show where the what-if lives: under Readiness.
  const sections = page.getByRole("navigation", { name: "Recovery sections" });
  await expect(sections.getByRole("link", { name: "Readiness" })).toHaveAttribute("aria-current", "true");
  await expect(sections.getByRole("link", { name: "Imports" })).not.toHaveAttribute("aria-current");
  // A draft that changes nothing says so, rather than "no changes" as if something had been tried.
  await page.getByRole("button", { name: "Assess the draft" }).click();
  await expect(page.getByText("The draft keeps every policy, location, host and system as saved: choose one above, and what to change in it.")).toBeVisible();
  await page.getByLabel("Policy").selectOption("nightly");
  await page.getByLabel("Schedule").selectOption("every");
  await page.getByRole("button", { name: "Assess the draft" }).click();
  await expect(page.getByText("Every (minutes): enter how often the backup runs, in minutes or as a duration like 90min, 4h or 1d.")).toBeVisible();
  await expect(page.getByLabel("Policy")).toHaveValue("nightly");
  await page.getByLabel("Every (minutes)", { exact: true }).fill("180");
  await page.getByLabel("Window (minutes)").fill("60");
  await page.getByRole("button", { name: "Assess the draft" }).click();
  await expect(page.getByRole("heading", { name: "Effect of the draft" })).toBeVisible();
  await expect(page.getByLabel("Every (minutes)", { exact: true })).toHaveValue("180");
  // A schedule moves RPOs, not restore times: each row's RTO says it is unchanged, its RPO how it moves.
  const dc01 = page.locator('[data-change="ransomware/DC01"]');
  await expect(dc01.getByRole("cell").nth(1)).toContainText("→");
  await expect(dc01.getByRole("cell").nth(2)).toContainText("unchanged");

  // A second draft, from a fresh form: would more memory on the standby host fit the VMs left
  // out when Bristol is lost? A memory without its host is refused at the host, keeping the memory.
  await page.goto(page.url().split("?")[0]);
  await page.getByLabel("Memory (MiB)", { exact: true }).fill("131072");
  await page.getByRole("button", { name: "Assess the draft" }).click();
  await expect(page.getByText("Choose the host to change.")).toBeVisible();
  await expect(page.getByLabel("Memory (MiB)", { exact: true })).toHaveValue("131072");
  await page.getByLabel("Host", { exact: true }).selectOption("standby");
  await page.getByRole("button", { name: "Assess the draft" }).click();
  await expect(page.getByRole("list", { name: "What the draft changes" })).toContainText("Host Cloud standby host: memory 65536 MiB → 131072 MiB");
  const payroll = page.locator('[data-change="site-loss/PAYROLL"]');
  await expect(payroll.getByRole("cell").nth(2)).toContainText("unbounded");
  await expect(payroll.getByRole("cell").nth(2)).toContainText("Fits on its recovery host with the draft (no room as saved).");
  // Beside the objectives: the problems before and after, and the hosts whose systems without room change.
  await expect(page.getByTestId("problems-before-after")).toContainText("Problems (findings that are errors):");
  await expect(page.locator('[data-capacity="site-loss/standby"]')).toContainText("PAYROLL");

  // A third draft: where DC01 is restored when HV01 is lost. Its own host is lost there, and the
  // host list says so in words; on HV02 it finds room.
  await page.goto(page.url().split("?")[0]);
  await page.getByLabel("System", { exact: true }).selectOption("DC01");
  await page.getByLabel("Scenario", { exact: true }).selectOption("host-loss");
  const recoveryHost = page.getByLabel("Recovery host", { exact: true });
  // Worded as on the VM facts page: its own host after a comma, and the saved choice (its own host) named so.
  await expect(recoveryHost.locator('option[value="_own"]')).toHaveText("Its own host, HV01 (Hyper-V, server room) — lost in this scenario");
  await expect(recoveryHost.locator('option[value=""]')).toHaveText("Keep the saved one: Its own host, HV01 (Hyper-V, server room) — lost in this scenario");
  await expect(recoveryHost.locator('option[value="hv01"]')).toHaveText("HV01 (Hyper-V, server room) (hv01) — lost in this scenario");
  await recoveryHost.selectOption("hv02");
  await page.getByRole("button", { name: "Assess the draft" }).click();
  await expect(page.getByRole("list", { name: "What the draft changes" })).toContainText(
    "System DC01: recovery host in “Host HV01 lost” its own host HV01 (Hyper-V, server room) → HV02 (Hyper-V, server room)",
  );
  await expect(page.locator('[data-change="host-loss/DC01"]').getByRole("cell").nth(2)).toContainText("Fits on its recovery host with the draft (no room as saved).");
  // Payroll needs only DC01: never recovered as saved, within its MTD with the draft.
  await expect(page.locator('[data-mtd="host-loss/Payroll"]')).toContainText(/never: MTD exceeded → .+: within MTD/);
});

test("a SaaS system reads as the provider's to restore, not as a VM of zero minutes", async ({ page }) => {
  await signIn(page, USERS.committee);
  await page.getByRole("link", { name: "Bristol operations" }).first().click();
  await page.getByRole("link", { name: "Systems", exact: true }).click();
  await page.getByRole("link", { name: "Microsoft 365", exact: true }).click();
  await page.getByRole("link", { name: "Readiness of Microsoft 365" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Microsoft 365" })).toBeVisible();
  await expect(page.getByText(/A SaaS service: its provider runs and restores it/)).toBeVisible();
  // No restore time is estimated for it, so none is called an estimate.
  await expect(page.getByText("Never restored in a test.", { exact: true })).toBeVisible();

  await page.goto(page.url().replace(/\/systems\/.*$/, "/setup/vms"));
  const row = page.getByRole("row", { name: /Microsoft 365/ });
  await expect(row.getByRole("cell").nth(0)).toHaveText("none (SaaS)");
  await expect(row.getByRole("cell").nth(3)).toHaveText("—");
  // A VM with its host keeps its boot and verification times, written as every duration is.
  // Anchored: the rows of ERP-APP and WMS name SQL01 too, under "Depends on".
  const sql = page.getByRole("row", { name: /^SQL01/ });
  await expect(sql.getByRole("cell").nth(3)).toHaveText("10 min + 15 min");
  await expect(sql.getByRole("cell").nth(5)).toHaveText("DC01");
  await expect(page.getByRole("row", { name: /^ERP-APP/ }).getByRole("cell").nth(5)).toHaveText("DC01 and SQL01");
});

test("an auditor downloads the recovery model the command-line check reads", async ({ page }) => {
  await signIn(page, USERS.auditor);
  await openReadiness(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download model" }).click()]);
  expect(download.suggestedFilename()).toBe("bristol-operations-recovery-model.json");
  const model = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(model.version).toBe(1);
  expect(model.systems.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(["DC01", "SQL01", "FILE01"]));
  expect(model.backupPolicies.map((p: { id: string }) => p.id)).toEqual(["nightly", "sql-hourly"]);
  expect(model.restorePoints.length).toBeGreaterThan(0);
});

test("the plan overview shows today's restore-point ages", async ({ page }) => {
  await signIn(page, USERS.executive);
  await page.getByRole("link", { name: "Bristol operations" }).first().click();
  const panel = page.getByRole("region", { name: "Restore points today" });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("listitem")).toHaveCount(6);
  // The stage's figure is how far the recovery work has got; beside it, whether the systems would come back.
  const stage = page.locator('[data-stage="recovery"]');
  await expect(stage).toContainText("Recovery planning");
  await expect(stage).toContainText(/\d+% complete/);
  await expect(stage.getByTestId("stage-outcome")).toContainText("RPO and RTO in every scenario");
  // Back on the plan list, the plan says what that assessment found.
  await page.goto("/plans");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Bristol operations", exact: true }) });
  await expect(card.getByTestId("plan-recovery")).toContainText("RPO and RTO in every scenario");
});

test("another organisation can neither see the dashboard nor download the model", async ({ page }) => {
  await signIn(page, USERS.committee);
  await openReadiness(page);
  const url = page.url();
  await page.context().clearCookies();
  await signIn(page, USERS.otherOrgAdmin);
  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
  const model = await page.request.get(`${url}/model.json`);
  expect(model.status()).toBe(404);
});

test("a committee member opens the site-loss timeline: bars per system, the critical path, and a table alternative", async ({ page }) => {
  await signIn(page, USERS.committee);
  await openReadiness(page);
  await page.getByRole("navigation", { name: "Scenario timelines" }).getByRole("link", { name: "Bristol site lost" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bristol site lost" })).toBeVisible();
  // The standby host is too small for every VM: what fits is restored, in dependency order.
  await expect(page.locator("[data-bar]").first()).toBeVisible();
  await expect(page.locator("[data-critical]").first()).toBeVisible();
  // ERP-APP needs SQL01, whose 540 GB transfer is the longest: that chain makes the worst breach.
  await expect(page.getByText(/Critical path to the worst breach: SQL01 → ERP-APP\. ERP-APP is ready 3 h 18 min after its RTO target\./)).toBeVisible();
  // The axis ticks whole hours; a late bar ends with how late it is; systems never ready have a row.
  const chart = page.getByRole("img", { name: /Recovery timeline: Bristol site lost/ });
  await expect(chart.getByText("2 h", { exact: true })).toBeVisible();
  await expect(chart.locator('[data-bar="ERP-APP"]')).toContainText("5 h 18 min · 3 h 18 min late");
  await expect(chart.locator('[data-never-ready="PAYROLL"]')).toContainText("never ready in this scenario: no room on Cloud standby host");
  // The list under the chart gives each one's reason; the table names what held each start back.
  await expect(page.getByRole("listitem").filter({ hasText: /^PAYROLL: no room on Cloud standby host$/ })).toBeVisible();
  const steps = page.getByRole("table", { name: /Recovery steps per system/ });
  await expect(steps.getByRole("rowheader", { name: "DC01" })).toBeVisible();
  await expect(steps.getByRole("rowheader", { name: "ERP-APP" })).toBeVisible();
  // Where each restore comes from and goes to, by the names people know, keys beside them.
  await expect(steps.getByRole("row", { name: /^SQL01/ })).toContainText("Cloud object storage (immutable) cloud → Cloud standby host standby");
  // The header tells the declaration apart from the restores, which wait for the standby host.
  await expect(page.getByText(/^Sites lost · declared 30 min after the disaster · restores start (at|from) 1 h/)).toBeVisible();
  // With the office gone, data comes back from the cloud copy, named as people know it.
  const loss = page.getByRole("table", { name: /Worst-case RPO and RPO at the disaster/ });
  await expect(loss.getByRole("row", { name: /^SQL01/ })).toContainText("Cloud object storage (immutable) cloud");
});
