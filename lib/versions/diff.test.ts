import { describe, expect, it } from "vitest";
import { diffSnapshots } from "./diff";

const base = {
  plan: { id: "p", name: "Bristol", description: "" },
  risks: { threats: [{ id: "t1", title: "Flood", likelihood: 2 }, { id: "t2", title: "Fire", likelihood: 1 }], scenarios: [] },
  committee: { members: [{ id: "m1", role: "chair", person: { id: "x", name: "Priya Shah" } }], ertRoles: [] },
};

describe("snapshot diff", () => {
  it("reports added, removed and changed records per stage with the changed fields", () => {
    const next = {
      ...base,
      plan: { id: "p", name: "Bristol operations", description: "" },
      risks: { threats: [{ id: "t1", title: "Flood", likelihood: 4 }, { id: "t3", title: "Ransomware", likelihood: 3 }], scenarios: [] },
    };
    expect(diffSnapshots(base, next)).toEqual([
      { stage: "Plan", title: "Plan details", added: [], removed: [], changed: [{ id: "p", label: "Bristol operations", fields: ["name"] }] },
      {
        stage: "Risk assessment",
        title: "Threats",
        added: [{ id: "t3", label: "Ransomware" }],
        removed: [{ id: "t2", label: "Fire" }],
        changed: [{ id: "t1", label: "Flood", fields: ["likelihood"] }],
      },
    ]);
  });

  it("treats everything as added when there is no earlier version, and nothing when equal", () => {
    const first = diffSnapshots(null, base);
    expect(first.map((d) => [d.title, d.added.map((a) => a.label)])).toEqual([
      ["Plan details", ["Bristol"]],
      ["Committee members", ["Priya Shah"]],
      ["Threats", ["Flood", "Fire"]],
    ]);
    expect(diffSnapshots(base, structuredClone(base))).toEqual([]);
  });
});
