import { describe, expect, it } from "vitest";
import { decisionLines } from "@/lib/versions/decision-lines";

const at = (iso: string) => new Date(iso);
const daniel = { id: "d", name: "Daniel Okafor" };
const sarah = { id: "s", name: "Sarah Lewis" };
const amara = { id: "a", name: "Amara Diallo" };

describe("a version's decisions on the approval page", () => {
  it("reads each as the version page words it, with the time it was made", () => {
    expect(decisionLines([{ decision: "rejected", createdAt: at("2026-11-20T10:05:00Z"), approver: sarah }])).toEqual([
      { key: "s", text: "Rejected by Sarah Lewis on 20 Nov 2026, 10:05 UTC" },
    ]);
  });

  it("lists them in the order they were made, and those made at once by name", () => {
    const lines = decisionLines([
      { decision: "rejected", createdAt: at("2026-11-21T09:00:00Z"), approver: sarah },
      { decision: "approved", createdAt: at("2026-11-20T10:00:00Z"), approver: daniel },
      { decision: "approved", createdAt: at("2026-11-20T10:00:00Z"), approver: amara },
    ]);
    expect(lines.map((l) => l.text)).toEqual([
      "Approved by Amara Diallo on 20 Nov 2026, 10:00 UTC",
      "Approved by Daniel Okafor on 20 Nov 2026, 10:00 UTC",
      "Rejected by Sarah Lewis on 21 Nov 2026, 09:00 UTC",
    ]);
  });
});
