import path from "node:path";
import pg from "pg";
import { expect, type Browser, type Dialog, type Page } from "@playwright/test";

export const PASSWORD = "continuity-demo";

export const USERS = {
  admin: "alex.morgan@harbourlane.example",
  committee: "priya.shah@harbourlane.example",
  executive: "daniel.okafor@harbourlane.example",
  secondExecutive: "sarah.lewis@harbourlane.example",
  auditor: "helen.ward@harbourlane.example",
  otherOrgAdmin: "olivia.grant@riversidedental.example",
} as const;

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Continuity plans" })).toBeVisible();
}

/** A second person in their own browser session, signed in. */
export async function session(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/**
 * Runs one SQL statement on the e2e database with the plan's id (from its URL) as $1: for rows a
 * test needs but is not about, which the forms would add one page load at a time.
 */
export async function sqlForPlan(planUrl: string, text: string): Promise<void> {
  const planId = new URL(planUrl).pathname.split("/")[2];
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text, [planId]);
  } finally {
    await client.end();
  }
}

export function unique(label: string): string {
  return `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

export async function createPlan(page: Page, name: string) {
  await page.goto("/plans");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url();
}

/**
 * The committee names a plan's approvers (each matched by name) and submits version 1: for specs
 * about what the approvers see and decide, not about choosing them.
 */
export async function submitForApproval(page: Page, { planUrl, approvers }: { planUrl: string; approvers: RegExp[] }) {
  await page.goto(`${planUrl}/approval`);
  for (const approver of approvers) await page.getByLabel(approver).check();
  await page.getByRole("button", { name: "Save approvers" }).click();
  await expect(page.getByText("Approvers saved.")).toBeVisible();
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(page.getByRole("heading", { name: "Version 1 awaits approval" })).toBeVisible();
}

/**
 * A new plan's recovery setup through the UI: one backup location ("nas", Office NAS, 200 MB/s)
 * and one host at the demo's Bristol office, for specs that then import VMs onto the host.
 */
export async function addOfficeLocationAndHost(page: Page, planUrl: string, host: { key: string; name: string; ramMiB: number }) {
  const office = "Bristol head office and warehouse";
  await page.goto(`${planUrl}/recovery/setup/locations`);
  await page.getByLabel("Key", { exact: true }).fill("nas");
  await page.getByLabel("Name", { exact: true }).fill("Office NAS");
  await page.getByLabel("Site", { exact: true }).selectOption({ label: office });
  await page.getByLabel("Throughput (MB/s)", { exact: true }).fill("200");
  await page.getByRole("button", { name: "Add location" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Location saved." })).toBeVisible();
  await page.goto(`${planUrl}/recovery/setup/hosts`);
  await page.getByLabel("Key", { exact: true }).fill(host.key);
  await page.getByLabel("Name", { exact: true }).fill(host.name);
  await page.getByLabel("Site", { exact: true }).selectOption({ label: office });
  await page.getByLabel("Memory (MiB)", { exact: true }).fill(String(host.ramMiB));
  await page.getByRole("button", { name: "Add host" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Host saved." })).toBeVisible();
}

/** A VM inventory to import: a generic CSV's text (uploaded as vms.csv) or the path of an RVTools vInfo export. */
type VmInventory = { csv: string } | { rvtools: string };

/**
 * Imports a VM inventory on the plan's recovery imports page and confirms the preview, then waits
 * until the page says the `created` VMs were created (a new plan's VMs are all new).
 */
export async function importVms(page: Page, { planUrl, created, ...inventory }: { planUrl: string; created: number } & VmInventory) {
  await page.goto(`${planUrl}/recovery/imports`);
  const file = "csv" in inventory ? { name: "vms.csv", mimeType: "text/csv", buffer: Buffer.from(inventory.csv) } : inventory.rvtools;
  await page.getByLabel("csv" in inventory ? "VM inventory: generic CSV (Hyper-V or anything else)" : "VM inventory: RVTools vInfo (CSV export)").check();
  await page.getByLabel("CSV file").setInputFiles(file);
  await page.getByRole("button", { name: "Preview import" }).click();
  await page.getByRole("button", { name: "Confirm import" }).click();
  const name = typeof file === "string" ? path.basename(file) : file.name;
  await expect(page.getByRole("status").filter({ hasText: `Imported ${name}: ${created} created` })).toBeVisible();
}

/**
 * Adds a disaster scenario on the plan's risks page and waits for the page to confirm it. A host-loss
 * scenario names its lost hosts as the form lists them ("HV01 (hv01)").
 */
export async function addScenario(
  page: Page,
  { planUrl, name, id, kind, lostHosts = [] }: { planUrl: string; name: string; id: string; kind: "system" | "host"; lostHosts?: string[] },
) {
  await page.goto(`${planUrl}/risks`);
  await page.getByText("Add a scenario", { exact: true }).click();
  const scenario = page.getByRole("form", { name: "Add a scenario" });
  await scenario.getByLabel("Scenario name").fill(name);
  await scenario.getByLabel("Scenario id").fill(id);
  await scenario.getByLabel("Kind").selectOption(kind);
  for (const host of lostHosts) await scenario.getByRole("group", { name: "Lost hosts" }).getByLabel(host).check();
  await scenario.getByRole("button", { name: "Add scenario" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Scenario added." })).toBeVisible();
}

/** Adds a system to the plan from its Systems tab and opens the system's page; returns its address. */
export async function addSystemAndOpen(page: Page, { planUrl, name }: { planUrl: string; name: string }): Promise<string> {
  await page.goto(`${planUrl}/systems`);
  const add = page.getByRole("form", { name: "Add a system" });
  await add.getByLabel("Name").fill(name);
  await add.getByRole("button", { name: "Add system" }).click();
  await expect(add.getByRole("status").filter({ hasText: `${name} was added.` })).toBeVisible();
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("form", { name: "Edit system" })).toBeVisible();
  return page.url();
}

/** Reloads a page holding unsaved changes: the browser asks first (beforeunload), and the prompt is accepted. */
export async function reloadAcceptingPrompt(page: Page): Promise<void> {
  const prompt = new Promise<Dialog>((resolve) => page.once("dialog", resolve));
  const reloaded = page.reload();
  const asked = await prompt;
  expect(asked.type()).toBe("beforeunload");
  await asked.accept();
  await reloaded;
}
