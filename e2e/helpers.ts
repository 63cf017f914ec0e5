import { expect, type Browser, type Page } from "@playwright/test";

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
