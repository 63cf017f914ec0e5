import { describe, expect, it } from "vitest";
import { checkInput } from "@/lib/validation";
import { setReviewCadenceSchema } from "@/lib/versions/schemas";
import { actionText } from "@/lib/audit/audit-display";

const cadence = (reviewCadenceDays: unknown) => checkInput(setReviewCadenceSchema, { planId: "plan-1", reviewCadenceDays, version: "1" });

describe("the review cadence's field", () => {
  it("reads days, weeks or a year, from a month to two years, and names the field when refused", () => {
    expect(cadence("180")).toMatchObject({ data: { reviewCadenceDays: 180 } });
    expect(cadence("1y")).toMatchObject({ data: { reviewCadenceDays: 365 } });
    expect(cadence("26w")).toMatchObject({ data: { reviewCadenceDays: 182 } });
    expect(cadence("30")).toMatchObject({ data: { reviewCadenceDays: 30 } });
    expect(cadence("730")).toMatchObject({ data: { reviewCadenceDays: 730 } });
    expect(cadence("29")).toEqual({ success: false, fieldErrors: { reviewCadenceDays: "Review the plan every (days): enter at least 30 days." } });
    expect(cadence("3y")).toEqual({ success: false, fieldErrors: { reviewCadenceDays: "Review the plan every (days): enter at most 730 days." } });
    for (const typed of ["731", "0", "", "soon", "1.5"]) {
      const refused = cadence(typed);
      expect(refused.success, typed).toBe(false);
      expect(refused.success ? "" : refused.fieldErrors.reviewCadenceDays, typed).toMatch(/^Review the plan every \(days\): /);
    }
  });
});

describe("the audit log's words for it", () => {
  it("says what changed", () => {
    expect(actionText("plan.review_cadence_changed")).toBe("Review cadence changed");
  });
});
