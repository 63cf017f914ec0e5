import { describe, expect, it } from "vitest";
import { approvalStatus, approvalTerm, type VersionSummary } from "@/lib/versions/approval-status";

const now = new Date("2026-11-25T12:00:00Z");
const v = (number: number, status: VersionSummary["status"], contentRevision: number, decidedAt: string | null = null): VersionSummary => ({
  number,
  status,
  contentRevision,
  decidedAt: decidedAt ? new Date(decidedAt) : null,
});

describe("approval status", () => {
  it("is a draft until a version is approved", () => {
    expect(approvalStatus({ versions: [], contentRevision: 5, reviewCadenceDays: 365, now })).toMatchObject({ label: "Draft: never approved", approved: null });
    expect(approvalStatus({ versions: [v(1, "submitted", 5)], contentRevision: 5, reviewCadenceDays: 365, now }).label).toBe(
      "Draft: never approved · awaiting approval of v1",
    );
  });

  it("marks a plan changed after its approved revision, and an approval older than the cadence expired", () => {
    const versions = [v(1, "superseded", 2, "2026-01-10T00:00:00Z"), v(2, "approved", 7, "2026-06-01T00:00:00Z")];
    expect(approvalStatus({ versions, contentRevision: 7, reviewCadenceDays: 365, now })).toMatchObject({ label: "Approved v2", changedSinceApproval: false, expired: false });
    expect(approvalStatus({ versions, contentRevision: 8, reviewCadenceDays: 365, now })).toMatchObject({ label: "Changed since approval v2", tone: "warning" });
    // 2026-06-01 + 90 days = 2026-08-30, before now.
    expect(approvalStatus({ versions, contentRevision: 7, reviewCadenceDays: 90, now })).toMatchObject({ label: "Approval v2 expired", expired: true });
  });

  it("keeps the approved version while a newer one is rejected", () => {
    const versions = [v(1, "approved", 3, "2026-05-01T00:00:00Z"), v(2, "rejected", 6, "2026-11-01T00:00:00Z")];
    expect(approvalStatus({ versions, contentRevision: 6, reviewCadenceDays: 365, now }).label).toBe("Changed since approval v1 · v2 rejected");
  });

  it("says until when an approval holds, and when it expired once that day has passed", () => {
    const decidedAt = new Date("2026-06-01T09:30:00Z");
    expect(approvalTerm({ number: 2, decidedAt, reviewCadenceDays: 365, now })).toBe("Version 2's approval holds until 1 Jun 2027.");
    expect(approvalTerm({ number: 2, decidedAt, reviewCadenceDays: 90, now })).toBe("Version 2's approval expired on 30 Aug 2026.");
  });
});
