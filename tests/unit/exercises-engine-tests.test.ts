import { describe, expect, it } from "vitest";
import { toEngineTests } from "@/lib/exercises/engine-tests";

describe("measurements as the engine's tests", () => {
  it("maps each measured restore to a test entry, oldest first, with usedGB only when known", () => {
    const tests = toEngineTests([
      { systemId: "file01", locationKey: "usb", restoreMinutes: 310, usedGB: null, conductedOn: new Date("2026-09-22T00:00:00Z") },
      { systemId: "sql01", locationKey: "nas", restoreMinutes: 150, usedGB: 500, conductedOn: new Date("2026-09-22T00:00:00Z") },
      { systemId: "sql01", locationKey: "nas", restoreMinutes: 170, usedGB: 480, conductedOn: new Date("2026-03-18T00:00:00Z") },
    ]);
    expect(tests).toEqual([
      { system: "sql01", location: "nas", date: "2026-03-18T00:00:00.000Z", restoreMinutes: 170, usedGB: 480 },
      { system: "file01", location: "usb", date: "2026-09-22T00:00:00.000Z", restoreMinutes: 310 },
      { system: "sql01", location: "nas", date: "2026-09-22T00:00:00.000Z", restoreMinutes: 150, usedGB: 500 },
    ]);
  });
});
