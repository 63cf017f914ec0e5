/**
 * Running an incident on a phone (390 × 844), as the emergency response team would the morning the
 * head office flooded: the executive declares it for the "Bristol site lost" scenario of the demo
 * plan, saying the disruption began half an hour earlier, and reads the recovery the plan expects;
 * the committee member, told of it in the app, logs a decision, a notification and a system back in
 * service, and stands down with a review, of which the executive is told; the auditor reads it all
 * without a form to change it. The incident's title is unique to the run, and it is stood down
 * before the end, so the plan's overview shows no banner to other specs once this one has finished.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { formatInstant } from "../lib/days";
import { expectNoViolations } from "./axe";
import { signIn, unique, USERS } from "./helpers";

const PHONE = { width: 390, height: 844 };

async function phone(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("the response team declares an incident, logs it in order and stands down; the auditor reads it", async ({ browser }) => {
  test.setTimeout(120_000);
  const title = unique("Head office flooded");

  // The executive decides invocation: the plan's Incidents tab, then the declaration.
  const executive = await phone(browser, USERS.executive);
  await executive.getByRole("link", { name: "Bristol operations", exact: true }).click();
  await executive.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Incidents", exact: true }).click();
  await expect(executive.getByRole("heading", { level: 1, name: "Incidents" })).toBeVisible();
  await expectNoHorizontalScroll(executive);
  const declare = executive.getByRole("form", { name: "Declare an incident" });
  // Who declared it must be said: refused at the field, nothing lost.
  await declare.getByLabel("What happened").fill(title);
  await declare.getByRole("button", { name: "Declare the incident" }).click();
  await expect(declare.getByLabel("Their name, if not in the People register (optional)")).toHaveAccessibleDescription(
    "Say who declared it: choose a person, or type a name.",
  );
  await expect(declare.getByLabel("What happened")).toHaveValue(title);
  await declare.getByLabel("Scenario of the plan (optional)").selectOption({ label: "Bristol site lost" });
  await declare.getByLabel("Declared by").selectOption({ label: "Daniel Okafor" });
  // A last time known clean is asked only for a ransomware scenario.
  await expect(declare.getByLabel("Last time known clean (optional)")).toHaveCount(0);
  const began = new Date(Date.now() - 30 * 60_000).toISOString().slice(0, 16).replace("T", " ");
  await declare.getByLabel("Disruption began at (optional)").fill(began);
  await declare.getByRole("button", { name: "Declare the incident" }).click();

  await expect(executive.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(executive.getByTestId("announcer")).toHaveText("Incident declared. Keep its log below.");
  const restoreFirst = executive.getByRole("link", { name: "which systems to restore first" });
  await expect(restoreFirst).toHaveAttribute("href", /\/recovery\/scenarios\/site-loss$/);
  // The recovery the plan expects, struck when the disruption began: the seven systems of the
  // Bristol site, and those the cloud standby host has no room for named as not coming back.
  const recovery = executive.getByRole("region", { name: "Recovery the plan expects" });
  await expect(recovery).toContainText(new RegExp(`struck when the disruption began, [^;]*${began.slice(11)} UTC; restores start at the declaration`));
  await expect(recovery.getByTestId("recovery-summary")).toHaveText(/^7 systems affected: 0 back in service, /);
  const affected = recovery.getByRole("list", { name: "Affected systems, in the order they are expected back" }).getByRole("listitem");
  await expect(affected).toHaveCount(7);
  await expect(affected.filter({ hasText: "PAYROLL" })).toContainText("Not recoverable as the plan stands: no room on Cloud standby host");
  await expect(recovery.getByRole("list", { name: "Business functions, those that miss their MTD first" }).getByRole("listitem").first()).toContainText("Misses its MTD");
  await expectNoHorizontalScroll(executive);
  await expectNoViolations(executive, "an active incident's page");
  const incidentUrl = executive.url();
  const planUrl = incidentUrl.replace(/\/incidents\/[^/]+$/, "");

  // While it is active, the plan's overview says so and links it.
  await executive.goto(planUrl);
  const banner = executive.getByRole("region", { name: "Active incidents" });
  await expect(banner.getByRole("link", { name: title, exact: true })).toHaveAttribute("href", new URL(incidentUrl).pathname);
  // And the plan list, where executives land, names it under its plan.
  await executive.goto("/plans");
  await expect(executive.getByTestId("plan-incident").filter({ hasText: title }).getByRole("link", { name: title, exact: true })).toHaveAttribute("href", new URL(incidentUrl).pathname);
  // And so does the emergency sheet, where the response team starts.
  await executive.goto(`${planUrl}/emergency`);
  await expect(executive.getByRole("region", { name: "Active incidents" }).getByRole("link", { name: title, exact: true })).toHaveAttribute("href", new URL(incidentUrl).pathname);

  // Every other member is told, the committee member among them: the notification opens the incident.
  const committee = await phone(browser, USERS.committee);
  await committee.getByTestId("notifications").click();
  const told = committee.getByRole("listitem").filter({ hasText: `Incident declared under “Bristol operations”: ${title} ` });
  await expect(told).toContainText("New");
  await expect(told.getByRole("link")).toHaveText(new RegExp(`^Incident declared under “Bristol operations”: ${title} \\(scenario Bristol site lost\\)\\. Declared .+ UTC by Daniel Okafor\\.$`));
  await told.getByRole("link").click();
  await expect(committee).toHaveURL(incidentUrl);

  // The committee member keeps the log: a decision, then a notification, shown in that order.
  const add = committee.getByRole("form", { name: "Add to the log" });
  await add.getByLabel("Kind").selectOption({ label: "Decision" });
  await add.getByLabel("What was decided, done, told or restored").fill("Invoke the cloud recovery site for ERP and WMS.");
  await add.getByRole("button", { name: "Add to the log" }).click();
  await expect(add.getByText("Added to the log.")).toBeVisible();
  await add.getByLabel("Kind").selectOption({ label: "Notification" });
  await add.getByLabel("What was decided, done, told or restored").fill("All staff told by SMS to work from home.");
  await add.getByRole("button", { name: "Add to the log" }).click();
  await expect(committee.getByText("All staff told by SMS to work from home.")).toBeVisible();
  // A system back in service: the expected recovery then shows it back.
  await add.getByLabel("Kind").selectOption({ label: "Recovery progress" });
  await add.getByLabel("What was decided, done, told or restored").fill("Domain controller restored in the cloud and verified.");
  await add.getByLabel("System back in service (optional)").selectOption({ label: "DC01" });
  await add.getByRole("button", { name: "Add to the log" }).click();
  await expect(committee.getByText("Domain controller restored in the cloud and verified.")).toBeVisible();
  const dc01 = committee.getByRole("region", { name: "Recovery the plan expects" }).getByRole("listitem").filter({ has: committee.getByRole("heading", { name: "DC01" }) });
  await expect(dc01).toContainText(/Back in service/);
  await expect(dc01).toContainText("Reported back:");
  await expect(committee.getByTestId("recovery-summary")).toHaveText(/^7 systems affected: 1 back in service, /);
  // Or in one tap from the system's card, confirmed first (an entry cannot be taken back).
  await committee.getByRole("button", { name: "Report back in service: SQL01" }).click();
  const confirm = committee.getByRole("dialog", { name: "Report SQL01 back in service?" });
  await confirm.getByRole("button", { name: "Report back in service", exact: true }).click();
  await expect(committee.getByTestId("announcer")).toHaveText("Added to the log.");
  await expect(committee.getByTestId("recovery-summary")).toHaveText(/^7 systems affected: 2 back in service, /);
  await expect(committee.getByRole("button", { name: "Report back in service: SQL01" })).toHaveCount(0);

  const log = committee.getByRole("list", { name: "Incident log, oldest first" }).getByRole("listitem");
  await expect(log).toHaveCount(6);
  await expect(log.nth(0)).toContainText("Disruption began");
  await expect(log.nth(1)).toContainText("Declared");
  await expect(log.nth(2)).toContainText("Decision");
  await expect(log.nth(2)).toContainText("Invoke the cloud recovery site for ERP and WMS.");
  await expect(log.nth(3)).toContainText("Notification");
  await expect(log.nth(3)).toContainText("Recorded by Priya Shah");
  await expect(log.nth(4)).toContainText("Back in service: DC01");
  await expect(log.nth(5)).toContainText("SQL01 back in service.");
  await expectNoHorizontalScroll(committee);

  // Standing down asks first, and needs the review.
  const standDown = committee.getByRole("form", { name: "Stand down" });
  await standDown.getByLabel("Post-incident review").fill("ERP back in 5 hours, inside its RTO. The call list had one stale number.");
  await standDown.getByRole("button", { name: "Stand down…" }).click();
  const dialog = committee.getByRole("dialog", { name: "Stand down this incident?" });
  await dialog.getByRole("button", { name: "Stand down", exact: true }).click();
  await expect(committee.getByTestId("announcer")).toHaveText("Stood down. The log is closed; the review is kept with it.");
  await expect(committee.getByRole("heading", { level: 2, name: "Post-incident review" })).toBeVisible();
  await expect(committee.getByText("ERP back in 5 hours, inside its RTO. The call list had one stale number.")).toBeVisible();
  await expect(committee.getByRole("form", { name: "Add to the log" })).toHaveCount(0);
  await expect(committee.getByRole("form", { name: "Stand down" })).toHaveCount(0);

  // The executive, who declared it, was not told of the declaration, but is told of the stand-down,
  // and marks that read where it is listed.
  await executive.goto("/notifications");
  await expect(executive.getByRole("listitem").filter({ hasText: `Incident declared under “Bristol operations”: ${title} ` })).toHaveCount(0);
  const over = executive.getByRole("listitem").filter({ hasText: `Incident stood down under “Bristol operations”: ${title}, after ` });
  await expect(over.getByRole("link")).toHaveAttribute("href", new URL(incidentUrl).pathname);
  await expect(over).toContainText("New");
  await over.getByRole("button", { name: "Mark as read" }).click();
  await expect(over.getByRole("button", { name: "Mark as read" })).toHaveCount(0);
  await expect(over).not.toContainText("New");
  await expectNoHorizontalScroll(executive);

  // The auditor reads the list and the log, with the download, and has no form.
  const auditor = await phone(browser, USERS.auditor);
  await auditor.goto(`${planUrl}/incidents`);
  await expect(auditor.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(auditor.getByRole("form", { name: "Declare an incident" })).toHaveCount(0);
  await auditor.getByRole("link", { name: title, exact: true }).click();
  await expect(auditor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(auditor.getByRole("list", { name: "Incident log, oldest first" }).getByRole("listitem")).toHaveCount(7);
  await expect(auditor.getByRole("link", { name: "Download the log (CSV)" })).toBeVisible();
  await expect(auditor.getByRole("form", { name: "Add to the log" })).toHaveCount(0);
  await expect(auditor.getByRole("form", { name: "Stand down" })).toHaveCount(0);
  await expectNoHorizontalScroll(auditor);
});

test("an incident under the one-VM scenario finds the system that was lost among those it assesses alone", async ({ browser }) => {
  const title = unique("SQL01 disk failed");
  const committee = await phone(browser, USERS.committee);
  await committee.getByRole("link", { name: "Bristol operations", exact: true }).click();
  await committee.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Incidents", exact: true }).click();
  const declare = committee.getByRole("form", { name: "Declare an incident" });
  await declare.getByLabel("What happened").fill(title);
  await declare.getByLabel("Scenario of the plan (optional)").selectOption({ label: "One VM lost" });
  await declare.getByLabel("Their name, if not in the People register (optional)").fill("Duty manager");
  await declare.getByRole("button", { name: "Declare the incident" }).click();
  await expect(committee.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const recovery = committee.getByRole("region", { name: "Recovery the plan expects" });
  await expect(recovery.getByTestId("recovery-summary")).toHaveText("This scenario assesses each of the plan's 7 systems as if it alone were lost: find the one that is.");
  const search = recovery.getByRole("search", { name: "Find an affected system" });
  await search.getByLabel("System name contains").fill("sql");
  await search.getByRole("button", { name: "Find" }).click();
  const affected = committee.getByRole("list", { name: "Affected systems, in the order they are expected back" }).getByRole("listitem");
  await expect(affected).toHaveCount(1);
  await expect(affected.getByRole("heading", { name: "SQL01" })).toBeVisible();
  await search.getByLabel("System name contains").fill("nothing-like-it");
  await search.getByRole("button", { name: "Find" }).click();
  await expect(recovery.getByText("No affected system's name contains “nothing-like-it”.")).toBeVisible();

  // Stood down, so that no other spec finds the plan with an active incident.
  const standDown = committee.getByRole("form", { name: "Stand down" });
  await standDown.getByLabel("Post-incident review").fill("Restored from the night's backup.");
  await standDown.getByRole("button", { name: "Stand down…" }).click();
  await committee.getByRole("dialog", { name: "Stand down this incident?" }).getByRole("button", { name: "Stand down", exact: true }).click();
  await expect(committee.getByRole("heading", { level: 2, name: "Post-incident review" })).toBeVisible();
});

test("a declaration made in a hurry is corrected with a reason, which the log shows; the incident's report downloads as PDF", async ({ browser }) => {
  const title = unique("Warehouse roof leaking");
  const committee = await phone(browser, USERS.committee);
  await committee.getByRole("link", { name: "Bristol operations", exact: true }).click();
  await committee.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Incidents", exact: true }).click();
  const declare = committee.getByRole("form", { name: "Declare an incident" });
  await declare.getByLabel("What happened").fill(title);
  await declare.getByLabel("Their name, if not in the People register (optional)").fill("Duty manager");
  await declare.getByRole("button", { name: "Declare the incident" }).click();
  await expect(committee.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // The alarm log says the leak began 40 minutes before the declaration: corrected, with why.
  const began = new Date(Date.now() - 40 * 60_000).toISOString().slice(0, 16).replace("T", " ");
  await committee.locator("summary", { hasText: "Correct the declaration" }).click();
  const correct = committee.getByRole("form", { name: "Correct the declaration" });
  await correct.getByLabel("Disruption began at (optional)").fill(began);
  await correct.getByRole("button", { name: "Correct the declaration" }).click();
  // The reason is required: refused at its field, the time typed kept.
  await expect(correct.getByLabel("Reason for the correction")).toHaveAccessibleDescription(/Say why the declaration is corrected/);
  await expect(correct.getByLabel("Disruption began at (optional)")).toHaveValue(began);
  await correct.getByLabel("Reason for the correction").fill("The alarm log shows the leak 40 minutes earlier.");
  await correct.getByRole("button", { name: "Correct the declaration" }).click();
  await expect(correct.getByText("Declaration corrected. The log says what changed and why.")).toBeVisible();

  const log = committee.getByRole("list", { name: "Incident log, oldest first" }).getByRole("listitem");
  await expect(log.first()).toContainText("Disruption began");
  const correction = log.filter({ hasText: "Declaration corrected by Priya Shah" });
  await expect(correction).toContainText(`disruption began at the declaration → ${formatInstant(new Date(`${began.replace(" ", "T")}:00Z`))}`);
  await expect(correction).toContainText("(reason: The alarm log shows the leak 40 minutes earlier.)");
  await expectNoHorizontalScroll(committee);

  // The post-incident report, as a PDF.
  const [download] = await Promise.all([committee.waitForEvent("download"), committee.getByRole("link", { name: "Download incident report (PDF)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/-report-\d{4}-\d{2}-\d{2}\.pdf$/);
  const report = await committee.request.get(`${new URL(committee.url()).pathname}/report.pdf`);
  expect(report.status()).toBe(200);
  expect(report.headers()["content-type"]).toBe("application/pdf");
  // The list links each incident's report too.
  const incidentPath = new URL(committee.url()).pathname;
  await committee.goto(incidentPath.replace(/\/[^/]+$/, ""));
  await expect(committee.getByRole("link", { name: `Download report (PDF) of ${title}` })).toHaveAttribute("href", `${incidentPath}/report.pdf`);
  await committee.goto(incidentPath);

  // Stood down, so that no other spec finds the plan with an active incident.
  const standDown = committee.getByRole("form", { name: "Stand down" });
  await standDown.getByLabel("Post-incident review").fill("Roof patched; stock moved off the floor.");
  await standDown.getByRole("button", { name: "Stand down…" }).click();
  await committee.getByRole("dialog", { name: "Stand down this incident?" }).getByRole("button", { name: "Stand down", exact: true }).click();
  await expect(committee.getByRole("heading", { level: 2, name: "Post-incident review" })).toBeVisible();
});
