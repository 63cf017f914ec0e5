import { describe, expect, it } from "vitest";
import { baseModel, run } from "./helpers";

describe("current restore-point age", () => {
  // Now is 2 June 00:00; every system's RPO target is 60 min.
  const point = (system: string, minutesAgo: number, usableMinutesAgo = minutesAgo) => ({
    system,
    location: "nas",
    pointInTime: new Date(Date.parse("2025-06-02T00:00:00Z") - minutesAgo * 60_000).toISOString(),
    usableAt: new Date(Date.parse("2025-06-02T00:00:00Z") - usableMinutesAgo * 60_000).toISOString(),
  });
  const ids = ["at60", "at61", "at120", "at121", "at240", "at241", "future", "none", "untargeted"];
  const a = run(
    baseModel({
      systems: ids.map((id) => ({ id, host: "hv1", ...(id === "untargeted" ? {} : { rpoMinutes: 60 }) })),
      restorePoints: [
        point("at60", 60),
        point("at60", 500), // an older point does not matter
        point("at61", 61),
        point("at120", 120),
        point("at121", 121),
        point("at240", 240),
        point("at241", 241),
        point("future", 30, -5), // written 30 min ago, usable only in 5 min: not yet evidence
        point("untargeted", 10),
      ],
    }),
  );

  it("bands the age of the newest usable observed point by age / RPO", () => {
    expect(a.systems).toEqual([
      { id: "at120", currentAge: { minutes: 120, status: "exceeded" } }, // <= 2x
      { id: "at121", currentAge: { minutes: 121, status: "severe" } },
      { id: "at240", currentAge: { minutes: 240, status: "severe" } }, // <= 4x
      { id: "at241", currentAge: { minutes: 241, status: "critical" } },
      { id: "at60", currentAge: { minutes: 60, status: "compliant" } }, // <= 1x
      { id: "at61", currentAge: { minutes: 61, status: "exceeded" } },
      { id: "future", currentAge: { minutes: null, status: "no-evidence" } },
      { id: "none", currentAge: { minutes: null, status: "no-evidence" } },
      { id: "untargeted", currentAge: { minutes: 10, status: "no-target" } },
    ]);
  });

  it("reports ages beyond the target (a warning while within 2x) and missing evidence", () => {
    const age = a.findings.filter((f) => f.code === "AGE_EXCEEDED").map((f) => [f.system, f.severity]);
    expect(age).toEqual([
      ["at120", "warning"],
      ["at121", "error"],
      ["at240", "error"],
      ["at241", "error"],
      ["at61", "warning"],
    ]);
    expect(a.findings.filter((f) => f.code === "NO_EVIDENCE").map((f) => f.system)).toEqual(["future", "none"]);
    expect(a.findings.find((f) => f.system === "at241" && f.code === "AGE_EXCEEDED")?.message).toBe(
      "The newest restore point of at241 is 4 h 1 min old, beyond its RPO of 1 h (critical); check that its backup job runs and succeeds.",
    );
  });

  it("warns about missing targets", () => {
    expect(a.findings.find((f) => f.code === "NO_TARGET" && f.system === "untargeted")?.message).toBe(
      "untargeted has no RPO or RTO target, so nothing can be checked against it; set them from the business impact analysis (the tightest target of the processes it supports).",
    );
  });
});
