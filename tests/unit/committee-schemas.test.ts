import { describe, expect, it } from "vitest";
import { updateCommitmentSchema } from "@/lib/committee/schemas";

describe("the plan's commitment", () => {
  const base = { planId: "p", version: "1" };

  it("refuses an endorsement date without the sponsor who endorsed, at the sponsor field", () => {
    const result = updateCommitmentSchema.safeParse({ ...base, sponsorId: "", endorsedOn: "2026-02-10" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["sponsorId", "Choose the sponsor who endorsed the plan, or clear the date."]]);
  });

  it("takes a sponsor with or without a date, and neither", () => {
    expect(updateCommitmentSchema.parse({ ...base, sponsorId: "s1", endorsedOn: "2026-02-10" })).toMatchObject({ sponsorId: "s1", endorsedOn: new Date("2026-02-10T00:00:00Z") });
    expect(updateCommitmentSchema.parse({ ...base, sponsorId: "s1", endorsedOn: "" })).toMatchObject({ sponsorId: "s1", endorsedOn: null });
    expect(updateCommitmentSchema.parse({ ...base, sponsorId: "", endorsedOn: "" })).toMatchObject({ sponsorId: null, endorsedOn: null });
  });
});
