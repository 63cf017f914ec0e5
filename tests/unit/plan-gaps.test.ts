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
        { title: "Business impact analysis", completeness: 0, why: "Set the MTD, RTO and RPO of 2 functions and link each to the IT systems it needs." },
        { title: "Tests and exercises", completeness: 0, why: "The last test failed." },
        { title: "Data-collection inventories", completeness: 20, why: "Fill in 14 empty registers." },
      ],
      recoveryOutcome: null,
    });
    // At 0% with functions recorded the stage says what they lack; with nothing recorded (no list) its empty state.
    expect(planGaps(stageStatuses({ bia: 0 })).gaps[0]).toEqual({ title: "Committee and emergency response team", completeness: 0, why: "No committee members or response team recorded yet." });
    // A partly done stage without a list says so.
    const partly = stageStatuses({ committee: 100, risks: 60, bia: 100, priorities: 100, inventories: 100, recovery: 100, tests: 100, sections: 100 });
    expect(planGaps(partly).gaps).toEqual([{ title: "Risk assessment", completeness: 60, why: "Partly filled in." }]);
  });

  it("has no gaps when every content stage is complete, approved or not", () => {
    const full = stageStatuses({ committee: 100, risks: 100, bia: 100, priorities: 100, inventories: 100, recovery: 100, tests: 100, sections: 100 });
    expect(planGaps(full)).toEqual({ contentCompleteness: 100, gaps: [], recoveryOutcome: null });
    // The written plan counts: everything else complete and no narrative is a gap.
    const unwritten = stageStatuses({ committee: 100, risks: 100, bia: 100, priorities: 100, inventories: 100, recovery: 100, tests: 100, sections: 0 });
    expect(planGaps(unwritten).gaps).toEqual([{ title: "Written plan", completeness: 0, why: "No section of the written plan has been written yet." }]);
  });

  it("says whether the business could recover beside the recovery stage's figure, listed among the gaps or not", () => {
    const outcome = "0 of 1 systems meet their RPO and RTO in every scenario; 2 functions exceed their MTD in at least one scenario.";
    const stages = stageStatuses(
      { committee: 0, risks: 0, bia: 0, priorities: 100, inventories: 100, recovery: 84, tests: 100, sections: 100 },
      {},
      { recovery: ["Make 1 system meet its RPO and RTO in every scenario."] },
      { recovery: outcome },
    );
    const recovery = stages.find((s) => s.key === "recovery");
    expect(recovery).toMatchObject({ title: "Recovery planning", completeness: 84, outcome });
    // Three weaker stages fill the gaps: the outcome is still said.
    expect(planGaps(stages).gaps.map((g) => g.title)).not.toContain("Recovery planning");
    expect(planGaps(stages).recoveryOutcome).toBe(outcome);
    expect(planGaps(stages, 4).gaps.at(-1)).toEqual({ title: "Recovery planning", completeness: 84, why: "Make 1 system meet its RPO and RTO in every scenario." });
  });
});
