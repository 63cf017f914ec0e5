import { describe, expect, it } from "vitest";
import { z } from "zod";
import { durationField, durationHint, durationInput, durationLimit, formatDuration, optionalDurationField, parseDuration, readDuration, readDurationText, TARGET_RULE } from "@/lib/durations";
import { formatDuration as engineWords } from "@/lib/engine/words";
import { fieldErrorsOf } from "@/lib/validation";
import { parseCell } from "@/lib/inventories/fields";
import { registerOf } from "@/lib/inventories/registers";
import { itemSchema } from "@/lib/inventories/item-schema";
import { mapVmRows } from "@/lib/recovery/imports/map-rows";
import { readCsvTable } from "@/lib/csv/read-csv";
import { addMeasurementSchema, setTestCadenceSchema } from "@/lib/exercises/schemas";
import { hostSchema, locationSchema, policySchema } from "@/lib/recovery/setup/schemas";
import { createScenarioSchema } from "@/lib/risks/schemas";
import { createGroupSchema } from "@/lib/priorities/schemas";

const TYPE_MINUTES = "enter minutes, or a duration like 90min, 4h or 1d.";

/** The message of a one-field schema's refusal, or the parsed value. */
function outcome(schema: z.ZodType, value: unknown): unknown {
  const result = z.object({ value: schema }).safeParse({ value });
  return result.success ? result.data.value : fieldErrorsOf(result.error).value;
}

describe("reading a duration", () => {
  it("reads every unit word, in any case and with or without a space, into the field's unit", () => {
    for (const text of ["90m", "90min", "90mins", "90 minute", "90 Minutes"]) expect(readDurationText(text, "minutes"), text).toBe(90);
    for (const text of ["4h", "4hr", "4 hrs", "4 hour", "4HOURS"]) expect(readDurationText(text, "minutes"), text).toBe(240);
    for (const text of ["1d", "1 day", "1days"]) expect(readDurationText(text, "minutes"), text).toBe(1440);
    for (const text of ["2w", "2wk", "2 wks", "2 week", "2 weeks"]) expect(readDurationText(text, "minutes"), text).toBe(20160);
    // A year is 365 days, the BIA's "at most a year".
    for (const text of ["1y", "1yr", "1 yrs", "1 year", "1 Years"]) expect(readDurationText(text, "days"), text).toBe(365);
    expect(readDurationText("1 year", "minutes")).toBe(525_600);
    expect(readDurationText("2d", "hours")).toBe(48);
    expect(readDurationText("90min", "hours")).toBe(1.5);
    expect(readDurationText("2w", "days")).toBe(14);
    expect(readDurationText("36h", "days")).toBe(1.5);
  });

  it("takes a bare number in the field's unit, exactly as typed, and refuses it where no unit is named", () => {
    expect(readDurationText("90", "minutes")).toBe(90);
    expect(readDurationText(" 1.234 ", "minutes")).toBe(1.234);
    expect(readDurationText("4", "hours")).toBe(4);
    expect(readDurationText(".5", "days")).toBe(0.5);
    expect(readDurationText("4")).toBeUndefined();
    expect(parseDuration("4")).toBeUndefined();
  });

  it("reads fractions, rounding converted minutes to hundredths so floating point adds nothing", () => {
    expect(readDurationText("1.5h", "minutes")).toBe(90);
    expect(readDurationText("1.1h", "minutes")).toBe(66);
    expect(readDurationText("1.1h", "hours")).toBe(1.1);
    expect(readDurationText("0.1d", "minutes")).toBe(144);
    expect(readDurationText("20min", "hours")).toBeCloseTo(1 / 3, 12);
    expect(readDurationText("1.2d")).toBe(1728);
  });

  it("reads blank as not given, and junk as not a duration", () => {
    expect(readDurationText("", "minutes")).toBeNull();
    expect(readDurationText("   ", "minutes")).toBeNull();
    for (const text of ["4x", "h", "1e2", "1e2h", "0x10", "Infinity", "4 h 30", "1h30min", "h4", "4hh", "1,5h", "--1h", "½h", "NaN"]) {
      expect(readDurationText(text, "minutes"), text).toBeUndefined();
    }
    // A sign is read, so that the range can be named; the BIA's reading refuses it outright.
    expect(readDurationText("-1h", "minutes")).toBe(-60);
    expect(parseDuration("-1h")).toBeUndefined();
  });
});

describe("a duration field's bounds and words", () => {
  it("names limits in the largest whole unit, with the field's own", () => {
    expect(durationLimit(10080)).toBe("1 week (10,080 minutes)");
    expect(durationLimit(525_600)).toBe("365 days (525,600 minutes)");
    expect(durationLimit(120)).toBe("2 hours (120 minutes)");
    expect(durationLimit(100_000)).toBe("100,000 minutes");
    expect(durationLimit(1)).toBe("1 minute");
    expect(durationLimit(7, "days")).toBe("1 week (7 days)");
    expect(durationLimit(1825, "days")).toBe("1,825 days");
    expect(durationLimit(48, "hours")).toBe("2 days (48 hours)");
  });

  it("checks the range after converting, and says what to type", () => {
    const window = durationField("Window (minutes)", { unit: "minutes", max: 10080 });
    expect(outcome(window, "1w")).toBe(10080);
    expect(outcome(window, "10080")).toBe(10080);
    expect(outcome(window, "2w")).toBe("Window (minutes): enter at most 1 week (10,080 minutes).");
    expect(outcome(window, "-1h")).toBe("Window (minutes): enter 0 minutes or more.");
    expect(outcome(window, "-5")).toBe("Window (minutes): enter 0 minutes or more.");
    expect(outcome(window, "4x")).toBe(`Window (minutes): ${TYPE_MINUTES}`);
    expect(outcome(window, "0")).toBe(0);
    const every = optionalDurationField("Every (minutes)", { unit: "minutes", above: true });
    expect(outcome(every, "0h")).toBe("Every (minutes): enter more than 0 minutes.");
    expect(outcome(every, "1min")).toBe(1);
  });

  it("refuses a fraction where the field needs a whole number, saying what the typed value came to", () => {
    const cadence = durationField("Test at least every (days)", { unit: "days", min: 7, max: 1825, int: true });
    expect(outcome(cadence, "2w")).toBe(14);
    expect(outcome(cadence, "336h")).toBe(14);
    expect(outcome(cadence, "180")).toBe(180);
    expect(outcome(cadence, "180h")).toBe("Test at least every (days): 180h is 7.5 days: enter a whole number of days.");
    expect(outcome(cadence, "7.5")).toBe("Test at least every (days): enter a whole number of days.");
    expect(outcome(cadence, "1d")).toBe("Test at least every (days): enter at least 1 week (7 days).");
    expect(outcome(cadence, "1y")).toBe(365);
    expect(outcome(cadence, "6y")).toBe("Test at least every (days): enter at most 1,825 days.");
    expect(outcome(cadence, "6x")).toBe("Test at least every (days): enter days, or a duration like 48h or 2w.");
  });

  it("refuses a blank required field with what to type, and reads a blank optional one as null", () => {
    const lag = durationField("Lag (minutes)", { unit: "minutes" });
    for (const blank of ["", "  ", undefined, null]) expect(outcome(lag, blank)).toBe(`Lag (minutes): ${TYPE_MINUTES}`);
    const optional = optionalDurationField("Lag (minutes)", { unit: "minutes" });
    for (const blank of ["", "  ", undefined, null]) expect(outcome(optional, blank)).toBeNull();
  });

  it("takes a number already in the field's unit (a use case called with numbers), but not a non-finite one", () => {
    const lag = durationField("Lag (minutes)", { unit: "minutes" });
    expect(outcome(lag, 30)).toBe(30);
    expect(outcome(lag, Number.NaN)).toBe(`Lag (minutes): ${TYPE_MINUTES}`);
    expect(outcome(lag, Infinity)).toBe(`Lag (minutes): ${TYPE_MINUTES}`);
    expect(outcome(lag, {})).toBe(`Lag (minutes): ${TYPE_MINUTES}`);
    expect(outcome(lag, ["4h"])).toBe(`Lag (minutes): ${TYPE_MINUTES}`);
  });

  it("needs the unit in a field that names none (the BIA's), as before", () => {
    const rto = optionalDurationField("RTO", TARGET_RULE);
    expect(outcome(rto, "4h")).toBe(240);
    expect(outcome(rto, "")).toBeNull();
    expect(outcome(rto, "4")).toBe("RTO: write a duration like 90min, 4h, 1d or 2w.");
    expect(outcome(rto, 240)).toBe("RTO: write a duration like 90min, 4h, 1d or 2w.");
    expect(outcome(rto, "0h")).toBe("RTO: enter more than 0 minutes.");
    expect(outcome(rto, "53w")).toBe("RTO: enter at most 365 days (525,600 minutes).");
    expect(readDuration("2w", TARGET_RULE)).toEqual({ ok: true, value: 20160 });
  });

  it("has a short hint per unit", () => {
    expect(durationHint("minutes")).toBe("Minutes, or 4h, 1d.");
    expect(durationHint("hours")).toBe("Hours, or 90min, 2d.");
    expect(durationHint("days")).toBe("Days, or 48h, 2w.");
  });
});

describe("every field that takes a duration takes it the same way", () => {
  it("the recovery setup stores minutes and days as before, converting any unit", () => {
    const location = { planId: "p", key: "usb", name: "USB", immutableDays: "2w", throughputMBps: "120", maxStreams: "1", retrievalMinutes: "2h" };
    expect(locationSchema.parse(location)).toMatchObject({ immutableDays: 14, retrievalMinutes: 120 });
    expect(locationSchema.parse({ ...location, immutableDays: "12h", retrievalMinutes: "90" })).toMatchObject({ immutableDays: 0.5, retrievalMinutes: 90 });
    expect(hostSchema.parse({ planId: "p", key: "h", name: "H", ramMiB: "1024", reservedMiB: "0", readyAfterMinutes: "1d" })).toMatchObject({ readyAfterMinutes: 1440 });
    const policy = { planId: "p", key: "n", name: "N", targetId: "t", scheduleKind: "interval", everyMinutes: "4h", anchor: "2026-01-01T00:00:00Z" };
    expect(policySchema.parse({ ...policy, windowMinutes: "1.5h" })).toMatchObject({ everyMinutes: 240, windowMinutes: 90 });
    expect(fieldErrorsOf(policySchema.safeParse({ ...policy, windowMinutes: "2w" }).error!)).toEqual({ windowMinutes: "Window (minutes): enter at most 1 week (10,080 minutes)." });
  });

  it("a test's measured restore and the test cadence", () => {
    const measurement = { planId: "p", exerciseId: "e", systemId: "s", locationKey: "nas", restoreMinutes: "2.5h", dataLossMinutes: "45min", usedGB: "", notes: "" };
    expect(addMeasurementSchema.parse(measurement)).toMatchObject({ restoreMinutes: 150, dataLossMinutes: 45 });
    expect(fieldErrorsOf(addMeasurementSchema.safeParse({ ...measurement, restoreMinutes: "10w" }).error!)).toEqual({
      restoreMinutes: "Restore duration (minutes): enter at most 100,000 minutes.",
    });
    expect(setTestCadenceSchema.parse({ planId: "p", version: "1", testCadenceDays: "26w" })).toMatchObject({ testCadenceDays: 182 });
  });

  it("the generic VM import's boot and verification times", () => {
    const read = mapVmRows("vms", readCsvTable("name,bootMinutes,verifyMinutes\nA,90s,\nB,1.5h,2\nC,-1h,4x\n"));
    expect(read).toMatchObject({
      ok: false,
      errors: [
        { line: 2, column: "bootMinutes", message: `"90s" is not a duration: ${TYPE_MINUTES}` },
        { line: 4, column: "bootMinutes", message: `"-1h": enter 0 minutes or more.` },
        { line: 4, column: "verifyMinutes", message: `"4x" is not a duration: ${TYPE_MINUTES}` },
      ],
    });
    expect(mapVmRows("vms", readCsvTable("name,bootMinutes,verifyMinutes\nB,1.5h,2\n"))).toMatchObject({ ok: true, rows: [{ name: "B", bootMinutes: 90, verifyMinutes: 2 }] });
  });

  it("the registers' fields in hours and days, in a form and a CSV cell", () => {
    const vendors = registerOf("vendors");
    const recovery = vendors.fields.find((f) => f.key === "recoveryHours")!;
    expect(parseCell(recovery, "2d")).toEqual({ ok: true, value: 48 });
    expect(parseCell(recovery, "90min")).toEqual({ ok: true, value: 1.5 });
    expect(parseCell(recovery, "4")).toEqual({ ok: true, value: 4 });
    expect(parseCell(recovery, "4x")).toEqual({ ok: false, message: "Enter hours, or a duration like 90min, 4h or 2d." });
    expect(parseCell(recovery, "-1h")).toEqual({ ok: false, message: "Enter 0 hours or more." });
    const retention = registerOf("backup_schedules").fields.find((f) => f.key === "retentionDays")!;
    expect(parseCell(retention, "5w")).toEqual({ ok: true, value: 35 });
    expect(parseCell(retention, "36h")).toEqual({ ok: false, message: "36h is 1.5 days: enter a whole number of days." });
    expect(parseCell(retention, "")).toEqual({ ok: false, message: "Enter a number." });
    // Not a duration: units other than time stay plain numbers.
    const storage = registerOf("main_hardware").fields.find((f) => f.key === "storageTB")!;
    expect(parseCell(storage, "2d").ok).toBe(false);
    expect(itemSchema(vendors).parse({ name: "Acme", service: "Hosting", recoveryHours: "2d" })).toMatchObject({ recoveryHours: 48 });
  });

  it("a scenario's minutes to declare and containment, and a group's maximum skew", () => {
    const scenario = { planId: "p", name: "Site lost", kind: "site", lostSiteIds: ["s1"] };
    expect(createScenarioSchema.parse({ ...scenario, declareMinutes: "30", containmentMinutes: "4h" })).toMatchObject({ declareMinutes: 30, containmentMinutes: 240 });
    // Blank is no delay, as before.
    expect(createScenarioSchema.parse({ ...scenario, declareMinutes: "", containmentMinutes: "" })).toMatchObject({ declareMinutes: 0, containmentMinutes: 0 });
    const refused = createScenarioSchema.safeParse({ ...scenario, declareMinutes: "1e2", containmentMinutes: "2x" });
    expect(refused.success).toBe(false);
    expect(fieldErrorsOf(refused.error!)).toMatchObject({ declareMinutes: `Minutes to declare: ${TYPE_MINUTES}`, containmentMinutes: `Containment minutes: ${TYPE_MINUTES}` });
    const tooLate = createScenarioSchema.safeParse({ ...scenario, containmentMinutes: "2y" });
    expect(fieldErrorsOf(tooLate.error!)).toMatchObject({ containmentMinutes: "Containment minutes: enter at most 365 days (525,600 minutes)." });
    const group = { planId: "p", name: "ERP", systemIds: ["a", "b"] };
    expect(createGroupSchema.parse({ ...group, maxSkewMinutes: "1h" })).toMatchObject({ maxSkewMinutes: 60 });
    expect(createGroupSchema.parse({ ...group, maxSkewMinutes: "" })).toMatchObject({ maxSkewMinutes: 0 });
    const tooLong = createGroupSchema.safeParse({ ...group, maxSkewMinutes: "2w" });
    expect(fieldErrorsOf(tooLong.error!)).toMatchObject({ maxSkewMinutes: "Maximum skew (minutes): enter at most 1 week (10,080 minutes)." });
  });
});

describe("one way to write a duration (docs/decisions/0033)", () => {
  it("writes a length as typed, in the unit it was typed in, with a space before the unit", () => {
    const shown = (typed: string) => formatDuration(parseDuration(typed));
    expect(shown("30min")).toBe("30 min");
    expect(shown("2h")).toBe("2 h");
    expect(shown("4h")).toBe("4 h");
    expect(shown("1.5h")).toBe("1 h 30 min");
    expect(shown("1d")).toBe("1 day");
    expect(shown("3d")).toBe("3 days");
    expect(shown("1w")).toBe("1 week");
    expect(shown("2w")).toBe("2 weeks");
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(0)).toBe("0 min");
  });

  it("counts days past a day, exact to the minute, as the recovery pages and findings do", () => {
    // Was "25 h" and "36 h" on the BIA pages while a finding said "1 day 1 h" and "1 day 12 h".
    expect(formatDuration(1500)).toBe("1 day 1 h");
    expect(formatDuration(2160)).toBe("1 day 12 h");
    expect(formatDuration(1441)).toBe("1 day 1 min");
    expect(formatDuration(10100)).toBe("7 days 20 min");
    expect(formatDuration(66.5)).toBe("1 h 7 min");
  });

  it("reads the same as the engine's words for every length, and types back as what it shows", () => {
    for (const minutes of [1, 45, 60, 90, 240, 1200, 1439, 1440, 1500, 2880, 4320, 10080, 10081, 20160, 43200, 525600]) {
      expect(formatDuration(minutes), String(minutes)).toBe(engineWords(minutes));
      // What the field shows back ("1d") reads as the same length once saved.
      expect(formatDuration(parseDuration(durationInput(minutes))), String(minutes)).toBe(formatDuration(minutes));
    }
  });
});
