/**
 * Corrective actions from an incident (ISO 22301 §10.1, decision 58): the committee member declares
 * an incident under the demo plan, records what it showed must change, with its owner and due date,
 * finds it among the plan's open findings saying where it came from, closes it and stands the
 * incident down. The executive reads the actions without a form to change them. The incident's title
 * and the action's are unique to the run; the action is closed and the incident stood down before
 * the end, so the plan shows other specs no open finding and no active-incident banner of this one.
 */
import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { signIn, unique, USERS } from "./helpers";

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

test("corrective actions from an incident are recorded on it, listed with the plan's open findings, and read by the executive", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const title = unique("Server room flooded");
  const action = unique("Move the server room above the flood line");
  await signIn(page, USERS.committee);

  await page.getByRole("link", { name: "Bristol operations", exact: true }).click();
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Incidents", exact: true }).click();
  const declare = page.getByRole("form", { name: "Declare an incident" });
  await declare.getByLabel("What happened").fill(title);
  await declare.getByLabel("Declared by").selectOption({ label: "Priya Shah" });
  await declare.getByRole("button", { name: "Declare the incident" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const incidentUrl = page.url();
  const planUrl = incidentUrl.replace(/\/incidents\/[^/]+$/, "");

  // An action needs an owner and a due date no earlier than the day the incident was declared:
  // both refusals at their fields in the same round, what was typed kept.
  const section = page.getByRole("region", { name: "Corrective actions" });
  await expect(section).toContainText("No corrective action recorded yet.");
  const form = section.getByRole("form", { name: "Add a corrective action" });
  const today = new Date().toISOString().slice(0, 10);
  await form.getByLabel("What to change").fill(action);
  await form.getByLabel("Severity").selectOption({ label: "Low" });
  await form.getByLabel("Due date").fill("2020-01-01");
  await form.getByRole("button", { name: "Add corrective action" }).click();
  await expect(form.getByLabel("Owner")).toHaveAccessibleDescription("Owner: choose who will fix it.");
  await expect(form.getByText(`Due date: on or after the day the incident was declared, ${DAY.format(new Date(`${today}T00:00:00Z`))}.`)).toBeVisible();
  await expect(form.getByLabel("What to change")).toHaveValue(action);
  await form.getByLabel("Owner").selectOption({ label: "Tom Reed" });
  const due = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000);
  await form.getByLabel("Due date").fill(due.toISOString().slice(0, 10));
  await form.getByRole("button", { name: "Add corrective action" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Corrective action recorded." })).toBeVisible();
  const listed = section.getByRole("list", { name: "Corrective actions" }).getByRole("listitem");
  await expect(listed).toHaveCount(1);
  await expect(listed.first()).toContainText(action);
  await expect(listed.first()).toContainText(`Low · Open · owner Tom Reed · due ${DAY.format(due)}`);
  await expectNoViolations(page, "an incident's corrective actions");

  // Among the plan's open findings it says which incident it came from, and links back to it.
  await page.goto(planUrl);
  const open = page.getByRole("region", { name: "Tests and findings" }).locator(`[data-finding="${action}"]`);
  await expect(open).toContainText("Low");
  await expect(open).toContainText("Tom Reed");
  await open.getByRole("link", { name: `from incident “${title}”` }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // The incidents list counts its open actions.
  await page.goto(`${planUrl}/incidents`);
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) })).toContainText("Corrective actions: 1 open");

  // The executive reads the actions, and has no form to add, edit or close one.
  const executiveContext = await browser.newContext();
  const executive = await executiveContext.newPage();
  await signIn(executive, USERS.executive);
  await executive.goto(incidentUrl);
  const read = executive.getByRole("region", { name: "Corrective actions" });
  await expect(read.getByRole("listitem").filter({ hasText: action })).toContainText("owner Tom Reed");
  await expect(read.getByRole("form")).toHaveCount(0);
  await expect(read.getByRole("link", { name: /^Edit or close/ })).toHaveCount(0);
  await executiveContext.close();

  // Closed with how it was resolved, it stays on the incident and leaves the open findings.
  await page.goto(incidentUrl);
  await section.getByRole("link", { name: `Edit or close “${action}”` }).click();
  const close = page.getByRole("form", { name: `Close finding: ${action}` });
  await close.getByLabel("How it was resolved").fill("Servers moved to the first floor.");
  await close.getByRole("button", { name: "Close finding" }).click();
  await expect(listed.first()).toContainText("Servers moved to the first floor.");
  await expect(listed.first()).toContainText("Low · Closed");
  await page.goto(planUrl);
  await expect(page.getByRole("region", { name: "Tests and findings" }).locator(`[data-finding="${action}"]`)).toHaveCount(0);

  // Stood down, so the plan's overview shows no banner of it to other specs.
  await page.goto(incidentUrl);
  const standDown = page.getByRole("form", { name: "Stand down" });
  await standDown.getByLabel("Post-incident review").fill("Water reached the server room; the servers are now upstairs.");
  await standDown.getByRole("button", { name: "Stand down…" }).click();
  await page.getByRole("dialog", { name: "Stand down this incident?" }).getByRole("button", { name: "Stand down", exact: true }).click();
  await expect(page.getByTestId("announcer")).toHaveText("Stood down. The log is closed; the review is kept with it.");
});
