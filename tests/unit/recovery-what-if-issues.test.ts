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

  it("an issue with a drafted copy, stream limit, retrieval time, host, recovery host or replica lands on that field", () => {
    const issues = [
      { path: "backupPolicies[0].copies[2].schedule.everyMinutes", message: "runs more often than every 5 minutes (every 1 min); model continuous protection as a replica" },
      { path: "backupPolicies[0].copies[2].lagMinutes", message: "must be ≥ 0" },
      { path: "locations[1].streamMBps", message: "must be > 0" },
      { path: "locations[1].retrievalMinutes", message: "must be ≥ 0" },
      { path: "hosts[0].reservedMiB", message: "must not exceed ramMiB (65536)" },
      { path: "hosts[0].readyAfterMinutes", message: "must be ≥ 0" },
      { path: 'systems[1].recoveryHosts["site-loss"]', message: 'unknown host "hv9"' },
      { path: "replicas[0].location", message: 'unknown location "tape"' },
      { path: "replicas[0].lagMinutes", message: "must be ≥ 0" },
    ];
    expect(draftIssueFields(issues)).toEqual({
      fieldErrors: {
        copyEveryMinutes: "Copy every (minutes): runs more often than every 5 minutes (every 1 min); model continuous protection as a replica.",
        copyLagMinutes: "Copy lag (minutes): must be ≥ 0.",
        streamMBps: "Per-stream limit (MB/s): must be > 0.",
        retrievalMinutes: "Retrieval time (minutes): must be ≥ 0.",
        reservedMiB: "Reserved memory (MiB): must not exceed ramMiB (65536).",
        readyAfterMinutes: "Ready after (minutes): must be ≥ 0.",
        recoveryHost: 'Recovery host: unknown host "hv9".',
        replicaLocation: 'Replica location: unknown location "tape".',
        replicaLagMinutes: "Replica lag (minutes): must be ≥ 0.",
      },
      rest: [],
    });
  });
});

