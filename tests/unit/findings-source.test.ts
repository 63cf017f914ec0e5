import { describe, expect, it } from "vitest";
import { findingSourceCell, findingSourceHref, findingSourceText } from "@/lib/findings/finding-source";

const test = { id: "test-1", title: "Restore test of the ERP" };
const incident = { id: "incident-1", title: "Head office flooded" };

describe("where a finding came from", () => {
  it("names its test, or its incident as a corrective action, after its description", () => {
    expect(findingSourceText({ exercise: test, incident: null })).toBe("from “Restore test of the ERP”");
    expect(findingSourceText({ exercise: null, incident })).toBe("from incident “Head office flooded”");
    expect(findingSourceText({ exercise: null, incident: null })).toBeNull();
  });

  it("links the page where it is edited and closed: its test's, its incident's, else the plan's tests", () => {
    expect(findingSourceHref("plan-1", { exerciseId: "test-1", incidentId: null })).toBe("/plans/plan-1/tests/test-1");
    expect(findingSourceHref("plan-1", { exerciseId: null, incidentId: "incident-1" })).toBe("/plans/plan-1/incidents/incident-1#corrective-actions-heading");
    expect(findingSourceHref("plan-1", {})).toBe("/plans/plan-1/tests");
  });

  it("fills the PDF's From column, a version frozen before incidents included", () => {
    expect(findingSourceCell({ exercise: test })).toBe("Restore test of the ERP");
    expect(findingSourceCell({ exercise: null, incident })).toBe("Incident: Head office flooded");
    expect(findingSourceCell({ exercise: null })).toBe("—");
  });
});
