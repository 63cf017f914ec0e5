import { describe, expect, it } from "vitest";
import { citedRefusal, citingTestText } from "@/lib/exercises/citing-words";
import { formatDay } from "@/lib/days";

const sep22 = new Date("2026-09-22T00:00:00Z");
const nov12 = new Date("2026-11-12T00:00:00Z");
const simulation = { id: "t1", title: "SQL01 restore simulation", conductedOn: sep22, measuredRestores: 2 };
const tabletop = { id: "t2", title: "Ransomware tabletop", conductedOn: nov12, measuredRestores: 0 };

describe("the refusal to delete what a test names", () => {
  it("names a test by title and day, with its measured restores of the record when there are any", () => {
    expect(citingTestText(simulation)).toBe(`“SQL01 restore simulation” (${formatDay(sep22)}, 2 measured restores)`);
    expect(citingTestText(tabletop)).toBe(`“Ransomware tabletop” (${formatDay(nov12)})`);
  });

  it("names every test and says where to remove the record, for one test or several", () => {
    expect(citedRefusal({ kind: "scenario", name: "“Ransomware”", tests: [tabletop] })).toBe(
      `“Ransomware” cannot be deleted: the test “Ransomware tabletop” (${formatDay(nov12)}) records it, and a recorded test is kept as it was. ` +
        "If it should no longer name “Ransomware”, remove “Ransomware” from the test's scope first.",
    );
    expect(citedRefusal({ kind: "system", name: "SQL01", tests: [simulation, tabletop] })).toBe(
      `SQL01 cannot be deleted: the tests “SQL01 restore simulation” (${formatDay(sep22)}, 2 measured restores) and “Ransomware tabletop” (${formatDay(nov12)}) record it, ` +
        "and a recorded test is kept as it was. If they should no longer name SQL01, remove SQL01 from those tests' measured restores and scope first.",
    );
  });

  it("says nothing when no test names the record", () => {
    expect(citedRefusal({ kind: "function", name: "Payroll", tests: [] })).toBe("");
  });
});
