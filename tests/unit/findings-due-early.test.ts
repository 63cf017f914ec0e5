import { describe, expect, it } from "vitest";
import { findingsDueEarlyProblem, testDateHint } from "@/lib/findings/due-early";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const due = (description: string, iso: string) => ({ description, dueOn: d(iso) });

describe("a test's date held back by its findings' due dates", () => {
  it("names none when none are due before it, and at most three, counting the rest", () => {
    expect(findingsDueEarlyProblem(d("2026-10-25"), [])).toBeNull();
    expect(findingsDueEarlyProblem(d("2026-10-25"), [due("Call list", "2026-10-22")])).toBe(
      "Held on 25 Oct 2026, the test would have a finding due before it: “Call list” (due 22 Oct 2026). Move its due date to 25 Oct 2026 or later first, then change the test's date.",
    );
    expect(findingsDueEarlyProblem(d("2026-10-25"), ["A", "B", "C", "D"].map((x) => due(x, "2026-10-21")))).toBe(
      "Held on 25 Oct 2026, the test would have 4 findings due before it: “A” (due 21 Oct 2026), “B” (due 21 Oct 2026), “C” (due 21 Oct 2026) and 1 more. " +
        "Move their due dates to 25 Oct 2026 or later first, then change the test's date.",
    );
  });

  it("hints the first due day of the open findings on the date field, and nothing without one", () => {
    expect(testDateHint([])).toBeUndefined();
    expect(testDateHint([{ status: "closed", dueOn: d("2026-10-21") }, { status: "open", dueOn: null }])).toBeUndefined();
    expect(testDateHint([{ status: "in_progress", dueOn: d("2026-10-30") }, { status: "open", dueOn: d("2026-10-22") }, { status: "closed", dueOn: d("2026-10-01") }])).toBe(
      "Its open findings are due from 22 Oct 2026: a date after that waits until their due dates move.",
    );
  });
});
