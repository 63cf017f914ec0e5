import { describe, expect, it } from "vitest";
import { unsoundTargetsTodo } from "@/lib/bia/target-checks";

const fn = (name: string, mtdMinutes: number | null, rtoMinutes: number | null, wrtMinutes: number | null = null) => ({ name, mtdMinutes, rtoMinutes, wrtMinutes });

describe("what the BIA stage lacks for unsound targets", () => {
  it("names a function whose RTO + WRT exceeds its MTD, even saved with a reason", () => {
    // MTD 1 h, RTO 45 min, WRT 30 min: RTO + WRT is 1 h 15 min.
    expect(unsoundTargetsTodo([fn("Temperature monitoring", 60, 45, 30), fn("Dispatch", 480, 240, 30)])).toEqual([
      "Make 1 function's RTO + WRT fit in its MTD: Temperature monitoring.",
    ]);
  });

  it("says an RTO not shorter than the MTD apart, and names at most five functions of each", () => {
    const over = ["A", "B", "C", "D", "E", "F", "G"].map((name) => fn(name, 60, 45, 30));
    expect(unsoundTargetsTodo([fn("Payroll", 240, 240), fn("Sign-in", 120, 180, 0), ...over])).toEqual([
      "Make 2 functions' RTO shorter than their MTD: Payroll and Sign-in.",
      "Make 7 functions' RTO + WRT fit in their MTD: A, B, C, D, E and 2 more.",
    ]);
  });

  it("asks nothing of sound targets or of targets not yet set", () => {
    // RTO + WRT exactly the MTD fits it.
    expect(unsoundTargetsTodo([fn("Invoicing", 1440, 480, 60), fn("Exact fit", 60, 30, 30), fn("Dispatch", null, 60, 30), fn("Stock", 60, null, 30)])).toEqual([]);
  });
});
