import { expect, test } from "@playwright/test";
import { addOfficeLocationAndHost, addScenario, createPlan, importVms, signIn, unique, USERS } from "./helpers";

test("a database no function names inherits the payroll application's RTO: on its page, the priorities, the dashboard and its finding", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Inherited targets"));

  await addOfficeLocationAndHost(page, planUrl, { key: "hv01", name: "HV01", ramMiB: 131072 });

  // The payroll application and its 2 TB database; the application depends on the database.
  await importVms(page, { planUrl, csv: "name,host,ramMiB,usedGB\nPAYROLL-APP,hv01,8192,40\nPAYROLL-DB,hv01,16384,2000\n", created: 2 });
  await page.goto(`${planUrl}/recovery/setup/vms`);
  await page.getByRole("link", { name: "PAYROLL-APP" }).click();
  const facts = page.getByRole("form", { name: "Recovery facts of PAYROLL-APP" });
  await facts.getByLabel("PAYROLL-DB").check();
  await facts.getByRole("button", { name: "Save recovery facts" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // Both backed up nightly to the NAS; one VM lost at a time.
  await page.goto(`${planUrl}/recovery/setup/policies`);
  await page.getByLabel("Key", { exact: true }).fill("nightly");
  await page.getByLabel("Name", { exact: true }).fill("Nightly");
  await page.getByLabel("Target location").selectOption({ label: "Office NAS (nas)" });
  await page.getByLabel(/^At \(time of day/).fill("23:00");
  await page.getByLabel("PAYROLL-APP", { exact: true }).check();
  await page.getByLabel("PAYROLL-DB", { exact: true }).check();
  await page.getByRole("button", { name: "Add policy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Policy saved." })).toBeVisible();
  await addScenario(page, { planUrl, name: "One VM lost", id: "vm-loss", kind: "system" });

  // Payroll needs the application back within 2 h; the BIA names only the application.
  await page.goto(`${planUrl}/bia`);
  await page.getByLabel("Function name").fill("Payroll");
  await page.getByRole("button", { name: "Add function" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Payroll" })).toBeVisible();
  await page.getByLabel("RTO (optional)", { exact: true }).fill("2h");
  await page.getByLabel("RPO (optional)", { exact: true }).fill("1d");
  await page.getByRole("button", { name: "Save impact analysis" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const deps = page.getByRole("form", { name: "Dependencies" });
  await deps.getByRole("group", { name: "IT systems" }).getByLabel("PAYROLL-APP", { exact: true }).check();
  await deps.getByRole("button", { name: "Save dependencies" }).click();
  await expect(deps.getByText("Dependencies saved.")).toBeVisible();

  // The database's register page: the RTO comes from the application; no RPO is passed down.
  const inheritedText = "2 h inherited from PAYROLL-APP, which depends on it (the RTO of Payroll)";
  await page.goto(`${planUrl}/systems`);
  await page.getByRole("link", { name: "PAYROLL-DB" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "PAYROLL-DB" })).toBeVisible();
  const rto = page.locator("dt", { hasText: "Inherited RTO" }).locator("xpath=following-sibling::dd");
  await expect(rto).toHaveText(inheritedText);
  await expect(rto.getByRole("link", { name: "PAYROLL-APP" })).toBeVisible();
  await expect(page.getByText("An RPO is not passed down from the systems that depend on it")).toBeVisible();
  await expect(page.getByText("No business function uses this system directly: its RTO comes from the systems that depend on it.")).toBeVisible();

  // The priorities page's systems and their targets say the same.
  await page.goto(`${planUrl}/priorities`);
  await expect(page.locator('[data-system="PAYROLL-DB"]')).toContainText(inheritedText);
  await expect(page.locator('[data-system="PAYROLL-APP"]')).toContainText("2 h from Payroll");

  // The dashboard: the database's 2 TB restore takes longer than 2 h, so its RTO is breached, and
  // the row says whose RTO it is. Each cell gives the value first, then the status and by how much.
  await page.goto(`${planUrl}/recovery`);
  const matrix = page.getByRole("table", { name: /RPO and RTO of each system in each scenario/ });
  const dbRow = matrix.locator('[data-system="PAYROLL-DB"]');
  await expect(dbRow.locator("[data-targets]")).toHaveText("Targets: RPO none, RTO 2 h");
  await expect(dbRow.locator("[data-inherited-rto]")).toHaveText("RTO 2 h inherited from PAYROLL-APP");
  await expect(dbRow.locator('[data-status="breached"]')).toHaveText(/^RTO \d[^:]*: breached by \d/);
  await expect(dbRow.locator('[data-status="no-target"]')).toHaveText(/^RPO \d[^:]*: no target$/);
  await expect(matrix.locator('[data-system="PAYROLL-APP"] [data-inherited-rto]')).toHaveCount(0);

  // Its readiness page: the target with its source, and the RTO finding saying where it comes from.
  await dbRow.getByRole("link", { name: "PAYROLL-DB" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "PAYROLL-DB" })).toBeVisible();
  await expect(page.locator('[data-target="rto"]')).toHaveText("2 h, inherited from PAYROLL-APP, which depends on it (the RTO of Payroll)");
  const finding = page.getByRole("listitem").filter({ hasText: "more than its RTO of 2 h" });
  await expect(finding).toContainText("One VM lost");
  await expect(finding.locator("[data-finding-note]")).toHaveText("RTO 2 h, inherited from PAYROLL-APP, which depends on it (the RTO of Payroll).");

  // The readiness CSV names where each target comes from: the function, or the system it is passed down from.
  await page.goto(`${planUrl}/reports`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Readiness matrix (CSV)" }).click()]);
  const readiness = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const lines = readiness.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toBe(
    "System,Scenario,Scenario id,RPO worst case (min),RPO target (min),RPO status,RTO achievable (min),RTO target (min),RTO status,RTO source,RTO inherited from,Restore location,Recovery host,Restore time from,Never ready because,RPO source",
  );
  // Then where each restores from and to, and from an estimate or a test; both come back, so no
  // reason. Last, the function that sets the RPO: Payroll's, for the application only.
  expect(lines.find((l) => l.startsWith("PAYROLL-DB,One VM lost,vm-loss,"))).toMatch(/,120,breached,"inherited from PAYROLL-APP, which depends on it \(the RTO of Payroll\)",PAYROLL-APP,[^,]+,[^,]+,(estimate|test),,$/);
  expect(lines.find((l) => l.startsWith("PAYROLL-APP,One VM lost,vm-loss,"))).toMatch(/,120,[a-z ]+,from Payroll,,[^,]+,[^,]+,(estimate|test),,from Payroll$/);
});
