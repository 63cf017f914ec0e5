import { describe, expect, it } from "vitest";
import { approvalCadenceNote, approvalExpiry, approvalStatus, approvalTerm, type VersionSummary } from "@/lib/versions/approval-status";

const now = new Date("2026-11-25T12:00:00Z");
const v = (number: number, status: VersionSummary["status"], contentRevision: number, decidedAt: string | null = null, approvedForDays: number | null = null): VersionSummary => ({
  number,
  status,
  contentRevision,
  decidedAt: decidedAt ? new Date(decidedAt) : null,
  approvedForDays,
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
    const expiresAt = (days: number) => approvalExpiry({ decidedAt, approvedForDays: days, reviewCadenceDays: days });
    expect(approvalTerm({ number: 2, expiresAt: expiresAt(365), now })).toBe("Version 2's approval holds until 1 Jun 2027.");
    expect(approvalTerm({ number: 2, expiresAt: expiresAt(90), now })).toBe("Version 2's approval expired on 30 Aug 2026.");
  });
});

describe("the term an approval holds for (decision 65)", () => {
  const decidedAt = new Date("2026-01-01T00:00:00Z");
  const day = (date: Date) => date.toISOString().slice(0, 10);

  it("is the cadence it was given for, which a longer cadence set since does not extend", () => {
    expect(day(approvalExpiry({ decidedAt, approvedForDays: 365, reviewCadenceDays: 365 }))).toBe("2027-01-01");
    expect(day(approvalExpiry({ decidedAt, approvedForDays: 365, reviewCadenceDays: 730 }))).toBe("2027-01-01");
  });

  it("is cut short by a shorter cadence set since: the stricter term holds", () => {
    expect(day(approvalExpiry({ decidedAt, approvedForDays: 365, reviewCadenceDays: 90 }))).toBe("2026-04-01");
  });

  it("is the plan's cadence now for an approval given before its cadence was kept", () => {
    expect(day(approvalExpiry({ decidedAt, approvedForDays: null, reviewCadenceDays: 730 }))).toBe("2028-01-01");
    expect(day(approvalExpiry({ decidedAt, approvedForDays: null, reviewCadenceDays: 90 }))).toBe("2026-04-01");
  });

  it("expires the approval in force on the cadence it was given for, in every status computed from it", () => {
    // Approved on 1 Jun 2025 for a year; the cadence lengthened to two years since.
    const versions = [v(1, "approved", 4, "2025-06-01T00:00:00Z", 365)];
    expect(approvalStatus({ versions, contentRevision: 4, reviewCadenceDays: 730, now })).toMatchObject({
      label: "Approval v1 expired",
      expired: true,
      approved: { number: 1, approvedForDays: 365, expiresAt: new Date("2026-06-01T00:00:00Z") },
    });
    // The same approval, had its cadence not been kept, follows the plan's.
    expect(approvalStatus({ versions: [v(1, "approved", 4, "2025-06-01T00:00:00Z")], contentRevision: 4, reviewCadenceDays: 730, now })).toMatchObject({
      label: "Approved v1",
      expired: false,
      approved: { approvedForDays: null, expiresAt: new Date("2027-06-01T00:00:00Z") },
    });
  });

  it("says which cadence the approval follows when the plan's has changed since, and nothing when it has not", () => {
    expect(approvalCadenceNote({ number: 1, approvedForDays: 365, reviewCadenceDays: 730 })).toBe(
      "Version 1 was approved for 365 days; the plan's review cadence is now 730 days, which applies from the next approval.",
    );
    expect(approvalCadenceNote({ number: 1, approvedForDays: 365, reviewCadenceDays: 182 })).toBe(
      "Version 1 was approved for 365 days; the plan's review cadence is now 182 days, which shortens this approval too.",
    );
    expect(approvalCadenceNote({ number: 1, approvedForDays: 365, reviewCadenceDays: 365 })).toBeNull();
    expect(approvalCadenceNote({ number: 1, approvedForDays: null, reviewCadenceDays: 730 })).toBeNull();
  });
});
