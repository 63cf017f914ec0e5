/**
 * Top management's review of the programme (ISO 22301 §9.3): the executive opens Management
 * reviews, sees the demo plan's state gathered as the review's inputs, is refused a next review
 * before the one held (nothing lost), records it, and reads the inputs frozen with it; the auditor
 * reads the same record, without a form to change it. The attendees are unique to the run, and the
 * next review is set a year away, so no other spec sees an overdue banner because of this one.
 */
import { expect, test } from "@playwright/test";
import { session, unique, USERS } from "./helpers";

test("an executive records a management review with its inputs frozen; an auditor reads it", async ({ browser }) => {
  test.setTimeout(90_000);
  const attendees = unique("Managing Director, Finance Director");
  const nextYear = `${new Date().getUTCFullYear() + 1}-06-30`;

  const executive = await session(browser, USERS.executive);
  await executive.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Management reviews" }).click();
  await expect(executive.getByRole("heading", { level: 1, name: "Management reviews" })).toBeVisible();
  await executive.getByRole("link", { name: "Record a review" }).click();
  // The inputs as they stand: the demo plan with its approval and its July incident.
  const inputs = executive.getByRole("region", { name: "Inputs" });
  await expect(inputs.getByRole("rowheader", { name: "Bristol operations" })).toBeVisible();

  const form = executive.getByRole("form", { name: "Record the review" });
  await form.getByLabel("Attendees").fill(attendees);
  await form.getByLabel("Decisions and actions (optional)").fill("Fund a second UPS.");
  await form.getByLabel("Next review due (optional)").fill("2000-01-01");
  await form.getByRole("button", { name: "Record review" }).click();
  await expect(form.getByText(/Next review due: after the day this review was held/).first()).toBeVisible();
  await expect(form.getByLabel("Attendees")).toHaveValue(attendees);

  await form.getByLabel("Next review due (optional)").fill(nextYear);
  await form.getByRole("button", { name: "Record review" }).click();
  await expect(executive.getByRole("heading", { level: 1, name: /^Management review of / })).toBeVisible();
  const frozen = executive.getByRole("region", { name: "Inputs considered" });
  await expect(frozen.getByRole("rowheader", { name: "Bristol operations" })).toBeVisible();
  await expect(executive.getByRole("form", { name: "Edit the record" })).toBeVisible();
  const reviewUrl = executive.url();

  const auditor = await session(browser, USERS.auditor);
  await auditor.goto("/reviews");
  await expect(auditor.getByRole("link", { name: "Record a review" })).toHaveCount(0);
  await auditor.goto(reviewUrl);
  await expect(auditor.getByRole("region", { name: "The record" }).getByText(attendees)).toBeVisible();
  await expect(auditor.getByRole("region", { name: "The record" }).getByText("Fund a second UPS.")).toBeVisible();
  await expect(auditor.getByRole("region", { name: "Inputs considered" }).getByRole("rowheader", { name: "Bristol operations" })).toBeVisible();
  await expect(auditor.getByRole("form", { name: "Edit the record" })).toHaveCount(0);
});
