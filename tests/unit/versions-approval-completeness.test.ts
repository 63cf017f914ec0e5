import { describe, expect, it } from "vitest";
import { approvalStatus, type VersionSummary } from "@/lib/versions/approval-status";
import { approvalCompleteness } from "@/lib/versions/approval-completeness";

const now = new Date("2026-11-25T12:00:00Z");
const v = (number: number, status: VersionSummary["status"], contentRevision: number, decidedAt: string | null = null, approvedForDays: number | null = null): VersionSummary => ({
  number,
  status,
  contentRevision,
  decidedAt: decidedAt ? new Date(decidedAt) : null,
  approvedForDays,
});
const stage = (versions: VersionSummary[], contentRevision = 5, reviewCadenceDays = 365) =>
  approvalCompleteness(approvalStatus({ versions, contentRevision, reviewCadenceDays, now }));

describe("approval stage completeness", () => {
  it("is 0 with the empty state until a version is submitted, and 0 with a reason after a rejection", () => {
    expect(stage([])).toEqual({ completeness: 0, note: null });
    expect(stage([v(1, "withdrawn", 5, "2026-11-01T00:00:00Z")])).toEqual({ completeness: 0, note: null });
    expect(stage([v(1, "rejected", 5, "2026-11-01T00:00:00Z")])).toEqual({
      completeness: 0,
      note: "Version 1 was rejected: the approvers' comments are to be acted on before it is submitted again.",
    });
  });

  it("is 100 when the current content is approved", () => {
    expect(stage([v(1, "approved", 5, "2026-11-01T00:00:00Z")])).toEqual({
      completeness: 100,
      note: "Version 1 was approved on 1 Nov 2026; the plan has not changed since. The approval holds until 1 Nov 2027.",
    });
  });

  it("is partial while a version is pending or when the plan changed or the approval expired", () => {
    expect(stage([v(1, "submitted", 5)])).toEqual({ completeness: 50, note: "Version 1 awaits approval; no version has been approved yet." });
    expect(stage([v(1, "approved", 3, "2026-11-01T00:00:00Z")])).toEqual({
      completeness: 50,
      note: "The plan has changed since version 1 was approved: it needs to be submitted for approval again.",
    });
    expect(stage([v(1, "approved", 3, "2026-11-01T00:00:00Z"), v(2, "submitted", 5)])).toEqual({
      completeness: 75,
      note: "The plan has changed since version 1 was approved; version 2 awaits approval.",
    });
    expect(stage([v(1, "approved", 5, "2025-01-01T00:00:00Z")])).toEqual({
      completeness: 50,
      note: "The approval of version 1 expired on 1 Jan 2026: it needs to be submitted for approval again.",
    });
    // Approved for a year; the cadence lengthened to two since does not extend it (decision 65).
    expect(stage([v(1, "approved", 5, "2025-06-01T00:00:00Z", 365)], 5, 730)).toEqual({
      completeness: 50,
      note: "The approval of version 1 expired on 1 Jun 2026: it needs to be submitted for approval again.",
    });
  });
});
