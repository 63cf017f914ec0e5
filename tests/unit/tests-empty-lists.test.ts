import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { testSchedule } from "@/lib/exercises/schedule";
import { ScenarioScheduleTable } from "@/components/exercises/schedule-summary";
import { ExerciseForm } from "@/components/exercises/exercise-form";

const scenarioTable = (canEdit: boolean) =>
  renderToStaticMarkup(
    createElement(ScenarioScheduleTable, { schedule: testSchedule({ cadenceDays: 365, exercises: [], scenarios: [], now: new Date("2026-11-28T12:00:00Z") }), planId: "p1", canEdit }),
  );

// A new plan's Tests page, before anyone has described a disaster scenario.
describe("the Tests page's scenarios of a plan with none", () => {
  it("sends a member who may edit the plan to Risks & scenarios", () => {
    expect(scenarioTable(true)).toContain(
      'No disaster scenarios in this plan yet: add them under <a class="text-blue-700 underline" href="/plans/p1/risks">Risks &amp; scenarios</a>, then cover each one in a test.',
    );
  });

  it("tells an executive or an auditor, who cannot add one, only that there are none", () => {
    const html = scenarioTable(false);
    expect(html).toContain("No disaster scenarios in this plan yet.</p>");
    expect(html).not.toContain("add them");
    expect(html).not.toContain("<a");
  });
});

const participants = (canAddPeople: boolean) =>
  renderToStaticMarkup(
    createElement(ExerciseForm, {
      action: async () => ({ status: "idle" }) as never,
      planId: "p1",
      options: { functions: [], systems: [], scenarios: [], people: [] },
      today: "2026-11-28",
      canAddPeople,
    }),
  );

// An organisation's first test, recorded before anyone is in its register of people: people are
// added on the People page, not on Committee & ERT, which picks them from there.
describe("a test's participants when the register of people is empty", () => {
  it("sends a member who may add people to the People page", () => {
    expect(participants(true)).toContain('No people in the register yet: add them on the <a class="text-blue-700 underline" href="/people">People page</a>.');
  });

  it("names the People page, without a link, to a member who may not add people", () => {
    const html = participants(false);
    expect(html).toContain("No people in the register yet. The committee adds them on the People page.");
    expect(html).not.toContain('href="/people"');
    expect(html).not.toContain("Committee &amp; ERT");
  });
});
