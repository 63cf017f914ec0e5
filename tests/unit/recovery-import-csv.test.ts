import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv } from "@/lib/recovery/imports/csv";

describe("parseCsv (RFC 4180)", () => {
  it("reads a header and records, keeping the line each record starts on", () => {
    const table = parseCsv("name,host\r\nDC01,hv01\r\n\r\nSQL01,hv02\r\n");
    expect(table.header).toEqual(["name", "host"]);
    expect(table.records).toEqual([
      { line: 2, cells: ["DC01", "hv01"] },
      { line: 4, cells: ["SQL01", "hv02"] },
    ]);
  });

  it("handles quoted commas, doubled quotes and line breaks inside quotes", () => {
    const table = parseCsv('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,1');
    expect(table.records).toEqual([
      { line: 2, cells: ["x, y", 'say "hi"'] },
      { line: 3, cells: ["two\nlines", "z"] },
      { line: 5, cells: ["last", "1"] },
    ]);
  });

  it("drops a byte-order mark and detects semicolons from the header", () => {
    const table = parseCsv("\uFEFFVM;Memory\nDC01;4096");
    expect(table.header).toEqual(["VM", "Memory"]);
    expect(table.records[0].cells).toEqual(["DC01", "4096"]);
  });

  it("keeps empty fields and a trailing empty field", () => {
    expect(parseCsv("a,b,c\n1,,\n").records[0].cells).toEqual(["1", "", ""]);
  });

  it("names the line of an unclosed quote or a stray quote", () => {
    expect(() => parseCsv('a\n"open\nstill')).toThrowError(new CsvSyntaxError(2, "Line 2: a quoted field is not closed."));
    expect(() => parseCsv('a,b\nx"y,1')).toThrowError(/Line 2: a quote inside an unquoted field/);
    expect(() => parseCsv('a,b\n"x"y,1')).toThrowError(/Line 2: unexpected text after a closing quote/);
  });

  it("returns an empty table for an empty file", () => {
    expect(parseCsv("")).toEqual({ header: [], records: [] });
  });
});
