import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { overallCompleteness, STAGES, stageStatuses } from "@/lib/plans/stages";
import { PLAN_PAGES } from "@/lib/plans/plan-nav";
import { StageList } from "@/components/plans/stage-list";

describe("plan stages", () => {
  it("clamps each stage to 0–100 and averages them", () => {
    const stages = stageStatuses({ committee: 100, risks: 150, bia: -5, tests: 49.6 });
    expect(stages.map((s) => s.completeness)).toEqual([100, 100, 0, 0, 0, 0, 0, 50, 0]);
    expect(overallCompleteness(stages)).toBe(28);
  });

  it("carries a stage's note, when its feature gives one", () => {
    const stages = stageStatuses({ approval: 50 }, { approval: "Version 1 awaits approval; no version has been approved yet." });
    expect(stages.find((s) => s.key === "approval")?.note).toBe("Version 1 awaits approval; no version has been approved yet.");
    expect(stages.find((s) => s.key === "tests")?.note).toBeNull();
  });

  it("follows the plan's tabs, every tab of the cycle belonging to one stage", () => {
    const cycle = PLAN_PAGES.map((page) => page.segment).filter((segment) => segment !== null && segment !== "reports" && segment !== "incidents");
    expect(STAGES.flatMap((stage) => stage.tabs)).toEqual(cycle);
  });
});

describe("the stages on the overview", () => {
  const html = renderToStaticMarkup(createElement(StageList, { planId: "p1", stages: stageStatuses({}) }));
  const cards = [...html.matchAll(/<li [^>]*data-stage="(\w+)">(.*?)<\/li>/g)];

  it("numbers the stages in the order of the tabs: the written plan fifth, tests eighth", () => {
    const numbered = cards.map((card) => card[2].match(/<span class="text-slate-500">(\d+)\.<\/span> <a [^>]*>([^<]+)<\/a>/)!.slice(1).join(". "));
    expect(numbered).toEqual([
      "1. Committee and emergency response team",
      "2. Risk assessment",
      "3. Business impact analysis",
      "4. Priorities",
      "5. Written plan",
      "6. Data-collection inventories",
      "7. Recovery planning",
      "8. Tests and exercises",
      "9. Executive approval",
    ]);
  });

  it("links each stage to its tabs by the names the tab bar gives them, the systems register with the impact analysis", () => {
    const tabs = Object.fromEntries(
      cards.map((card) => [
        card[1],
        [...card[2].matchAll(/<a [^>]*aria-label="([^"]+)"[^>]*>/g)].map((link) => `${link[1].replace("&amp;", "&")} → ${link[0].match(/href="([^"]+)"/)![1]}`),
      ]),
    );
    expect(tabs.bia).toEqual(["Impact analysis tab → /plans/p1/bia", "Systems tab → /plans/p1/systems"]);
    expect(tabs.sections).toEqual(["Written plan tab → /plans/p1/sections"]);
    expect(tabs.recovery).toEqual(["Recovery tab → /plans/p1/recovery"]);
    expect(tabs.committee).toEqual(["Committee & ERT tab → /plans/p1/committee"]);
    expect(html).toContain("Tabs: ");
  });
});

describe("a stage at 0%", () => {
  const card = (stages: ReturnType<typeof stageStatuses>, key: string) =>
    renderToStaticMarkup(createElement(StageList, { planId: "p1", stages })).match(new RegExp(`<li [^>]*data-stage="${key}">(.*?)</li>`))![1];

  it("shows its empty state when nothing is recorded (its feature lists nothing)", () => {
    const html = card(stageStatuses({}), "inventories");
    expect(html).toContain("No inventory registers filled in yet.");
    expect(html).not.toContain("Still to do");
  });

  it("lists what it lacks instead when something is recorded but nothing counts yet", () => {
    const stages = stageStatuses({ inventories: 0 }, {}, { inventories: ["Review 2 registers not reviewed within the review period."] });
    const html = card(stages, "inventories");
    expect(html).toContain('aria-label="Still to do: Data-collection inventories"');
    expect(html).toContain("Review 2 registers not reviewed within the review period.");
    expect(html).not.toContain("No inventory registers filled in yet.");
  });

  it("drops the list once complete", () => {
    expect(stageStatuses({ committee: 100 }, {}, { committee: ["Name a chair of the committee."] })[0].todo).toEqual([]);
  });
});
