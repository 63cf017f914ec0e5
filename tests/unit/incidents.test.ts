import { describe, expect, it } from "vitest";
import { checkInput } from "@/lib/validation";
import { addIncidentEntrySchema, declareIncidentSchema, standDownIncidentSchema } from "@/lib/incidents/schemas";
import { durationWords, incidentDuration, timeFieldValue, timeProblem, untouchedTimeIsNow } from "@/lib/incidents/incident-time";
import { incidentLogCsv } from "@/lib/incidents/incident-csv";

const at = (iso: string) => new Date(iso);

describe("a time field left as the form filled it", () => {
  it("is blank (now, when sent) only when untouched, and the hidden field is dropped", () => {
    expect(untouchedTimeIsNow({ at: " 2026-12-04 02:50 ", filledNow: "2026-12-04 02:50", text: "x" }, "at")).toEqual({ at: "", text: "x" });
    expect(untouchedTimeIsNow({ at: "2026-12-04 02:40", filledNow: "2026-12-04 02:50" }, "at")).toEqual({ at: "2026-12-04 02:40" });
    expect(untouchedTimeIsNow({ at: "2026-12-04 02:50", filledNow: "" }, "at")).toEqual({ at: "2026-12-04 02:50" });
    expect(untouchedTimeIsNow({ at: "2026-12-04 02:50" }, "at")).toEqual({ at: "2026-12-04 02:50" });
    expect(untouchedTimeIsNow(["2026-12-04 02:50"], "at")).toEqual(["2026-12-04 02:50"]);
    expect(untouchedTimeIsNow(null, "at")).toBeNull();
  });
});

describe("the incident forms' schemas", () => {
  it("takes a time in UTC or with its offset, and blank as now (null, supplied by the use case)", () => {
    const entry = (time: string) => checkInput(addIncidentEntrySchema, { planId: "p", incidentId: "i", at: time, kind: "decision", text: "Invoke" });
    const utc = entry("2026-12-04 07:10");
    expect(utc.success && utc.data.at?.toISOString()).toBe("2026-12-04T07:10:00.000Z");
    const offset = entry("2026-12-04T08:10+01:00");
    expect(offset.success && offset.data.at?.toISOString()).toBe("2026-12-04T07:10:00.000Z");
    const blank = entry("");
    expect(blank.success && blank.data.at).toBeNull();
    const bad = entry("yesterday morning");
    expect(bad.success ? null : Object.keys(bad.fieldErrors)).toEqual(["at"]);
  });

  it("names each refused field", () => {
    const declaration = checkInput(declareIncidentSchema, { planId: "p", title: " ", declaredAt: "" });
    expect(declaration.success ? null : Object.keys(declaration.fieldErrors).sort()).toEqual(["declaredByName", "title"]);
    const entry = checkInput(addIncidentEntrySchema, { planId: "p", incidentId: "i", at: "", kind: "rumour", text: "" });
    expect(entry.success ? null : Object.keys(entry.fieldErrors).sort()).toEqual(["kind", "text"]);
    const standDown = checkInput(standDownIncidentSchema, { planId: "p", incidentId: "i", version: "1", stoodDownAt: "", reviewSummary: "" });
    expect(standDown.success ? null : standDown.fieldErrors).toEqual({ reviewSummary: "Write the post-incident review: what happened, what worked, what to change in the plan." });
  });

  it("takes a blank start of the disruption as the declaration, not now", () => {
    const declared = checkInput(declareIncidentSchema, { planId: "p", title: "Flood", declaredAt: "2026-12-04 07:10", startedAt: "", declaredByName: "Duty manager" });
    expect(declared.success && declared.data.startedAt).toBeNull();
    const began = checkInput(declareIncidentSchema, { planId: "p", title: "Flood", declaredAt: "", startedAt: "2026-12-04 06:40", declaredByName: "Duty manager" });
    expect(began.success && began.data.startedAt?.toISOString()).toBe("2026-12-04T06:40:00.000Z");
    const bad = checkInput(declareIncidentSchema, { planId: "p", title: "Flood", startedAt: "early", cleanBefore: "before that", declaredByName: "Duty manager" });
    expect(bad.success ? null : Object.keys(bad.fieldErrors).sort()).toEqual(["cleanBefore", "startedAt"]);
  });

  it("reports a system back in service only on a recovery-progress entry", () => {
    const entry = (kind: string) => checkInput(addIncidentEntrySchema, { planId: "p", incidentId: "i", at: "", kind, text: "SQL01 restored and verified", systemId: "s1" });
    const recovery = entry("recovery");
    expect(recovery.success && recovery.data.systemId).toBe("s1");
    const decision = entry("decision");
    expect(decision.success ? null : decision.fieldErrors).toEqual({
      systemId: "Only a recovery-progress entry reports a system back in service: choose that kind, or no system.",
    });
  });

  it("takes a person of the register or a typed name as who declared it", () => {
    expect(checkInput(declareIncidentSchema, { planId: "p", title: "Flood", declaredAt: "", declaredByPersonId: "c1" }).success).toBe(true);
    expect(checkInput(declareIncidentSchema, { planId: "p", title: "Flood", declaredAt: "", declaredByName: "Duty manager" }).success).toBe(true);
  });
});

describe("the times a response team types", () => {
  const now = at("2026-12-04T12:00:00Z");
  it("allows a few minutes of clock difference, not the future", () => {
    expect(timeProblem({ at: at("2026-12-04T12:04:00Z"), now, what: "time it happened" })).toBeNull();
    expect(timeProblem({ at: at("2026-12-04T12:06:00Z"), now, what: "time it happened" })).toBe("The time it happened cannot be in the future.");
  });

  it("refuses a time before the declaration", () => {
    const notBefore = { at: at("2026-12-04T07:10:00Z"), what: "the declaration" };
    expect(timeProblem({ at: at("2026-12-04T07:09:00Z"), now, notBefore, what: "time it happened" })).toBe("The time it happened cannot be before the declaration.");
    expect(timeProblem({ at: at("2026-12-04T07:10:00Z"), now, notBefore, what: "time it happened" })).toBeNull();
  });

  it("says durations to the minute, in words", () => {
    const from = at("2026-12-04T07:10:00Z").getTime();
    expect(durationWords(from, from + 59_000)).toBe("0 minutes");
    expect(durationWords(from, from + 60_000)).toBe("1 minute");
    expect(durationWords(from, from + 3 * 3_600_000)).toBe("3 hours");
    expect(durationWords(from, from + 3 * 3_600_000 + 5 * 60_000)).toBe("3 hours 5 minutes");
    expect(durationWords(from, from + 52 * 3_600_000)).toBe("2 days 4 hours");
    expect(durationWords(from, from + 48 * 3_600_000 + 20 * 60_000)).toBe("2 days");
  });

  it("says how long an incident has run or ran", () => {
    const declaredAt = at("2026-12-04T07:10:00Z");
    expect(incidentDuration({ declaredAt, stoodDownAt: null, now })).toEqual({ name: "Active for", words: "4 hours 50 minutes" });
    expect(incidentDuration({ declaredAt, stoodDownAt: at("2026-12-05T08:10:00Z"), now })).toEqual({ name: "Lasted", words: "1 day 1 hour" });
  });

  it("shows a time as the field takes it back", () => {
    expect(timeFieldValue(at("2026-12-04T07:10:42.123Z"))).toBe("2026-12-04 07:10");
  });
});

describe("the incident log as CSV", () => {
  it("lists the declaration, the entries and the stand-down, each cell guarded against formulas", () => {
    const csv = incidentLogCsv({
      incident: {
        title: "=HYPERLINK(\"x\")",
        scenarioName: "Bristol site lost",
        declaredAt: at("2026-12-04T07:10:00Z"),
        startedAt: at("2026-12-04T06:40:00Z"),
        declaredByName: "Priya Shah",
        status: "stood_down",
        stoodDownAt: at("2026-12-04T18:00:00Z"),
        reviewSummary: "Went well, mostly.",
      },
      entries: [
        { at: at("2026-12-04T07:20:00Z"), kind: "decision", text: "+1 invoke the cloud site", systemName: "", recordedBy: "Tom Reed", createdAt: at("2026-12-04T07:21:00Z") },
        { at: at("2026-12-04T11:05:00Z"), kind: "recovery", text: "ERP database restored", systemName: "@SQL01", recordedBy: "Tom Reed", createdAt: at("2026-12-04T11:06:00Z") },
      ],
    });
    expect(csv.split("\r\n")).toEqual([
      "Time (UTC),Kind,Entry,Recorded by,Recorded at (UTC),System back in service",
      `2026-12-04T06:40:00.000Z,Disruption began,"'=HYPERLINK(""x"")",,,`,
      `2026-12-04T07:10:00.000Z,Declared,"'=HYPERLINK(""x"") (scenario: Bristol site lost)",Priya Shah,,`,
      "2026-12-04T07:20:00.000Z,Decision,'+1 invoke the cloud site,Tom Reed,2026-12-04T07:21:00.000Z,",
      "2026-12-04T11:05:00.000Z,Recovery progress,ERP database restored,Tom Reed,2026-12-04T11:06:00.000Z,'@SQL01",
      '2026-12-04T18:00:00.000Z,Stood down,"Went well, mostly.",,,',
      "",
    ]);
  });
});
