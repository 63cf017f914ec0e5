import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CsvSyntaxError, readCsv, readCsvTable } from "@/lib/csv/read-csv";
import { CSV_BOM, neutraliseFormula, restoreFormula, writeCsv } from "@/lib/csv/write-csv";

const cellsOf = (text: string, delimiter?: "," | ";") => readCsv(text, { delimiter }).map((record) => record.cells);

describe("the CSV reader (RFC 4180)", () => {
  it("reads a header and records, keeping the line each record starts on", () => {
    const table = readCsvTable("name,host\r\nDC01,hv01\r\n\r\nSQL01,hv02\r\n");
    expect(table.header).toEqual(["name", "host"]);
    expect(table.records).toEqual([
      { line: 2, cells: ["DC01", "hv01"] },
      { line: 4, cells: ["SQL01", "hv02"] },
    ]);
  });

  it("handles quoted commas, doubled quotes and line breaks inside quotes", () => {
    const table = readCsvTable('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,1');
    expect(table.records).toEqual([
      { line: 2, cells: ["x, y", 'say "hi"'] },
      { line: 3, cells: ["two\nlines", "z"] },
      { line: 5, cells: ["last", "1"] },
    ]);
  });

  it("drops a byte-order mark and detects semicolons from the header", () => {
    const table = readCsvTable("\uFEFFVM;Memory\nDC01;4096");
    expect(table.header).toEqual(["VM", "Memory"]);
    expect(table.records[0].cells).toEqual(["DC01", "4096"]);
  });

  it("keeps empty fields and a trailing empty field", () => {
    expect(readCsvTable("a,b,c\n1,,\n").records[0].cells).toEqual(["1", "", ""]);
  });

  it("names the line of an unclosed quote or a stray quote", () => {
    expect(() => readCsvTable('a\n"open\nstill')).toThrowError(new CsvSyntaxError(2, "a quoted field is not closed."));
    expect(() => readCsvTable('a,b\nx"y,1')).toThrowError(/Line 2: a quote inside an unquoted field/);
    expect(() => readCsvTable('a,b\n"x"y,1')).toThrowError(/Line 2: unexpected text after a closing quote/);
  });

  it("returns an empty table for an empty file", () => {
    expect(readCsvTable("")).toEqual({ header: [], records: [] });
  });

  it("reads a quoted field's line breaks as they were written", () => {
    const text = 'Name,Notes\r\n"Sage UK, Ltd","Said ""4 h""\r\nthen ""2 h"""\r\nDHL,\r\n';
    expect(cellsOf(text)).toEqual([
      ["Name", "Notes"],
      ["Sage UK, Ltd", 'Said "4 h"\r\nthen "2 h"'],
      ["DHL", ""],
    ]);
  });

  it("reads the delimiter from the first line, outside quotes, unless it is given", () => {
    expect(cellsOf('"a;b;c",x\n1,2')).toEqual([["a;b;c", "x"], ["1", "2"]]);
    expect(cellsOf("a;b\n1;2")).toEqual([["a", "b"], ["1", "2"]]);
    expect(cellsOf("a;b\n1;2", ",")).toEqual([["a;b"], ["1;2"]]);
  });
});

describe("the CSV writer", () => {
  it("quotes only what needs quoting and ends records with CRLF", () => {
    expect(writeCsv([["a", "b,c", 'say "hi"', "x\ny", "p;q"]])).toBe('a,"b,c","say ""hi""","x\ny","p;q"\r\n');
  });

  it("round-trips any table of strings through the reader, BOM or not", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "Z", ",", ";", '"', "\r", "\n", " ", "é", "=", "'") });
    const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }),
    );
    fc.assert(
      fc.property(table, fc.boolean(), (records, bom) => {
        // A record of one empty field is a blank line, which the reader skips by design.
        const meaningful = records.filter((r) => !(r.length === 1 && r[0] === ""));
        expect(cellsOf((bom ? CSV_BOM : "") + writeCsv(meaningful))).toEqual(meaningful);
      }),
    );
  });
});

describe("formula-injection guard", () => {
  it("prefixes cells a spreadsheet would run as formulas", () => {
    expect(neutraliseFormula("=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
    expect(neutraliseFormula("+44 117 496 0101")).toBe("'+44 117 496 0101");
    expect(neutraliseFormula("-5")).toBe("'-5");
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseFormula("\tx")).toBe("'\tx");
    expect(neutraliseFormula("Aviva")).toBe("Aviva");
    expect(neutraliseFormula("'quoted")).toBe("'quoted");
  });

  it("is undone exactly on import, including values that already start with a quote", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", "a", " ") }), (value) => {
        expect(restoreFormula(neutraliseFormula(value))).toBe(value);
      }),
    );
    expect(restoreFormula("'x")).toBe("'x");
  });
});
