import { describe, expect, it } from "vitest";
import { checkInput } from "@/lib/validation";
import { createFindingSchema, dueHint, findingSourceSchema, heldToSource, incidentBound, testBound, updateFindingSchema } from "@/lib/findings/schemas";

const test = testBound({ conductedOn: new Date("2026-11-25T00:00:00Z") });
const finding = { planId: "plan-1", exerciseId: "test-1", description: "Alarm relay not in the runbook", severity: "high", ownerId: "person-1", dueOn: "2026-12-15" };
const edit = { ...finding, findingId: "finding-1", status: "in_progress", version: "1" };
const early = "Due date: on or after the test's date, 25 Nov 2026.";

describe("a finding held to its test", () => {
  it("reports a missing owner and a due date before the test's date in the same pass, on the add and edit forms alike", () => {
    for (const [schema, input] of [
      [heldToSource(createFindingSchema, test), finding],
      [heldToSource(updateFindingSchema, test), edit],
    ] as const) {
      expect(checkInput(schema, { ...input, ownerId: "", dueOn: "2020-01-01" })).toEqual({
        success: false,
        fieldErrors: { ownerId: "Owner: choose who will fix it.", dueOn: early },
      });
    }
  });

  it("takes a due date on the test's own day, and leaves a due date that did not parse to its own message", () => {
    expect(checkInput(heldToSource(createFindingSchema, test), { ...finding, dueOn: "2026-11-25" })).toMatchObject({ success: true });
    expect(checkInput(heldToSource(createFindingSchema, test), { ...finding, ownerId: "", dueOn: "" })).toEqual({
      success: false,
      fieldErrors: { ownerId: "Owner: choose who will fix it.", dueOn: "Due date: enter the date by which it is to be fixed." },
    });
  });

  it("bounds no due date for a finding of no test", () => {
    expect(checkInput(heldToSource(createFindingSchema, null), { ...finding, exerciseId: "", dueOn: "2020-01-01" })).toMatchObject({ success: true });
  });
});

describe("a corrective action held to its incident", () => {
  // Declared late in the evening: the day is the declaration's in UTC, whatever the hour.
  const incident = incidentBound({ declaredAt: new Date("2026-12-04T23:10:00Z") });
  const action = { planId: "plan-1", incidentId: "incident-1", description: "Move the servers upstairs", severity: "high", ownerId: "person-1", dueOn: "2026-12-04" };

  it("may be due on the day the incident was declared, not before", () => {
    expect(checkInput(heldToSource(createFindingSchema, incident), action)).toMatchObject({ success: true });
    expect(checkInput(heldToSource(createFindingSchema, incident), { ...action, dueOn: "2026-12-03" })).toEqual({
      success: false,
      fieldErrors: { dueOn: "Due date: on or after the day the incident was declared, 4 Dec 2026." },
    });
  });

  it("says the bound in the due date's hint, for a test and an incident alike", () => {
    expect(dueHint(test)).toBe("On or after the test's date, 25 Nov 2026.");
    expect(dueHint(incident)).toBe("On or after the day the incident was declared, 4 Dec 2026.");
  });

  it("comes from a test or an incident, never both", () => {
    expect(checkInput(findingSourceSchema, { planId: "plan-1", exerciseId: "test-1", incidentId: "incident-1" })).toEqual({
      success: false,
      fieldErrors: { incidentId: "A finding comes from a test or from an incident, not both." },
    });
    expect(checkInput(findingSourceSchema, { planId: "plan-1", exerciseId: "", incidentId: "incident-1" })).toMatchObject({ success: true });
  });
});
