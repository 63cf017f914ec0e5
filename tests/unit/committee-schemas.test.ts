import { describe, expect, it } from "vitest";
import { updateCommitmentSchema } from "@/lib/committee/schemas";

describe("the plan's commitment", () => {
  const base = { planId: "p", version: "1" };

  it("refuses an endorsement date without the sponsor who endorsed, at the sponsor field", () => {
    const result = updateCommitmentSchema.safeParse({ ...base, sponsorId: "", endorsedOn: "2026-02-10" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["sponsorId", "Sponsor: choose the sponsor who endorsed the plan, or clear the date."]]);
  });

  it("refuses an endorsement before 2000 or in the future, at the date, and takes 1 January 2000", () => {
    const issues = (endorsedOn: string) => updateCommitmentSchema.safeParse({ ...base, sponsorId: "s1", endorsedOn }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues("1901-01-01")).toEqual([["endorsedOn", "Endorsed on: 1901-01-01 is before 2000; enter the day top management endorsed this plan."]]);
    expect(issues("1999-12-31")).toEqual([["endorsedOn", "Endorsed on: 1999-12-31 is before 2000; enter the day top management endorsed this plan."]]);
    const dayAfterTomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(issues(dayAfterTomorrow)).toEqual([["endorsedOn", "Endorsed on: the date cannot be in the future."]]);
    expect(updateCommitmentSchema.parse({ ...base, sponsorId: "s1", endorsedOn: "2000-01-01" }).endorsedOn).toEqual(new Date("2000-01-01T00:00:00Z"));
  });

  it("takes a sponsor with or without a date, and neither", () => {
    expect(updateCommitmentSchema.parse({ ...base, sponsorId: "s1", endorsedOn: "2026-02-10" })).toMatchObject({ sponsorId: "s1", endorsedOn: new Date("2026-02-10T00:00:00Z") });
    expect(updateCommitmentSchema.parse({ ...base, sponsorId: "s1", endorsedOn: "" })).toMatchObject({ sponsorId: "s1", endorsedOn: null });
    expect(updateCommitmentSchema.parse({ ...base, sponsorId: "", endorsedOn: "" })).toMatchObject({ sponsorId: null, endorsedOn: null });
  });
});
