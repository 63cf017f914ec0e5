import { expect, test, type Page } from "@playwright/test";
import { signIn, unique, USERS } from "./helpers";

async function addThreat(page: Page, threat: { title: string; category: string; likelihood: string; impact: string; residual?: [string, string] }) {
  const form = page.getByRole("form", { name: "Add a threat" });
  if (!(await form.isVisible())) await page.getByText("Add a threat", { exact: true }).click();
  await form.getByLabel("Threat", { exact: true }).fill(threat.title);
  await form.getByLabel("Category").selectOption(threat.category);
  await form.getByLabel("Likelihood", { exact: true }).selectOption(threat.likelihood);
  await form.getByLabel("Impact", { exact: true }).selectOption(threat.impact);
  await form.getByLabel("Mitigation").fill("Documented workaround");
  await form.getByLabel("Owner").selectOption({ label: "Owen Hughes (Facilities and Health & Safety Officer)" });
  if (threat.residual) {
    await form.getByLabel("Residual likelihood").selectOption(threat.residual[0]);
    await form.getByLabel("Residual impact").selectOption(threat.residual[1]);
  }
  await form.getByRole("button", { name: "Add threat" }).click();
  await expect(form.getByText(`${threat.title} was added to the register.`)).toBeVisible();
}

test("a committee member builds the heat map from two threats and filters the register by a cell", async ({ page }) => {
  await signIn(page, USERS.committee);
  const plan = unique("Heat map plan");
  await page.getByLabel("Name").fill(plan);
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: plan })).toBeVisible();
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Risks & scenarios" }).click();
  await expect(page.getByText("No threats yet. Add the first one below.")).toBeVisible();

  // A threat without a title is refused, with the message on the field.
  await page.getByText("Add a threat", { exact: true }).click();
  await page.getByRole("form", { name: "Add a threat" }).getByRole("button", { name: "Add threat" }).click();
  await expect(page.getByRole("form", { name: "Add a threat" }).getByLabel("Threat", { exact: true })).toHaveAccessibleDescription("Name the threat.");

  await addThreat(page, { title: "Flooded server room", category: "natural", likelihood: "3", impact: "4", residual: ["2", "2"] });
  await addThreat(page, { title: "Courier strike", category: "human", likelihood: "2", impact: "5" });

  const inherent = page.locator('[data-heatmap="inherent"]');
  const residual = page.locator('[data-heatmap="residual"]');
  await expect(inherent.getByRole("link", { name: "Likelihood 3, impact 4 (score 12, high): 1 threat" })).toHaveText("1");
  await expect(inherent.getByRole("link", { name: "Likelihood 2, impact 5 (score 10, high): 1 threat" })).toHaveText("1");
  // An empty cell reads the same but is no link: the maps add a tab stop only where there are threats.
  await expect(inherent.getByRole("cell", { name: "Likelihood 5, impact 5 (score 25, critical): 0 threats" })).toBeVisible();
  await expect(inherent.getByRole("link", { name: "Likelihood 5, impact 5 (score 25, critical): 0 threats" })).toHaveCount(0);
  await expect(inherent.getByRole("link")).toHaveCount(2);
  await expect(residual.getByRole("link")).toHaveCount(1);
  await expect(residual.getByRole("link", { name: "Likelihood 2, impact 2 (score 4, low): 1 threat" })).toHaveText("1");

  await expect(page.getByTestId("unrated-residual")).toHaveText("1 threat without a residual rating is not shown.");
  await expect(page.getByRole("list", { name: "Score bands" }).getByRole("listitem")).toHaveText([
    "Low: score 1–4",
    "Medium: score 5–9",
    "High: score 10–16",
    "Critical: score 20–25",
  ]);

  const register = page.getByTestId("threat-register");
  await expect(register.getByRole("row")).toHaveCount(3);
  await inherent.getByRole("link", { name: "Likelihood 2, impact 5 (score 10, high): 1 threat" }).click();
  await expect(page.getByText("Showing threats with inherent likelihood 2 and impact 5.")).toBeVisible();
  // Focus follows to the filtered register instead of staying on the cell, now scrolled off screen.
  await expect(page.getByRole("status").filter({ hasText: "Showing threats with inherent likelihood 2 and impact 5." })).toBeFocused();
  await expect(register.getByRole("link", { name: "Courier strike" })).toBeVisible();
  await expect(register.getByRole("link", { name: "Flooded server room" })).toHaveCount(0);
  await expect(register.getByText("10 high")).toBeVisible();

  await residual.getByRole("link", { name: "Likelihood 2, impact 2 (score 4, low): 1 threat" }).click();
  await expect(register.getByRole("link", { name: "Flooded server room" })).toBeVisible();
  await expect(register.getByRole("link", { name: "Courier strike" })).toHaveCount(0);

  await page.getByRole("link", { name: "Show all threats" }).click();
  await expect(register.getByRole("row")).toHaveCount(3);

  // A keyboard user skips the maps in one step: the next Tab lands in the register.
  const skip = page.getByRole("link", { name: "Skip to the threat register" });
  await skip.focus();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#register$/);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("region", { name: "Threat register" }).locator(":focus")).toHaveCount(1);

  // A ransomware scenario needs its instants; once given, it is linked to the threat behind it.
  await page.getByText("Add a scenario", { exact: true }).click();
  const scenario = page.getByRole("form", { name: "Add a scenario" });
  await scenario.getByLabel("Scenario name").fill("Ransomware");
  await scenario.getByLabel("Scenario id").fill("ransomware");
  await scenario.getByLabel("Kind").selectOption("ransomware");
  await scenario.getByLabel("Courier strike").check();
  await scenario.getByRole("button", { name: "Add scenario" }).click();
  await expect(scenario.getByLabel(/Disaster instant/)).toHaveAccessibleDescription(/A ransomware scenario needs the instant of the attack\.$/);
  await expect(scenario.getByLabel("Courier strike")).toBeChecked();
  await scenario.getByLabel(/Disaster instant/).fill("2026-06-10T04:00:00+01:00");
  // A date and time without an offset is read in UTC, as the field's hint says.
  await scenario.getByLabel(/Last instant known clean/).fill("2026-06-09 20:00");
  await scenario.getByLabel("Minutes to declare").fill("2h");
  await scenario.getByLabel("Containment minutes").fill("1d");
  await scenario.getByRole("button", { name: "Add scenario" }).click();
  await expect(scenario.getByText("Scenario added.")).toBeVisible();
  const row = page.getByRole("row", { name: /Ransomware/ });
  await expect(row).toContainText("At 10 Jun 2026, 03:00 UTC");
  // Typed as 2h and 1d, the times read as every other page writes them, not as 120 and 1440 min.
  await expect(row).toContainText("Declared after 2 h");
  await expect(row).toContainText("Contained after 1 day");
  await expect(row).toContainText("Courier strike");
});

test("the register lists the highest score first and refuses a residual rating worse than the inherent one", async ({ page }) => {
  await signIn(page, USERS.committee);
  const plan = unique("Score order plan");
  await page.getByLabel("Name").fill(plan);
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: plan })).toBeVisible();
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Risks & scenarios" }).click();

  // 1 × 1 inherent, 5 × 5 residual: a slip of the select, refused at the field with nothing saved.
  await page.getByText("Add a threat", { exact: true }).click();
  const form = page.getByRole("form", { name: "Add a threat" });
  await form.getByLabel("Threat", { exact: true }).fill("Phone line cut");
  await form.getByLabel("Category").selectOption("technical");
  await form.getByLabel("Likelihood", { exact: true }).selectOption("1");
  await form.getByLabel("Impact", { exact: true }).selectOption("1");
  await form.getByLabel("Residual likelihood").selectOption("5");
  await form.getByLabel("Residual impact").selectOption("5");
  await form.getByRole("button", { name: "Add threat" }).click();
  await expect(form.getByLabel("Residual impact")).toHaveAccessibleDescription(/cannot be above the inherent score: controls cannot make a risk worse/);
  await expect(page.getByText("No threats yet. Add the first one below.")).toBeVisible();

  await addThreat(page, { title: "Likely but mild", category: "human", likelihood: "3", impact: "2", residual: ["1", "2"] });
  await addThreat(page, { title: "Rare but severe", category: "natural", likelihood: "2", impact: "5", residual: ["1", "5"] });
  const register = page.getByTestId("threat-register");
  await expect(register.locator("tbody th")).toHaveText(["Rare but severe", "Likely but mild"]);
  await register.getByRole("link", { name: "Residual score" }).click();
  await expect(register.locator("tbody th")).toHaveText(["Likely but mild", "Rare but severe"]);
  await expect(register.getByRole("columnheader", { name: "Residual score" })).toHaveAttribute("aria-sort", "ascending");
});
