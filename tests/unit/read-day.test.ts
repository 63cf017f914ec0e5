import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DAY_EXAMPLE, readDay } from "@/lib/read-day";
import { formatDay } from "@/lib/days";

const day = (text: string) => {
  const read = readDay(text);
  return read.ok ? read.iso : read.problem;
};

describe("reading a day", () => {
  it("reads the app's own YYYY-MM-DD, with or without leading zeros, and year first with slashes or points", () => {
    expect(day("2028-04-30")).toBe("2028-04-30");
    expect(day(" 2028-4-3 ")).toBe("2028-04-03");
    expect(day("2028/04/30")).toBe("2028-04-30");
    expect(day("2028.04.30")).toBe("2028-04-30");
  });

  it("reads a UK spreadsheet's day/month/year when the day is over 12", () => {
    expect(day("30/04/2028")).toBe("2028-04-30");
    expect(day("13/1/2027")).toBe("2027-01-13");
    expect(day("31/12/2027")).toBe("2027-12-31");
  });

  it("reads day/month/year when the day and the month are the same number", () => {
    expect(day("04/04/2026")).toBe("2026-04-04");
    expect(day("1/1/2027")).toBe("2027-01-01");
    expect(day("12/12/2027")).toBe("2027-12-12");
  });

  it("refuses a day/month/year that could be either way round, saying both and how to write it", () => {
    expect(day("03/04/2026")).toBe("03/04/2026 could be 3 April or 4 March 2026: write it as 2026-04-03 or 3 Apr 2026.");
    expect(day("1/12/2027")).toBe("1/12/2027 could be 1 December or 12 January 2027: write it as 2027-12-01 or 1 Dec 2027.");
    expect(day("12/01/2027")).toBe("12/01/2027 could be 12 January or 1 December 2027: write it as 2027-01-12 or 12 Jan 2027.");
  });

  it("refuses month/day/year, saying which day it would be", () => {
    expect(day("04/30/2028")).toBe("04/30/2028 has no month 30: if it means 30 April 2028, write it as 2028-04-30 or 30 Apr 2028.");
    expect(day("02/30/2028")).toBe("02/30/2028 has no month 30.");
  });

  it("reads the app's display form, any month name or its first three letters, in any case", () => {
    expect(day("30 Apr 2028")).toBe("2028-04-30");
    expect(day("30 April 2028")).toBe("2028-04-30");
    expect(day("3 apr 2026")).toBe("2026-04-03");
    expect(day("22 Sept 2026")).toBe("2026-09-22");
    expect(day("22 Sep 2026")).toBe("2026-09-22");
    expect(day("1 MAY 2027")).toBe("2027-05-01");
    expect(day("30-Apr-2028")).toBe("2028-04-30");
    expect(day("30 Apr. 2028")).toBe("2028-04-30");
    expect(day("30 Apr, 2028")).toBe("2028-04-30");
  });

  it("reads back every day the app writes", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const midnight = new Date(`${iso}T00:00:00Z`);
        expect(day(formatDay(midnight))).toBe(iso);
        expect(day(iso)).toBe(iso);
      }),
      { numRuns: 500 },
    );
  });

  it("names a day the calendar does not have", () => {
    expect(day("2027-02-30")).toBe("There is no 30 February 2027.");
    expect(day("29/02/2027")).toBe("There is no 29 February 2027.");
    expect(day("31 Apr 2028")).toBe("There is no 31 April 2028.");
    expect(day("31/06/2028")).toBe("There is no 31 June 2028.");
    expect(day("29/02/2028")).toBe("2028-02-29");
  });

  it("asks for the year in full rather than guess the century", () => {
    expect(day("30/04/28")).toBe("Write the year of 30/04/28 in full, with four digits.");
    expect(day("3/4/26")).toBe("Write the year of 3/4/26 in full, with four digits.");
  });

  it("refuses anything else with an example", () => {
    for (const text of ["", "tomorrow", "2027-13-01", "2027-00-10", "2027-01-00", "00/04/2028", "13/13/2028", "30 Foo 2028", "30 Apr", "Apr 30 2028", "30.04.2028", "2028-04-30T10:00", "30/04/2028 00:00", "45000"]) {
      expect(day(text), text).toBe(DAY_EXAMPLE);
    }
  });
});
