import { describe, expect, it } from "vitest";
import { can, ROLES } from "@/lib/auth/permissions";
import { readinessExports } from "@/lib/recovery/readiness-exports";

describe("the readiness page's exports", () => {
  it("offers the readiness CSV and the way to a PDF report, as the Reports page does", () => {
    expect(readinessExports({ planId: "p1", role: "auditor" })).toEqual([
      { label: "Download readiness CSV", href: "/plans/p1/reports/readiness.csv", download: true },
      { label: "Make a PDF report", href: "/plans/p1/reports", download: false },
    ]);
  });

  it("offers them to exactly the roles the permission table lets export", () => {
    for (const role of ROLES) expect(readinessExports({ planId: "p1", role }).length > 0, role).toBe(can(role, "plan:export"));
  });
});
