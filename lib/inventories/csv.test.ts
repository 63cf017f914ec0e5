import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CSV_BOM, neutraliseFormula, parseCsv, restoreFormula, writeCsv } from "@/lib/inventories/csv";

describe("CSV reader and writer", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    const text = 'Name,Notes\r\n"Sage UK, Ltd","Said ""4 h""\r\nthen ""2 h"""\r\nDHL,\r\n';
    expect(parseCsv(text)).toEqual([
      ["Name", "Notes"],
      ["Sage UK, Ltd", 'Said "4 h"\r\nthen "2 h"'],
      ["DHL", ""],
    ]);
  });

  it("accepts LF line ends, a BOM, a missing final line end, and skips blank lines", () => {
    expect(parseCsv(`${CSV_BOM}a,b\n\n1,2`)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("names the line of an unclosed quote or a stray quote", () => {
    expect(() => parseCsv('a\n"open\nstill open')).toThrow("Line 2 of the file: a quoted value is never closed.");
    expect(() => parseCsv('a\nab"c"')).toThrow("Line 2 of the file: a value that contains quotes must be enclosed in quotes.");
    expect(() => parseCsv('"a"b')).toThrow("Line 1 of the file: a quoted value must be followed by a comma");
  });

  it("quotes only what needs quoting and ends records with CRLF", () => {
    expect(writeCsv([["a", "b,c", 'say "hi"', "x\ny"]])).toBe('a,"b,c","say ""hi""","x\ny"\r\n');
  });

  it("round-trips any table of strings", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "Z", ",", '"', "\r", "\n", " ", "é", "=", "'") });
    const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }),
    );
    fc.assert(
      fc.property(table, (records) => {
        // A record of one empty field is a blank line, which the reader skips by design.
        const meaningful = records.filter((r) => !(r.length === 1 && r[0] === ""));
        expect(parseCsv(writeCsv(meaningful))).toEqual(meaningful);
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
