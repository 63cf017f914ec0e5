import { describe, expect, it } from "vitest";
import { checkInput } from "@/lib/validation";
import { correctDeclarationSchema } from "@/lib/incidents/schemas";
import { actionsDueEarlyProblem, asStored, changedSnapshots, correctionEntryText, declarationChanges, declarationTimeProblems, type Declaration } from "@/lib/incidents/declaration-correction";
import { logItems } from "@/lib/incidents/log-items";

const at = (iso: string) => new Date(iso);
const NOW = at("2026-12-04T12:00:00Z");

const declared: Declaration = {
  title: "Head office flooded",
  scenarioName: "Bristol site lost",
  declaredAt: at("2026-12-04T07:10:00Z"),
  startedAt: at("2026-12-04T06:40:00Z"),
  cleanBefore: null,
  declaredByName: "Daniel Okafor",
};

describe("a correction of the declaration, in words", () => {
  it("says each changed field old → new, a time on the same day by its clock time, then the reason", () => {
    const changes = declarationChanges(declared, { ...declared, startedAt: at("2026-12-04T06:10:00Z"), scenarioName: "One VM lost" });
    expect(changes).toEqual([
      { field: "scenarioName", label: "scenario", from: "“Bristol site lost”", to: "“One VM lost”" },
      { field: "startedAt", label: "disruption began", from: "4 Dec 2026, 06:40 UTC", to: "06:10 UTC" },
    ]);
    expect(correctionEntryText({ by: "Priya Shah", changes, reason: "CCTV shows the water at 06:10" })).toBe(
      "Declaration corrected by Priya Shah: scenario “Bristol site lost” → “One VM lost”; disruption began 4 Dec 2026, 06:40 UTC → 06:10 UTC (reason: CCTV shows the water at 06:10)",
    );
  });

  it("gives a time on another day in full, and a blank one by what it means", () => {
    const changes = declarationChanges(declared, { ...declared, startedAt: null, declaredAt: at("2026-12-03T23:50:00Z"), scenarioName: "", declaredByName: "Duty manager" });
    expect(changes.map((c) => `${c.label}: ${c.from} → ${c.to}`)).toEqual([
      "scenario: “Bristol site lost” → none",
      "declared at: 4 Dec 2026, 07:10 UTC → 3 Dec 2026, 23:50 UTC",
      "disruption began: 4 Dec 2026, 06:40 UTC → at the declaration",
      "declared by: Daniel Okafor → Duty manager",
    ]);
  });

  it("finds nothing to say when nothing changed", () => {
    expect(declarationChanges(declared, { ...declared, startedAt: at("2026-12-04T06:40:00Z") })).toEqual([]);
  });

  it("keeps only the changed fields in the audit row, as the declaration's row names them", () => {
    expect(changedSnapshots(declared, { ...declared, title: "Head office and yard flooded", startedAt: null })).toEqual({
      before: { title: "Head office flooded", startedAt: "2026-12-04T06:40:00.000Z" },
      after: { title: "Head office and yard flooded", startedAt: null },
    });
  });

  it("takes a time typed back as the form showed it (to the minute) as the stored one, seconds and all", () => {
    const stored = at("2026-12-04T07:10:37.123Z");
    expect(asStored(at("2026-12-04T07:10:00Z"), stored)).toBe(stored);
    expect(asStored(at("2026-12-04T07:11:00Z"), stored)).toEqual(at("2026-12-04T07:11:00Z"));
    expect(asStored(null, stored)).toBeNull();
    expect(asStored(at("2026-12-04T07:10:00Z"), null)).toEqual(at("2026-12-04T07:10:00Z"));
  });
});

describe("the rules a declaration's times keep", () => {
  const times = { declaredAt: declared.declaredAt, startedAt: declared.startedAt, cleanBefore: null, now: NOW };

  it("takes a declaration as it was made", () => {
    expect(declarationTimeProblems(times)).toEqual({});
  });

  it("names the field of each impossible time", () => {
    expect(declarationTimeProblems({ ...times, declaredAt: at("2026-12-04T12:30:00Z"), startedAt: at("2026-12-04T12:20:00Z") })).toEqual({
      declaredAt: "The time it was declared cannot be in the future.",
      startedAt: "The time the disruption began cannot be in the future.",
    });
    expect(declarationTimeProblems({ ...times, startedAt: at("2026-12-04T07:30:00Z") })).toEqual({
      startedAt: "The disruption cannot have begun after the declaration: leave this blank if it began then.",
    });
    expect(declarationTimeProblems({ ...times, cleanBefore: at("2026-12-04T06:50:00Z") })).toEqual({
      cleanBefore: "The last time known clean cannot be after the disruption began.",
    });
  });

  it("keeps the declaration before the log's first entry and the stand-down, and the start before the stand-down", () => {
    const stoodDownAt = at("2026-12-04T09:00:00Z");
    expect(declarationTimeProblems({ ...times, declaredAt: at("2026-12-04T07:30:00Z"), firstEntryAt: at("2026-12-04T07:20:00Z") })).toEqual({
      declaredAt: "The time it was declared cannot be after the log's first entry (4 Dec 2026, 07:20 UTC).",
    });
    expect(declarationTimeProblems({ ...times, declaredAt: at("2026-12-04T09:30:00Z"), startedAt: at("2026-12-04T09:10:00Z"), stoodDownAt })).toEqual({
      declaredAt: "The time it was declared cannot be after the stand-down (4 Dec 2026, 09:00 UTC).",
      startedAt: "The disruption cannot have begun after the stand-down (4 Dec 2026, 09:00 UTC).",
    });
  });
});

describe("the correction form's schema", () => {
  const form = {
    planId: "p",
    incidentId: "i",
    version: "1",
    title: "Head office flooded",
    declaredAt: "2026-12-04 07:10",
    startedAt: "",
    declaredByName: "Duty manager",
    reason: "Start time from the CCTV log.",
  };

  it("needs the time declared (blank is not now) and a reason", () => {
    const refused = checkInput(correctDeclarationSchema, { ...form, declaredAt: "", reason: " " });
    expect(refused.success ? null : refused.fieldErrors).toEqual({
      declaredAt: "Enter the time it was declared.",
      reason: "Say why the declaration is corrected, e.g. “Start time taken from the CCTV log”.",
    });
    const taken = checkInput(correctDeclarationSchema, form);
    expect(taken.success && taken.data.declaredAt.toISOString()).toBe("2026-12-04T07:10:00.000Z");
  });
});

describe("corrective actions due before a corrected declaration", () => {
  const due = (description: string, day: string) => ({ description, dueOn: at(`${day}T00:00:00Z`) });

  it("names none when none are due before it, and at most three, each cut short, counting the rest", () => {
    expect(actionsDueEarlyProblem(at("2026-12-04T00:00:00Z"), [])).toBeNull();
    const long = `Replace ${"the pumps ".repeat(10)}`;
    expect(
      actionsDueEarlyProblem(at("2026-12-04T00:00:00Z"), [due(long, "2026-12-01"), due("Sandbags", "2026-12-02"), due("Pumps", "2026-12-03"), due("Alarm", "2026-12-03"), due("Keys", "2026-12-03")]),
    ).toBe(
      "Declared on 4 Dec 2026, the incident would have 5 corrective actions due before it: " +
        "“Replace the pumps the pumps the pumps the pumps the pumps t…” (due 1 Dec 2026), “Sandbags” (due 2 Dec 2026), “Pumps” (due 3 Dec 2026) and 2 more. " +
        "Move their due dates to 4 Dec 2026 or later first, then correct the declaration.",
    );
  });
});

describe("the log as it is read", () => {
  const entry = (iso: string, id: string) => ({ at: at(iso), id });

  it("puts the stand-down where it falls: a correction made after it comes after it", () => {
    const items = logItems({ ...declared, stoodDownAt: at("2026-12-04T10:00:00Z") }, [entry("2026-12-04T08:00:00Z", "a"), entry("2026-12-05T09:00:00Z", "b")]);
    expect(items.map((item) => (item.kind === "entry" ? item.entry.id : item.kind))).toEqual(["began", "declared", "a", "stood-down", "b"]);
    expect(logItems({ ...declared, startedAt: null, stoodDownAt: null }, [entry("2026-12-04T08:00:00Z", "a")]).map((item) => item.kind)).toEqual(["declared", "entry"]);
  });
});
