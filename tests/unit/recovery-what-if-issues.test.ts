import { describe, expect, it } from "vitest";
import { draftIssueFields } from "@/lib/recovery/what-if-issues";

describe("a what-if draft's issues", () => {
  it("become messages on the draft's fields, labelled in words; others are kept", () => {
    const issues = [
      { path: "backupPolicies[3].schedule.cron", message: 'invalid cron "0 25 * * *": hour field: 25 is out of range 0–23' },
      { path: "locations[0].maxStreams", message: "must be > 0" },
      { path: "systems[1].dependsOn", message: "dependency cycle: a → b → a" },
    ];
    expect(draftIssueFields(issues)).toEqual({
      fieldErrors: {
        cron: 'Cron expression: invalid cron "0 25 * * *": hour field: 25 is out of range 0–23.',
        maxStreams: "Parallel restore streams: must be > 0.",
      },
      rest: [issues[2]],
    });
  });
});
