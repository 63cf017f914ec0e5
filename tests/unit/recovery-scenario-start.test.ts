import { describe, expect, it } from "vitest";
import { scenarioStartWords } from "@/lib/recovery/dashboard/scenario-start";

describe("when recovery begins in a scenario, as its page's header says it", () => {
  it("tells the declaration apart from the restores, which wait for the standby host", () => {
    // The reviewer's site loss: declared after 30 min, every restore waits for a host ready at 1 h.
    expect(scenarioStartWords({ declareMinutes: 30, containmentMinutes: 0, restoreStarts: [60, 60, null] })).toEqual(["declared 30 min after the disaster", "restores start at 1 h"]);
    // Some restores start later (a copy to retrieve): the earliest, said to be the earliest.
    expect(scenarioStartWords({ declareMinutes: 30, containmentMinutes: 0, restoreStarts: [75, 60] })).toEqual(["declared 30 min after the disaster", "restores start from 1 h (the earliest restore start)"]);
  });

  it("names the containment of an attack beside the declaration", () => {
    expect(scenarioStartWords({ declareMinutes: 30, containmentMinutes: 240, restoreStarts: [240] })).toEqual(["declared 30 min and contained 4 h after the disaster", "restores start at 4 h"]);
    expect(scenarioStartWords({ declareMinutes: 0, containmentMinutes: 240 })).toEqual(["declared at once, contained 4 h after the disaster"]);
  });

  it("says only the declaration when nothing was assessed or no restore starts", () => {
    expect(scenarioStartWords({ declareMinutes: 0, containmentMinutes: 0 })).toEqual(["declared at once"]);
    expect(scenarioStartWords({ declareMinutes: 30, containmentMinutes: 0, restoreStarts: [null] })).toEqual(["declared 30 min after the disaster"]);
  });
});
