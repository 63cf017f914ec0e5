import { afterEach, describe, expect, it, vi } from "vitest";
import { createExerciseSchema } from "@/lib/exercises/schemas";

const test = { planId: "p", type: "walkthrough", title: "Ransomware tabletop", result: "passed" };
const dateIssues = (conductedOn: string) =>
  createExerciseSchema.safeParse({ ...test, conductedOn }).error?.issues.filter((i) => i.path[0] === "conductedOn").map((i) => i.message) ?? [];

describe("the date a test took place", () => {
  afterEach(() => vi.useRealTimers());

  it("takes today where it is already today, east of UTC, and refuses a day no one has reached", () => {
    // 22:30 UTC on 27 Nov 2026 is 28 Nov in Sydney and Auckland: a test held there this morning is not in the future.
    vi.useFakeTimers({ now: new Date("2026-11-27T22:30:00Z") });
    expect(dateIssues("2026-11-27")).toEqual([]);
    expect(dateIssues("2026-11-28")).toEqual([]);
    expect(dateIssues("2026-11-29")).toEqual(["Record a test once it has taken place: the date cannot be in the future."]);
  });

  it("refuses tomorrow in UTC's morning, when it is nowhere tomorrow yet", () => {
    vi.useFakeTimers({ now: new Date("2026-11-27T06:00:00Z") });
    expect(dateIssues("2026-11-27")).toEqual([]);
    expect(dateIssues("2026-11-28")).toEqual(["Record a test once it has taken place: the date cannot be in the future."]);
  });
});
