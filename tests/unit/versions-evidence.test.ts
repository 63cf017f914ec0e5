import { describe, expect, it } from "vitest";
import { versionEvidence, versionsText } from "@/lib/versions/version-evidence";

const file = (id: string, fileName: string) => ({ id, fileName, contentType: "text/plain", sizeBytes: 12, sha256: "a".repeat(64) });

describe("a version's evidence", () => {
  it("lists every file of every test in the snapshot's order, with the test it belonged to", () => {
    const snapshot = {
      tests: {
        exercises: [
          { id: "t1", title: "Tabletop", attachments: [] },
          { id: "t2", title: "Restore simulation", attachments: [file("a1", "restore.log"), file("a2", "screen.png")] },
        ],
        findings: [],
      },
    };
    expect(versionEvidence(snapshot)).toEqual([
      { ...file("a1", "restore.log"), testId: "t2", testTitle: "Restore simulation" },
      { ...file("a2", "screen.png"), testId: "t2", testTitle: "Restore simulation" },
    ]);
  });

  it("finds nothing in a snapshot without tests, and skips entries that are not files", () => {
    expect(versionEvidence(null)).toEqual([]);
    expect(versionEvidence({ plan: { id: "p" } })).toEqual([]);
    expect(versionEvidence({ tests: { exercises: "none" } })).toEqual([]);
    const odd = { tests: { exercises: [null, { id: "t", title: "T", attachments: [null, { fileName: "no id" }, { id: 7 }, file("a1", "ok.log")] }] } };
    expect(versionEvidence(odd).map((e) => e.id)).toEqual(["a1"]);
  });
});

describe("naming the versions that keep a file", () => {
  it("reads as a person would say it", () => {
    expect(versionsText([2])).toBe("version 2");
    expect(versionsText([1, 3])).toBe("versions 1 and 3");
    expect(versionsText([1, 2, 4])).toBe("versions 1, 2 and 4");
  });
});
