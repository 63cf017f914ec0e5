import { describe, expect, it } from "vitest";
import type { RecoveryModelInput } from "../index";
import { baseModel, run } from "./helpers";

const messages = (input: RecoveryModelInput, code: string) =>
  run(input)
    .findings.filter((f) => f.code === code)
    .map((f) => f.message);

describe("findings say what would fix the problem", () => {
  it("an RPO breach on the backups themselves: how often to back up", () => {
    // Every 6 h, usable 40 min after the start: worst 400 min against a target of 240.
    // The window's 40 min stays, so backups must start at least every 240 - 40 = 200 min.
    const out = messages(
      baseModel({
        systems: [{ id: "db", name: "SQL Server", host: "hv1", rpoMinutes: 240, rtoMinutes: 600 }],
        backupPolicies: [{ id: "six-hourly", systems: ["db"], schedule: { everyMinutes: 360 }, windowMinutes: 40, target: "nas" }],
        scenarios: [{ id: "vm", kind: "system" }],
      }),
      "RPO_BREACHED",
    );
    expect(out).toEqual([
      "In vm, SQL Server (db) could lose up to 6 h 40 min of data, more than its RPO of 4 h. Its newest surviving copy is the six-hourly backups on nas, which run up to 6 h apart; back up at least every 3 h 20 min.",
    ]);
  });

  it("an RPO breach on rotated media: rotate more often or add a cloud copy", () => {
    // Nightly at 23:00 UTC (usable 00:00); drives leave Fridays 17:00 with Thursday's
    // point: 7 days + 18 h = 11 160 min at worst. The path adds 18 h to the 7-day
    // rotation, so a 2-day target needs rotation every 48 h - 18 h = 30 h: daily.
    const out = messages(
      baseModel({
        horizonDays: 14,
        locations: [
          { id: "nas", site: "office", throughputMBps: 150 },
          { id: "usb", site: "home", online: false, throughputMBps: 100 },
        ],
        hosts: [
          { id: "hv1", site: "office", ramMiB: 65536 },
          { id: "dr1", site: "dr", ramMiB: 65536 },
        ],
        systems: [{ id: "files", host: "hv1", recoveryHosts: { fire: "dr1" }, rpoMinutes: 2880, rtoMinutes: 10000 }],
        backupPolicies: [
          {
            id: "nightly",
            systems: ["files"],
            schedule: { cron: "0 23 * * *", timezone: "UTC" },
            windowMinutes: 60,
            target: "nas",
            copies: [{ to: "usb", mode: "rotation", schedule: { cron: "0 17 * * 5", timezone: "UTC" } }],
          },
        ],
        scenarios: [{ id: "fire", kind: "site", lostSites: ["office"] }],
      }),
      "RPO_BREACHED",
    );
    expect(out).toEqual([
      "In fire, files could lose up to 7 days 18 h of data, more than its RPO of 2 days. The off-site copy on usb is up to 7 days 18 h old; rotate daily or add a cloud copy.",
    ]);
  });

  it("an RTO breach from bandwidth: the rate the restore needs against what the location gives", () => {
    // 624 GB must be read within 60 - 20 (boot + verify) = 40 min = 2400 s:
    // 624 000 MB / 2400 s = 260 MB/s; the NAS gives one restore 150 MB/s.
    const out = messages(
      baseModel({
        systems: [{ id: "db", host: "hv1", usedGB: 624, bootMinutes: 15, verifyMinutes: 5, rtoMinutes: 60, rpoMinutes: 1440 }],
        backupPolicies: [{ id: "nightly", systems: ["db"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, target: "nas" }],
        scenarios: [{ id: "vm", kind: "system" }],
      }),
      "RTO_BREACHED",
    );
    // 624 000 / 150 = 4160 s = 69 min 20 s, + 20 = 89 min 20 s.
    expect(out).toEqual([
      "In vm, db would be back after 1 h 29 min, more than its RTO of 1 h. Restoring 624 GB in time needs 260 MB/s; nas gives 150 MB/s to one restore. Use faster storage or network, restore from a replica, or prove a faster restore with a test.",
    ]);
  });

  it("an RTO breach from contention: waiting for a stream", () => {
    // One stream at 100 MB/s; a and b (90 GB each, 15 min alone) queue: b starts at 15, ends 30.
    const out = messages(
      baseModel({
        locations: [{ id: "nas", site: "office", throughputMBps: 100 }],
        hosts: [
          { id: "hv1", site: "office", ramMiB: 65536 },
          { id: "hv2", site: "office", ramMiB: 65536 },
        ],
        systems: [
          { id: "a", host: "hv1", recoveryHosts: { lost: "hv2" }, usedGB: 90, priority: 1, rtoMinutes: 20, rpoMinutes: 1440 },
          { id: "b", host: "hv1", recoveryHosts: { lost: "hv2" }, usedGB: 90, priority: 2, rtoMinutes: 20, rpoMinutes: 1440 },
        ],
        backupPolicies: [{ id: "nightly", systems: ["a", "b"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, target: "nas" }],
        scenarios: [{ id: "lost", kind: "host", lostHosts: ["hv1"] }],
      }),
      "RTO_BREACHED",
    );
    expect(out).toEqual([
      "In lost, b would be back after 30 min, more than its RTO of 20 min. Alone it would read from nas in 15 min, but other restores share it: it waits 15 min for a free stream. Add streams or throughput to nas, or raise its priority.",
    ]);
  });

  it("no copy survives the loss of the site", () => {
    const out = messages(
      baseModel({
        systems: [{ id: "db", host: "hv1", rpoMinutes: 60, rtoMinutes: 60 }],
        backupPolicies: [{ id: "nightly", systems: ["db"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, target: "nas" }],
        scenarios: [{ id: "fire", kind: "site", lostSites: ["office"] }],
      }),
      "NO_RECOVERY_PATH",
    );
    expect(out).toEqual(["In fire, no copy of db survives the loss of office. Keep a copy at another site: a cloud copy, rotated media or a replica."]);
  });

  it("findings carry the scenario and subject they concern, errors and warnings apart", () => {
    const a = run(
      baseModel({
        systems: [{ id: "db", host: "hv1" }],
        processes: [{ id: "billing", systems: ["db"] }],
        scenarios: [{ id: "vm", kind: "system" }],
      }),
    );
    expect(a.findings.map((f) => [f.severity, f.code, f.scenario, f.system, f.process])).toEqual([
      ["warning", "NO_TARGET", undefined, "db", undefined],
      ["warning", "NO_EVIDENCE", undefined, "db", undefined],
      ["warning", "NO_TARGET", undefined, undefined, "billing"],
      ["error", "NO_RECOVERY_PATH", "vm", "db", undefined],
    ]);
  });
});
