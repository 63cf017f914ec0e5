/**
 * The CSV reader behind the imports, fuzzed without a database: any text gives records or an
 * error naming its line, and mapping any table to import rows gives rows or errors naming a line
 * and a column, never an exception.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { csvToItems } from "@/lib/inventories/csv-rows";
import { INVENTORY_KINDS, registerOf } from "@/lib/inventories/registers";
import { CsvSyntaxError, readCsv } from "@/lib/csv/read-csv";
import { mapRestorePointRows, mapVmRows } from "@/lib/recovery/imports/map-rows";
import { nastyString } from "../fuzz-values";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

/** CSV-ish text: separators, quotes and line ends are likely, so the readers' states are all reached. */
const csvText = fc.oneof(
  fc.string({ unit: fc.constantFrom("a", "1", ",", ";", '"', "\n", "\r", " ", "\uFEFF", "\u0000", "é", "😀"), maxLength: 80 }),
  nastyString,
  fc.tuple(fc.constantFrom(fixture("vms-generic.csv"), fixture("rvtools-vinfo.csv"), fixture("restore-points.csv")), fc.nat(), nastyString).map(
    ([text, at, junk]) => text.slice(0, at % (text.length + 1)) + junk + text.slice(at % (text.length + 1)),
  ),
);

describe("the CSV reader", () => {
  it("reads any text into records that name their line, or refuses it naming the line", () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom(undefined, ",", ";") as fc.Arbitrary<"," | ";" | undefined>, (text, delimiter) => {
        try {
          let previous = 0;
          for (const record of readCsv(text, { delimiter })) {
            expect(record.line).toBeGreaterThan(previous);
            expect(record.cells.every((cell) => typeof cell === "string")).toBe(true);
            previous = record.line;
          }
        } catch (error) {
          expect(error).toBeInstanceOf(CsvSyntaxError);
          expect((error as CsvSyntaxError).message).toMatch(/^Line \d+: /);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the inventory import", () => {
  it.each(INVENTORY_KINDS.map((kind) => [kind] as const))("%s: any file gives items or problems naming a row, column or the file", (kind) => {
    const register = registerOf(kind);
    const header = register.fields.map((f) => f.label).join(",");
    fc.assert(
      fc.property(fc.oneof(csvText, csvText.map((body) => `${header}\n${body}`)), (text) => {
        let result: ReturnType<typeof csvToItems>;
        try {
          result = csvToItems(register, text, new Map([["person-1", "Sam Lee"]]));
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          return;
        }
        if (!result.ok) for (const message of result.errors) expect(message).toMatch(/^(Row \d+|Column (“|[A-Z]+ )|The file)/);
      }),
      { numRuns: 150 },
    );
  });
});

describe("the recovery import", () => {
  it("maps any table to rows, or to errors naming a line and a column", () => {
    const table = fc.record({
      header: fc.oneof(
        fc.array(nastyString, { maxLength: 6 }),
        fc.constant<string[]>(["name", "host", "ramMiB", "usedGB", "bootMinutes", "verifyMinutes", "priority"]),
        fc.constant<string[]>(["system", "location", "pointInTime", "usableAt", "sizeGB"]),
        fc.constant<string[]>(["VM", "Memory", "In Use MB", "Host", "Powerstate", "Template"]),
      ),
      records: fc.array(fc.record({ line: fc.integer({ min: 2, max: 10_000 }), cells: fc.array(nastyString, { maxLength: 8 }) }), { maxLength: 10 }),
    });
    fc.assert(
      fc.property(table, (t) => {
        for (const mapped of [mapVmRows("vms", t), mapVmRows("rvtools", t), mapRestorePointRows(t, { now: new Date() })]) {
          if (mapped.ok) continue;
          expect(mapped.errors.length).toBeGreaterThan(0);
          for (const error of mapped.errors) {
            expect(error.line).toBeGreaterThanOrEqual(1);
            expect(typeof error.column).toBe("string");
            expect(error.message.length).toBeGreaterThan(3);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
