import { describe, expect, it } from "vitest";
import { ABANDONED_AFTER_MS, REPORT_JOB, REPORT_LIMITS, reportLimitRefusal, reportLoadWindows, type ReportLoad } from "@/lib/reports/report-limits";

const NOW = new Date("2026-11-28T10:00:00Z");
const idle: ReportLoad = { memberUnfinished: 0, organisationUnfinished: 0, memberLastHour: 0, oldestOfLastHour: null };

describe("report request limits", () => {
  it("let a request through below every limit", () => {
    expect(reportLimitRefusal(idle, NOW)).toBeNull();
    const busy = { memberUnfinished: REPORT_LIMITS.unfinishedPerMember - 1, organisationUnfinished: REPORT_LIMITS.unfinishedPerOrganisation - 1, memberLastHour: REPORT_LIMITS.requestsPerMemberPerHour - 1, oldestOfLastHour: NOW };
    expect(reportLimitRefusal(busy, NOW)).toBeNull();
  });

  it("tell a member with too many unfinished reports to wait for one", () => {
    expect(reportLimitRefusal({ ...idle, memberUnfinished: 2, organisationUnfinished: 2 }, NOW)).toBe("You already have 2 reports being prepared — wait for one to finish, then request another.");
  });

  it("tell a member whose organisation has too many unfinished reports to wait for one of them", () => {
    expect(reportLimitRefusal({ ...idle, organisationUnfinished: 5 }, NOW)).toBe("Your organisation already has 5 reports being prepared — wait for one of them to finish, then request another.");
  });

  it("say when the hourly limit frees a request, before any other refusal", () => {
    const oldest = new Date(NOW.getTime() - 47 * 60_000 - 30_000);
    const load = { memberUnfinished: 2, organisationUnfinished: 5, memberLastHour: 30, oldestOfLastHour: oldest };
    expect(reportLimitRefusal(load, NOW)).toBe("You have requested 30 reports in the last hour, the most allowed — you can request another in 13 minutes.");
    expect(reportLimitRefusal({ ...load, oldestOfLastHour: new Date(NOW.getTime() - 59 * 60_000 - 50_000) }, NOW)).toMatch(/in 1 minute\.$/);
  });

  it("stop counting a report as unfinished only once every attempt of its job has expired", () => {
    const attempts = (REPORT_JOB.retryLimit + 1) * REPORT_JOB.expireInSeconds * 1000;
    expect(ABANDONED_AFTER_MS).toBeGreaterThanOrEqual(attempts);
    expect(ABANDONED_AFTER_MS).toBeLessThan(2 * 60 * 60_000);
    expect(reportLoadWindows(NOW)).toEqual({ unfinishedSince: new Date(NOW.getTime() - ABANDONED_AFTER_MS), hourSince: new Date("2026-11-28T09:00:00Z") });
  });
});
