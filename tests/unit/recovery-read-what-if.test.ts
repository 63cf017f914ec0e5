import { describe, expect, it } from "vitest";
import { readWhatIf } from "@/lib/recovery/read-what-if";
import { NOW, officeRows } from "./recovery-rows";

function rows() {
  const r = officeRows();
  r.locations[0].name = "Synology NAS";
  return r;
}

const read = (values: Record<string, string>) => readWhatIf({ rows: rows(), values, now: NOW });

describe("a what-if draft read in one pass", () => {
  it("a bad cron, an unknown time zone, a copy to the policy's own target and an unreadable window, all at once", () => {
    expect(read({ policy: "nightly", schedule: "cron", cron: "0 25 * * *", timezone: "Europe/Londn", copyTo: "nas", windowMinutes: "abc" })).toEqual({
      state: "invalid",
      fieldErrors: {
        windowMinutes: "Window (minutes): enter minutes, or a duration like 90min, 4h or 1d.",
        copyTo: "Add a copy to: a copy goes to another location than the policy's target (Synology NAS).",
        cron: 'Cron expression: invalid cron "0 25 * * *": hour field: 25 is out of range 0–23.',
        timezone: 'Time zone: unknown time zone "Europe/Londn" (use an IANA name such as Europe/Paris).',
      },
      issues: [],
    });
  });

  it("a copy every N minutes without its interval is still checked against the policy's target", () => {
    expect(read({ policy: "nightly", copyTo: "nas", copyMode: "scheduled" })).toEqual({
      state: "invalid",
      fieldErrors: {
        copyEveryMinutes: "Copy every (minutes): enter how often the copy runs, in minutes or as a duration like 90min, 4h or 1d.",
        copyTo: "Add a copy to: a copy goes to another location than the policy's target (Synology NAS).",
      },
      issues: [],
    });
  });

  it("the rules between fields still run when a field is refused on its own", () => {
    expect(read({ windowMinutes: "abc", ramMiB: "1e3", scenario: "site-loss" })).toEqual({
      state: "invalid",
      fieldErrors: {
        windowMinutes: "Window (minutes): enter minutes, or a duration like 90min, 4h or 1d.",
        ramMiB: "Memory (MiB): write it as plain digits, e.g. 60 or 1.5.",
        policy: "Choose the policy to change.",
        host: "Choose the host to change.",
        recoveryHost: "Choose the host it is restored on in that scenario.",
        system: "Choose the system to change.",
      },
      issues: [],
    });
  });

  it("what the rows refuse and what the engine refuses come together, and a refused field keeps the saved value in the checks", () => {
    // The per-stream limit is checked against the saved throughput, the typed one being refused.
    expect(read({ location: "nas", throughputMBps: "fast", streamMBps: "250", host: "hv9", ramMiB: "1024" })).toEqual({
      state: "invalid",
      fieldErrors: {
        throughputMBps: "Throughput (MB/s): write it as plain digits, e.g. 60 or 1.5.",
        streamMBps: "Per-stream limit (MB/s): cannot exceed the location's throughput (200 MB/s).",
        host: "Choose a host of this plan.",
      },
      issues: [],
    });
  });

  it("a backup or copy more often than every 5 minutes, or a window or lag over a week, is refused at its field, so the draft is not assessed", () => {
    // The security review's draft: every minute, copied to the cloud every minute.
    const why = "model continuous protection as a replica";
    expect(read({ policy: "nightly", schedule: "cron", cron: "* * * * *", copyTo: "cloud", copyMode: "scheduled", copyEveryMinutes: "1", copyLagMinutes: "0" })).toEqual({
      state: "invalid",
      fieldErrors: {
        cron: `Cron expression: runs more often than every 5 minutes (at 00:00 and 00:01); ${why}.`,
        copyEveryMinutes: `Copy every (minutes): runs more often than every 5 minutes (every 1 min); ${why}.`,
      },
      issues: [],
    });
    expect(read({ policy: "nightly", schedule: "every", everyMinutes: "2" })).toEqual({
      state: "invalid",
      fieldErrors: { everyMinutes: `Every (minutes): runs more often than every 5 minutes (every 2 min); ${why}.` },
      issues: [],
    });
    expect(read({ policy: "nightly", schedule: "cron", cron: "*/2 * * * *" })).toMatchObject({
      state: "draft-invalid",
      fieldErrors: { cron: `Cron expression: runs more often than every 5 minutes (at 00:00 and 00:02); ${why}.` },
    });
    // A window or lag of a century would expand a century of backups: a week is the most, as in the policy and copy forms.
    expect(read({ policy: "nightly", windowMinutes: "100000000", copyTo: "cloud", copyLagMinutes: "2w" })).toEqual({
      state: "invalid",
      fieldErrors: {
        windowMinutes: "Window (minutes): enter at most 1 week (10,080 minutes).",
        copyLagMinutes: "Copy lag (minutes): enter at most 1 week (10,080 minutes).",
      },
      issues: [],
    });
    // Every 5 minutes, copied every 5 minutes, is assessed.
    expect(read({ policy: "nightly", schedule: "cron", cron: "*/5 * * * *", copyTo: "cloud", copyMode: "scheduled", copyEveryMinutes: "5" })).toMatchObject({ state: "valid" });
  });

  it("a draft the engine alone refuses, and a valid one", () => {
    expect(read({ policy: "nightly", schedule: "cron", cron: "0 25 * * *" })).toMatchObject({
      state: "draft-invalid",
      fieldErrors: { cron: 'Cron expression: invalid cron "0 25 * * *": hour field: 25 is out of range 0–23.' },
    });
    const valid = read({ system: "SQL", scenario: "site-loss", recoveryHost: "_own", replicaLocation: "cloud", replicaLagMinutes: "15" });
    expect(valid).toMatchObject({
      state: "valid",
      draft: { recoveryHosts: [{ system: "SQL", scenario: "site-loss", host: null }], replicas: [{ system: "SQL", location: "cloud", lagMinutes: 15 }] },
    });
  });

  it("a recovery host or replica of a system left out of the model, of another plan, or a second replica to one location", () => {
    const r = rows();
    r.systems[1].usedGB = null;
    r.replicas.push({ system: { name: "DC" }, location: { key: "cloud" }, lagMinutes: 5 });
    expect(readWhatIf({ rows: r, now: NOW, values: { system: "SQL", scenario: "site-loss", recoveryHost: "hv1" } })).toMatchObject({
      state: "invalid",
      fieldErrors: { system: "System: SQL is left out of the recovery model (used size not set): set its recovery facts first." },
    });
    expect(readWhatIf({ rows: r, now: NOW, values: { system: "ERP", scenario: "flood", recoveryHost: "hv9" } })).toMatchObject({
      state: "invalid",
      fieldErrors: { system: "System: choose one of this plan's systems.", scenario: "Scenario: choose one of this plan's scenarios.", recoveryHost: "Recovery host: choose one of this plan's hosts." },
    });
    expect(readWhatIf({ rows: r, now: NOW, values: { system: "DC", replicaLocation: "cloud", replicaLagMinutes: "5" } })).toMatchObject({
      state: "invalid",
      fieldErrors: { replicaLocation: "Replica location: this system already replicates there." },
    });
    expect(readWhatIf({ rows: r, now: NOW, values: { system: "DC", replicaLocation: "tape", replicaLagMinutes: "-1" } })).toMatchObject({
      state: "invalid",
      fieldErrors: { replicaLocation: "Replica location: choose one of this plan's locations.", replicaLagMinutes: expect.stringMatching(/^Replica lag \(minutes\): /) },
    });
    expect(readWhatIf({ rows: r, now: NOW, values: { system: "DC", replicaLocation: "nas" } })).toMatchObject({
      state: "invalid",
      fieldErrors: { replicaLagMinutes: "Replica lag (minutes): enter how far the replica trails the system, in minutes or as a duration like 90min, 4h or 1d." },
    });
  });
});
