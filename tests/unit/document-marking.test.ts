import { describe, expect, it } from "vitest";
import { checkInput } from "@/lib/validation";
import { updateDocumentSettingsSchema } from "@/lib/settings/schemas";
import { unprintableCharacter } from "@/lib/settings/document-marking";
import { actionText } from "@/lib/audit/audit-display";

const marking = (documentMarking: unknown) => checkInput(updateDocumentSettingsSchema, { documentMarking, version: "1" });

describe("the classification marking's field", () => {
  it("keeps the marking as typed, on one line: trimmed, runs of spaces made one; empty is no marking", () => {
    expect(marking("  OFFICIAL-SENSITIVE ")).toEqual({ success: true, data: { documentMarking: "OFFICIAL-SENSITIVE", version: 1 } });
    expect(marking("Confidential —\n internal   use only")).toMatchObject({ data: { documentMarking: "Confidential — internal use only" } });
    expect(marking("   ")).toMatchObject({ data: { documentMarking: "" } });
    expect(marking("x".repeat(60))).toMatchObject({ success: true });
  });

  it("refuses a marking longer than a page's foot holds, or one the PDF cannot print, naming the character", () => {
    expect(marking("x".repeat(61))).toEqual({ success: false, fieldErrors: { documentMarking: "Keep the marking to 60 characters, such as OFFICIAL-SENSITIVE." } });
    expect(marking("机密")).toEqual({
      success: false,
      fieldErrors: { documentMarking: "The PDF reports cannot print “机” (U+673A): use the letters, digits and punctuation of Western European languages." },
    });
    expect(marking("SECRET\u200b")).toMatchObject({ fieldErrors: { documentMarking: expect.stringContaining("(U+200B)") } });
    expect(marking(undefined)).toEqual({ success: false, fieldErrors: { documentMarking: "Enter the marking, or leave it empty for none." } });
  });

  it("prints the WinAnsi characters the PDF's fonts hold: Latin-1, dashes, quotes, the euro", () => {
    expect(unprintableCharacter("Vertraulich — nur für den Dienstgebrauch “Œuvre” €")).toBeUndefined();
    expect(unprintableCharacter("Poufne: Łódź")).toBe("Ł");
    expect(unprintableCharacter("tab\there")).toBe("\t");
  });
});

describe("the audit log's words for it", () => {
  it("says what changed", () => {
    expect(actionText("org.document_marking_changed")).toBe("Classification marking changed");
  });
});
