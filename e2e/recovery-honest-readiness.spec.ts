import { expect, test } from "@playwright/test";
import { addScenario, createPlan, importVms, signIn, unique, USERS } from "./helpers";

test("a VM without its memory is not assessed, what depends on it says so, and a host scenario picks its lost host", async ({ page }) => {
  await signIn(page, USERS.committee);
  const planUrl = await createPlan(page, unique("Honest readiness"));
  // A plan with nothing to assess does not read as free of problems.
  await page.goto(`${planUrl}/recovery`);
  await expect(page.getByText("Nothing assessed yet: no system has a host, memory and used size to restore from.")).toBeVisible();
  await expect(page.getByText(/0 problems/)).toHaveCount(0);

  await page.goto(`${planUrl}/recovery/setup/hosts`);
  await page.getByLabel("Key", { exact: true }).fill("hv01");
  await page.getByLabel("Name", { exact: true }).fill("HV01");
  await page.getByLabel("Site", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Memory (MiB)", { exact: true }).fill("131072");
  await page.getByRole("button", { name: "Add host" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Host saved." })).toBeVisible();

  // DC01 comes in without its memory; SQL01 with every fact.
  await importVms(page, { planUrl, csv: "name,host,ramMiB,usedGB\nDC01,hv01,,60\nSQL01,hv01,16384,540\n", created: 2 });

  // SQL01 depends on DC01.
  await page.goto(`${planUrl}/recovery/setup/vms`);
  await page.getByRole("link", { name: "SQL01" }).click();
  const facts = page.getByRole("form", { name: "Recovery facts of SQL01" });
  await facts.getByLabel("DC01").check();
  await facts.getByRole("button", { name: "Save recovery facts" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // A host-loss scenario: the lost host is chosen from the plan's hosts, not typed.
  await addScenario(page, { planUrl, name: "Host HV01 lost", id: "host-loss", kind: "host", lostHosts: ["HV01 (hv01)"] });

  // The dashboard assesses the plan, leaves DC01 out with its reason, and never shows it as met.
  await page.goto(`${planUrl}/recovery`);
  await expect(page.getByRole("heading", { name: "The recovery model cannot be assessed yet" })).toHaveCount(0);
  const note = page.locator("[data-not-assessed]");
  await expect(note).toContainText("Not assessed: memory or used size not set.");
  await expect(note.locator('[data-incomplete="DC01"]')).toHaveText("DC01 (memory not set; SQL01 depends on it and is assessed without waiting for it)");
  const matrix = page.getByRole("table", { name: /RPO and RTO of each system in each scenario/ });
  await expect(matrix.getByRole("rowheader", { name: "SQL01" })).toBeVisible();
  await expect(matrix.getByRole("rowheader", { name: "DC01" })).toHaveCount(0);

  // DC01's page says why it is not assessed; SQL01's names the dependency that is not waited for.
  await note.getByRole("link", { name: "DC01" }).click();
  await expect(page.getByRole("form", { name: "Recovery facts of DC01" })).toBeVisible();
  await page.goto(`${planUrl}/recovery`);
  await matrix.getByRole("link", { name: "SQL01" }).click();
  await expect(page.locator("[data-cut-dependencies]")).toContainText("Depends on DC01 (left out of the assessment: memory not set)");

  // The scenario's timeline names DC01 as left out too.
  await page.goto(`${planUrl}/recovery/scenarios/host-loss`);
  await expect(page.getByRole("heading", { level: 1, name: "Host HV01 lost" })).toBeVisible();
  await expect(page.locator('[data-incomplete="DC01"]')).toContainText("memory not set");
});
