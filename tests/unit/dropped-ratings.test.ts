import { describe, expect, it } from "vitest";
import { describeDroppedRatings, droppedRatings } from "@/lib/settings/dropped-ratings";

describe("droppedRatings", () => {
  it("counts ratings at removed lengths and the functions holding them, ignoring malformed grids", () => {
    const grids = [{ financial: { "60": "minor", "1440": "major" } }, { customer: { "1440": "none", "4320": "severe" } }, { operational: { "60": "minor" } }, null, "x", { financial: 3 }];
    const shown = ["financial", "operational", "customer"];
    expect(droppedRatings(grids, [1440, 4320, 10080], shown)).toEqual({
      lengths: [
        { minutes: 1440, ratings: 2 },
        { minutes: 4320, ratings: 1 },
      ],
      ratings: 3,
      functions: 2,
    });
    expect(droppedRatings(grids, [20160], shown)).toEqual({ lengths: [], ratings: 0, functions: 0 });
  });

  it("counts nothing in a removed category, whose ratings are kept whole", () => {
    const grids = [{ financial: { "1440": "major" }, customer: { "1440": "minor" } }, { customer: { "1440": "severe" } }];
    expect(droppedRatings(grids, [1440], ["financial"])).toEqual({ lengths: [{ minutes: 1440, ratings: 1 }], ratings: 1, functions: 1 });
  });

  it("names one length in the singular", () => {
    expect(describeDroppedRatings({ lengths: [{ minutes: 60, ratings: 1 }], ratings: 1, functions: 1 })).toMatch(/^Removing 1 h \(1 rating\) drops 1 impact rating in 1 function:/);
  });
});
