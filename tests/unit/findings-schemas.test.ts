import { describe, expect, it } from "vitest";
import { checkInput } from "@/lib/validation";
import { createFindingSchema, heldToTest, updateFindingSchema } from "@/lib/findings/schemas";

const test = { conductedOn: new Date("2026-11-25T00:00:00Z") };
const finding = { planId: "plan-1", exerciseId: "test-1", description: "Alarm relay not in the runbook", severity: "high", ownerId: "person-1", dueOn: "2026-12-15" };
const edit = { ...finding, findingId: "finding-1", status: "in_progress", version: "1" };
const early = "Due date: on or after the test's date, 25 Nov 2026.";

describe("a finding held to its test", () => {
  it("reports a missing owner and a due date before the test's date in the same pass, on the add and edit forms alike", () => {
    for (const [schema, input] of [
      [heldToTest(createFindingSchema, test), finding],
      [heldToTest(updateFindingSchema, test), edit],
    ] as const) {
      expect(checkInput(schema, { ...input, ownerId: "", dueOn: "2020-01-01" })).toEqual({
        success: false,
        fieldErrors: { ownerId: "Owner: choose who will fix it.", dueOn: early },
      });
    }
  });

  it("takes a due date on the test's own day, and leaves a due date that did not parse to its own message", () => {
    expect(checkInput(heldToTest(createFindingSchema, test), { ...finding, dueOn: "2026-11-25" })).toMatchObject({ success: true });
    expect(checkInput(heldToTest(createFindingSchema, test), { ...finding, ownerId: "", dueOn: "" })).toEqual({
      success: false,
      fieldErrors: { ownerId: "Owner: choose who will fix it.", dueOn: "Due date: enter the date by which it is to be fixed." },
    });
  });

  it("bounds no due date for a finding of no test", () => {
    expect(checkInput(heldToTest(createFindingSchema, null), { ...finding, exerciseId: "", dueOn: "2020-01-01" })).toMatchObject({ success: true });
  });
});
