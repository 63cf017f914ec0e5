import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errorSummary, FIELDS_NEED_ATTENTION, summaryItemText, summaryLabel } from "@/lib/forms/error-summary";
import { AppError, invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

const mtd = { id: "mtdMinutes", label: "MTD (optional)", message: "MTD: write a duration like 90min, 4h, 1d or 2w." };
const owner = { id: "ownerId", label: "Owner", message: "Owner: choose who will fix it." };

describe("the error summary of a refused form", () => {
  it("says how many fields need attention and lists each, in the form's order, linked to its field", () => {
    expect(errorSummary({ message: FIELDS_NEED_ATTENTION, fields: [mtd, owner], soleField: false })).toEqual({
      message: null,
      heading: "2 fields need attention:",
      items: [
        { id: "mtdMinutes", text: "MTD — write a duration like 90min, 4h, 1d or 2w." },
        { id: "ownerId", text: "Owner — choose who will fix it." },
      ],
    });
  });

  it("counts one field in the singular", () => {
    expect(errorSummary({ message: FIELDS_NEED_ATTENTION, fields: [owner], soleField: false }).heading).toBe("1 field needs attention:");
  });

  it("names the field before a message that does not start with its label", () => {
    const threat = { id: "threat-title", label: "Threat", message: "Name the threat." };
    expect(errorSummary({ message: FIELDS_NEED_ATTENTION, fields: [threat], soleField: false }).items).toEqual([{ id: "threat-title", text: "Threat — Name the threat." }]);
  });

  it("keeps a message that says more than the fields, before them", () => {
    const lengths = { id: "horizons", label: "Outage lengths of the impact grid", message: "Each outage length once." };
    const message = "Nothing was saved: these outage lengths would drop impact ratings.";
    expect(errorSummary({ message, fields: [lengths], soleField: false })).toMatchObject({ message, heading: "1 field needs attention:" });
  });

  it("does not say a field's message a second time as the refusal's own", () => {
    const file = { id: "file", label: "File", message: "The file is not valid JSON." };
    const other = { id: "note", label: "Note", message: "Keep it short." };
    expect(errorSummary({ message: "The file is not valid JSON.", fields: [file, other], soleField: false }).message).toBeNull();
  });

  it("leaves a field without an id unlinked", () => {
    const sites = { id: null, label: "Lost sites", message: "Choose at least one lost site." };
    expect(errorSummary({ message: FIELDS_NEED_ATTENTION, fields: [sites], soleField: false }).items).toEqual([{ id: null, text: "Lost sites — Choose at least one lost site." }]);
  });

  it("lists nothing for a form of one field: its message is said at the field alone", () => {
    const file = { id: "file", label: "File", message: "Choose a file to attach." };
    expect(errorSummary({ message: FIELDS_NEED_ATTENTION, fields: [file], soleField: true })).toEqual({ message: null, heading: null, items: [] });
    expect(errorSummary({ message: undefined, fields: [file], soleField: true })).toEqual({ message: null, heading: null, items: [] });
    // What a problem of the whole file means is still said beside it.
    const empty = { id: "import-file", label: "CSV file", message: "The file is empty." };
    expect(errorSummary({ message: "Nothing was imported.", fields: [empty], soleField: true })).toEqual({ message: "Nothing was imported.", heading: null, items: [] });
  });

  it("keeps the message, whatever it says, when the form shows none of the refused fields", () => {
    expect(errorSummary({ message: FIELDS_NEED_ATTENTION, fields: [], soleField: false })).toEqual({ message: FIELDS_NEED_ATTENTION, heading: null, items: [] });
  });
});

describe("a field as the summary names it", () => {
  it("drops the label's optional mark, keeping its unit", () => {
    expect(summaryLabel("Scope (optional)")).toBe("Scope");
    expect(summaryLabel("Size restored (GB, optional)")).toBe("Size restored (GB)");
    expect(summaryLabel("Disaster instant (optional; required for ransomware)")).toBe("Disaster instant");
    expect(summaryLabel("  Throughput\n (MB/s) ")).toBe("Throughput (MB/s)");
  });

  it("says the label once when the message starts with it", () => {
    expect(summaryItemText({ label: "Data lost (minutes, optional)", message: "Data lost (minutes): enter minutes, or a duration like 90min, 4h or 1d." })).toBe(
      "Data lost (minutes) — enter minutes, or a duration like 90min, 4h or 1d.",
    );
    expect(summaryItemText({ label: "Vendor", message: "Vendor: fill this in." })).toBe("Vendor — fill this in.");
  });
});

describe("the one wording of a refusal with field errors", () => {
  it("is the same from a schema and from a use case's check of one field", () => {
    const schema = z.object({ name: z.string().min(1, "Name it.") });
    const fromSchema = (() => {
      try {
        parseInput(schema, { name: "" });
      } catch (error) {
        return error;
      }
    })();
    expect(fromSchema).toBeInstanceOf(AppError);
    expect((fromSchema as AppError).message).toBe(FIELDS_NEED_ATTENTION);
    expect(invalid("file", "Choose a file to attach.").message).toBe(FIELDS_NEED_ATTENTION);
  });
});
