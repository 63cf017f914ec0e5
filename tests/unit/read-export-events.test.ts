import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ExportTextError, readExportEvents, type ExportEvent } from "@/lib/exports/read-export-events";

type Table = { name: string; binary: string[]; rows: unknown[] };
type Doc = Record<string, unknown> & { tables: Table[] };

/** The events an export object stands for, worked out without the reader. */
function expected(doc: Doc): ExportEvent[] {
  const events: ExportEvent[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (key !== "tables") events.push({ kind: "field", key, value });
    else
      for (const { rows, ...header } of doc.tables) {
        events.push({ kind: "table", header });
        for (const row of rows) events.push({ kind: "row", row });
      }
  }
  return events;
}

async function read(chunks: Iterable<string>): Promise<ExportEvent[]> {
  const events: ExportEvent[] = [];
  for await (const event of readExportEvents(chunks)) events.push(event);
  return events;
}

async function failure(chunks: Iterable<string>): Promise<ExportTextError> {
  try {
    await read(chunks);
  } catch (error) {
    if (error instanceof ExportTextError) return error;
    throw error;
  }
  throw new Error("read without an error");
}

const splitAt = (text: string, ...at: number[]) => [0, ...at, text.length].slice(1).map((end, i, ends) => text.slice(i === 0 ? 0 : ends[i - 1], end));

const sample: Doc = {
  kind: "continuity-organisation-export",
  formatVersion: 1,
  organization: { id: "org-1", slug: "harbour", name: "Harbour \"Lane\" \\ Ltd" },
  tables: [
    { name: "Organization", binary: [], rows: [{ id: "org-1", name: "Harbour \"Lane\" \\ Ltd", settings: { a: [1, 2, { b: null }] } }] },
    { name: "Empty", binary: [], rows: [] },
    {
      name: "Attachment",
      binary: ["data"],
      rows: [
        { id: "a\u0001", data: Buffer.from("hello, evidence").toString("base64"), note: "line\nbreak\ttab \u2028 é 😀 \\\" ]}[{,:" },
        { id: "b", size: -12.5e3, ok: true, gone: false, none: null, list: [], object: {} },
      ],
    },
  ],
  migration: "20261205600000_after_the_tables",
};

describe("reading an organisation export as a stream", () => {
  it("gives the head's fields, each table's header and its rows, as JSON.parse reads them", async () => {
    const text = JSON.stringify(sample);
    expect(await read([text])).toEqual(expected(sample));
    expect(await read(splitAt(JSON.stringify(sample, null, 2), 7, 300))).toEqual(expected(sample));
  });

  it("reads alike wherever the text is cut into chunks, even inside an escape or a number", async () => {
    const text = JSON.stringify(sample);
    const whole = expected(sample);
    for (let at = 0; at <= text.length; at += 1) expect(await read(splitAt(text, at))).toEqual(whole);
    expect(await read(text.split(""))).toEqual(whole);
    expect(await read(["", ...splitAt(text, 10, 10, 40), ""])).toEqual(whole);
  });

  it("reads any export-shaped document, pretty-printed or not, in any chunks", async () => {
    const row = fc.dictionary(fc.string(), fc.jsonValue());
    const table = fc.record({ name: fc.string(), binary: fc.array(fc.string(), { maxLength: 2 }), rows: fc.array(row, { maxLength: 4 }) });
    const doc = fc.record({ kind: fc.string(), formatVersion: fc.integer(), extra: fc.jsonValue(), tables: fc.array(table, { maxLength: 3 }) });
    await fc.assert(
      fc.asyncProperty(doc, fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), async (value, pretty, cuts) => {
        // Parsed back, so the expected values are what JSON makes of the generated ones (-0 is 0).
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const parsed = JSON.parse(text) as Doc;
        const at = cuts.map((n) => n % (text.length + 1)).sort((a, b) => a - b);
        expect(await read(splitAt(text, ...at))).toEqual(expected(parsed));
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a file cut short anywhere, or with something after its end, as not valid JSON", async () => {
    const text = JSON.stringify(sample);
    for (let at = 0; at < text.length; at += 1) expect((await failure([text.slice(0, at)])).reason).toBe("json");
    expect((await failure([text, "x"])).message).toBe("The file is not valid JSON.");
    expect((await failure([text, "{}"])).reason).toBe("json");
    expect((await failure(['{"kind": "x",, "tables": []}'])).reason).toBe("json");
    expect((await failure(['{"kind": tru, "tables": []}'])).reason).toBe("json");
    expect((await failure(['{"tables": [{"name": "A", "binary": [], "rows": [{"id": 1}}]}]}'])).reason).toBe("json");
    expect((await failure(["not json"])).reason).toBe("json");
  });

  it("names a document that is JSON but not shaped as an export", async () => {
    expect((await failure(["[]"])).message).toBe("The file is not an organisation export: it is not a JSON object.");
    expect((await failure(['{"tables": {}}'])).message).toBe("The file is not an organisation export: its tables are not a list.");
    expect((await failure(['{"tables": [1]}'])).message).toBe("The file is not an organisation export: one of its tables is not an object.");
    expect((await failure(['{"tables": [{"name": "A"}]}'])).message).toBe("The file is not an organisation export: a table has no rows.");
    expect((await failure(['{"tables": [{"rows": "x"}]}'])).message).toBe("The file is not an organisation export: a table's rows are not a list.");
    expect((await failure(['{"tables": [{"rows": [], "name": "A"}]}'])).message).toBe(
      "The file is not an organisation export: a table's name and binary columns must come before its rows.",
    );
  });

  it("never fails other than with its own error, whatever text it is given", async () => {
    const text = JSON.stringify(sample);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: text.length }), fc.string({ maxLength: 4 }), fc.nat({ max: text.length }), async (at, junk, cut) => {
        const spliced = text.slice(0, at) + junk + text.slice(at);
        try {
          await read(splitAt(spliced, Math.min(cut, spliced.length)));
        } catch (error) {
          expect(error).toBeInstanceOf(ExportTextError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
