import { describe, expect, it } from "vitest";
import { stageStatuses } from "@/lib/plans/stages";
import { planGaps } from "@/lib/plans/plan-gaps";

describe("a plan's gaps", () => {
  it("averages the content stages without approval and names the three weakest with what they lack", () => {
    const stages = stageStatuses(
      { committee: 100, risks: 60, bia: 0, priorities: 100, inventories: 20, recovery: 100, tests: 0, sections: 100, approval: 0 },
      { tests: "The last test failed." },
      { inventories: ["Fill in 14 empty registers."], bia: ["Set the MTD, RTO and RPO of 2 functions and link each to the IT systems it needs."] },
    );
    expect(planGaps(stages)).toEqual({
      contentCompleteness: 60,
      gaps: [
        { title: "Business impact analysis", completeness: 0, why: "No business functions analysed yet." },
        { title: "Tests and exercises", completeness: 0, why: "The last test failed." },
        { title: "Data-collection inventories", completeness: 20, why: "Fill in 14 empty registers." },
      ],
    });
    // A stage not started shows its empty state, not a to-do list; a partly done one without a list says so.
    expect(stages.find((s) => s.key === "bia")?.todo).toEqual([]);
    const partly = stageStatuses({ committee: 100, risks: 60, bia: 100, priorities: 100, inventories: 100, recovery: 100, tests: 100, sections: 100 });
    expect(planGaps(partly).gaps).toEqual([{ title: "Risk assessment", completeness: 60, why: "Partly filled in." }]);
  });

  it("has no gaps when every content stage is complete, approved or not", () => {
    const full = stageStatuses({ committee: 100, risks: 100, bia: 100, priorities: 100, inventories: 100, recovery: 100, tests: 100, sections: 100 });
    expect(planGaps(full)).toEqual({ contentCompleteness: 100, gaps: [] });
    // The written plan counts: everything else complete and no narrative is a gap.
    const unwritten = stageStatuses({ committee: 100, risks: 100, bia: 100, priorities: 100, inventories: 100, recovery: 100, tests: 100, sections: 0 });
    expect(planGaps(unwritten).gaps).toEqual([{ title: "Written plan", completeness: 0, why: "No section of the written plan has been written yet." }]);
  });
});
