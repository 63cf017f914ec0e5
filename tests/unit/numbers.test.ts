import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PLAIN_DIGITS, readGroupedNumber, readGroupedWhole, readPlainNumber } from "@/lib/numbers";
import { typedNumber, fieldErrorsOf } from "@/lib/validation";
import { vmFactsSchema, policySchema, copySchema, hostSchema, locationSchema } from "@/lib/recovery/setup/schemas";
import { whatIfSchema } from "@/lib/recovery/schemas";
import { addMeasurementSchema, setTestCadenceSchema } from "@/lib/exercises/schemas";
import { mapVmRows } from "@/lib/recovery/imports/map-rows";
import { readCsvTable as parseCsv } from "@/lib/csv/read-csv";

const errors = (result: { success: boolean; error?: unknown }) => (result.success ? {} : fieldErrorsOf(result.error as never));

/** What Number() would also have read, and the forms saved: all refused now. */
const NOT_PLAIN = ["1e2", "1E3", "2e-1", "0x10", "0X1f", "0b11", "0o7", "Infinity", "-Infinity", "+Infinity", "NaN", "1,000", "1_000", "1 000", "12abc", "--1", "+-1", ".", "-", "1.2.3", "١٢", "½"];

describe("readPlainNumber", () => {
  it("reads plain decimal digits: a sign, a decimal point, surrounding spaces", () => {
    expect(readPlainNumber("60")).toBe(60);
    expect(readPlainNumber("1.5")).toBe(1.5);
    expect(readPlainNumber(".5")).toBe(0.5);
    expect(readPlainNumber("2.")).toBe(2);
    expect(readPlainNumber("007")).toBe(7);
    expect(readPlainNumber("-3")).toBe(-3);
    expect(readPlainNumber("+4")).toBe(4);
    expect(readPlainNumber("  12.25\t")).toBe(12.25);
  });

  it("refuses exponents, hex and other radixes, Infinity, separators and blanks", () => {
    for (const text of [...NOT_PLAIN, "", "   "]) expect(readPlainNumber(text), text).toBeNull();
    // Plain digits, but more than a double holds.
    expect(readPlainNumber("9".repeat(400))).toBeNull();
  });
});

describe("readGroupedWhole", () => {
  it("reads whole numbers plain or with their thousands grouped by commas or by points", () => {
    expect(readGroupedWhole("59605")).toBe(59605);
    expect(readGroupedWhole("59,605")).toBe(59605);
    expect(readGroupedWhole("59.605")).toBe(59605);
    expect(readGroupedWhole(" 1.234.567 ")).toBe(1234567);
    expect(readGroupedWhole("1,234,567")).toBe(1234567);
    // A point followed by three digits is between thousands: "1.000" is a thousand, never one.
    expect(readGroupedWhole("1.000")).toBe(1000);
    expect(readGroupedWhole("-1.000")).toBe(-1000);
  });

  it("refuses a decimal part in either locale, mixed separators and other groupings", () => {
    const refused = ["59.6", "60,5", "59.6050", "1,234.5", "1.234,5", "1.234,567", "1,234.567", "16384.0", "5,9605", "5.9605", ",605", ".605", "1,23,456", "1.23.456", "1,000,00", "1.000.00", "1 000", "1e3", "0x10", ""];
    for (const text of refused) expect(readGroupedWhole(text), text).toBeNull();
    expect(readGroupedWhole("9".repeat(400))).toBeNull();
  });
});

describe("readGroupedNumber", () => {
  const value = (text: string, decimal?: "." | ",") => {
    const read = readGroupedNumber(text, { decimal });
    return read.ok ? read.value : read.why;
  };

  it("reads plain digits, and thousands grouped in threes by commas or spaces, as the pages write them", () => {
    expect(value("2500")).toBe(2500);
    expect(value("7.68")).toBe(7.68);
    expect(value(".5")).toBe(0.5);
    expect(value("2.")).toBe(2);
    expect(value("2,500")).toBe(2500);
    expect(value(" 1,250,000.50 ")).toBe(1250000.5);
    expect(value("1 000 000")).toBe(1000000);
    // A spreadsheet's or a French locale's no-break spaces.
    expect(value("1\u00a0000\u00a0000")).toBe(1000000);
    expect(value("1\u202f250,5", ",")).toBe(1250.5);
    expect(value("-2,500")).toBe(-2500);
    expect(value("+7")).toBe(7);
    // A point is a decimal point: "1.500" is one and a half.
    expect(value("1.500")).toBe(1.5);
  });

  it("with a decimal comma, reads the comma as the decimal mark and points or spaces between thousands", () => {
    expect(value("7,5", ",")).toBe(7.5);
    expect(value("2.500", ",")).toBe(2500);
    expect(value("1.234.567,89", ",")).toBe(1234567.89);
    expect(value("1 234,5", ",")).toBe(1234.5);
    expect(value("2500", ",")).toBe(2500);
    expect(value(",5", ",")).toBe(0.5);
    // A point that cannot be between thousands is a decimal point still.
    expect(value("7.5", ",")).toBe(7.5);
    expect(value("1,234.5", ",")).toBe("ambiguous");
  });

  it("calls digits and marks that fit no grouping ambiguous, so the caller can say how to write them", () => {
    for (const text of ["1,5", "7,50", "12,5000", "1,23,456", "1,000,00", "1 5", "1  000", "1.234,5", "1.2.3", ",5", "1,,000", "1, 000"]) expect(value(text), text).toBe("ambiguous");
    for (const text of ["1.234.5", "7,5,0"]) expect(value(text, ","), text).toBe("ambiguous");
  });

  it("refuses what is not a number at all", () => {
    for (const text of ["", "  ", ".", ",", "1e3", "0x10", "Infinity", "NaN", "12abc", "abc", "--1", "+-1", "½", "١٢", "£5", "5 GB"]) expect(value(text), text).toBe("not a number");
    expect(value("9".repeat(400))).toBe("not a number");
  });
});

describe("typedNumber", () => {
  const field = typedNumber("Boot time (minutes)", z.number().optional());
  it("reads blank as not given, plain digits as their number, and names the field otherwise", () => {
    expect(field.parse("")).toBeUndefined();
    expect(field.parse("  ")).toBeUndefined();
    expect(field.parse(undefined)).toBeUndefined();
    expect(field.parse(" 8 ")).toBe(8);
    expect(field.parse(8)).toBe(8);
    const refused = field.safeParse("1e2");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].message).toBe(`Boot time (minutes): ${PLAIN_DIGITS}.`);
  });
});

describe("every recovery and exercise number reads plain digits only (a duration: or a number with its unit)", () => {
  const vm = { planId: "p", systemId: "s", version: "1", bootMinutes: "5", verifyMinutes: "5", priority: "3" };
  const policy = { planId: "p", key: "n", name: "N", windowMinutes: "60", targetId: "t", cron: "0 23 * * *", timezone: "UTC" };

  it("the setup forms (VM facts, policies, copies) refuse them with the field's label", () => {
    for (const text of NOT_PLAIN) {
      expect(errors(vmFactsSchema.safeParse({ ...vm, bootMinutes: text })), text).toEqual({ bootMinutes: "Boot time (minutes): enter minutes, or a duration like 90min, 4h or 1d." });
    }
    expect(errors(vmFactsSchema.safeParse({ ...vm, usedGB: "1e3", ramMiB: "0x400" }))).toEqual({
      usedGB: "Used size (GB): write it as plain digits, e.g. 60 or 1.5.",
      ramMiB: "Memory (MiB): write it as plain digits, e.g. 4096.",
    });
    // A whole-number field gets a whole-number example that suits it, never "1.5".
    expect(errors(vmFactsSchema.safeParse({ ...vm, ramMiB: "32 GB", priority: "first" }))).toEqual({
      ramMiB: "Memory (MiB): write it as plain digits, e.g. 4096.",
      priority: "Priority: write it as plain digits, e.g. 3.",
    });
    const host = { planId: "p", key: "h", name: "H", readyAfterMinutes: "0" };
    expect(errors(hostSchema.safeParse({ ...host, ramMiB: "128 GiB", reservedMiB: "4 GiB" }))).toEqual({
      ramMiB: "Memory (MiB): write it as plain digits, e.g. 131072.",
      reservedMiB: "Reserved memory (MiB): write it as plain digits, e.g. 4096.",
    });
    const location = { planId: "p", key: "nas", name: "NAS", online: "online", immutableDays: "0", throughputMBps: "100", retrievalMinutes: "0" };
    expect(errors(locationSchema.safeParse({ ...location, maxStreams: "two" }))).toEqual({ maxStreams: "Parallel restores: write it as plain digits, e.g. 2." });
        expect(errors(policySchema.safeParse({ ...policy, windowMinutes: "Infinity" }))).toEqual({ windowMinutes: "Window (minutes): enter minutes, or a duration like 90min, 4h or 1d." });
    expect(errors(policySchema.safeParse({ ...policy, scheduleKind: "interval", everyMinutes: "1e3", anchor: "2026-01-01T00:00:00Z" }))).toEqual({
      everyMinutes: "Every (minutes): enter minutes, or a duration like 90min, 4h or 1d.",
    });
    expect(errors(copySchema.safeParse({ planId: "p", policyId: "x", version: "1", toId: "t", mode: "immediate", lagMinutes: "6e1" }))).toEqual({
      lagMinutes: "Lag (minutes): enter minutes, or a duration like 90min, 4h or 1d.",
    });
    // Plain digits with spaces around them still read; a negative one is told its bound.
    expect(vmFactsSchema.parse({ ...vm, bootMinutes: " 100 ", usedGB: "12.5" })).toMatchObject({ bootMinutes: 100, usedGB: 12.5 });
    expect(errors(vmFactsSchema.safeParse({ ...vm, bootMinutes: "-1" }))).toEqual({ bootMinutes: "Boot time (minutes): enter 0 minutes or more." });
  });

  it("the what-if draft refuses them with the field's label", () => {
    const draft = { policy: "nightly", schedule: "every" };
    expect(errors(whatIfSchema.safeParse({ ...draft, everyMinutes: "1e3" }))).toEqual({ everyMinutes: "Every (minutes): enter minutes, or a duration like 90min, 4h or 1d." });
    expect(errors(whatIfSchema.safeParse({ ...draft, everyMinutes: "60", windowMinutes: "0x3c" }))).toEqual({ windowMinutes: "Window (minutes): enter minutes, or a duration like 90min, 4h or 1d." });
    expect(errors(whatIfSchema.safeParse({ location: "nas", throughputMBps: "Infinity", maxStreams: "2e0" }))).toEqual({
      throughputMBps: "Throughput (MB/s): write it as plain digits, e.g. 60 or 1.5.",
      maxStreams: "Parallel restore streams: write it as plain digits, e.g. 60 or 1.5.",
    });
    expect(whatIfSchema.parse({ ...draft, everyMinutes: " 180 ", windowMinutes: "" })).toMatchObject({ everyMinutes: 180, windowMinutes: undefined });
    expect(errors(whatIfSchema.safeParse({ ...draft, everyMinutes: "0" }))).toEqual({ everyMinutes: "Every (minutes): enter more than 0 minutes." });
  });

  it("a test's measured restore and the test cadence refuse them with the field's label", () => {
    const measurement = { planId: "p", exerciseId: "e", systemId: "s", locationKey: "nas", restoreMinutes: "30", dataLossMinutes: "", usedGB: "", notes: "" };
    expect(addMeasurementSchema.parse({ ...measurement, restoreMinutes: " 45.5 " })).toMatchObject({ restoreMinutes: 45.5, dataLossMinutes: null, usedGB: undefined });
    expect(errors(addMeasurementSchema.safeParse({ ...measurement, restoreMinutes: "1e2", dataLossMinutes: "0x10", usedGB: "Infinity" }))).toEqual({
      restoreMinutes: "Restore duration (minutes): enter minutes, or a duration like 90min, 4h or 1d.",
      dataLossMinutes: "Data lost (minutes): enter minutes, or a duration like 90min, 4h or 1d.",
      usedGB: "Size restored (GB): write it as plain digits, e.g. 60 or 1.5.",
    });
    expect(errors(addMeasurementSchema.safeParse({ ...measurement, restoreMinutes: "" }))).toEqual({ restoreMinutes: "Restore duration (minutes): enter minutes, or a duration like 90min, 4h or 1d." });
    expect(errors(setTestCadenceSchema.safeParse({ planId: "p", version: "1", testCadenceDays: "9e1" }))).toEqual({
      testCadenceDays: "Test at least every (days): enter days, or a duration like 48h or 2w.",
    });
    expect(setTestCadenceSchema.parse({ planId: "p", version: "1", testCadenceDays: "90" })).toMatchObject({ testCadenceDays: 90 });
  });

  it("imports refuse them in the same words", () => {
    expect(mapVmRows("vms", parseCsv("name,bootMinutes\nA,1e2\n"))).toMatchObject({
      ok: false,
      errors: [{ line: 2, column: "bootMinutes", message: `"1e2" is not a duration: enter minutes, or a duration like 90min, 4h or 1d.` }],
    });
  });
});
