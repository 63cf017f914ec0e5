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
      "SQL Server (db) could lose up to 6 h 40 min of data, more than its RPO of 4 h. Its newest surviving copy is the backups on nas by the policy “six-hourly”, which run up to 6 h apart; back up at least every 3 h 20 min.",
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
      "files could lose up to 7 days 18 h of data, more than its RPO of 2 days. The off-site copy on usb is up to 7 days 18 h old; rotate daily or add a cloud copy.",
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
      "db would be back after 1 h 29 min, more than its RTO of 1 h. Restoring 624 GB in time needs 260 MB/s; nas gives 150 MB/s to one restore. The transfer alone takes 1 h 9 min, more than the RTO by itself. Use faster storage or network, restore from a replica, or prove a faster restore with a test.",
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
      "b would be back after 30 min, more than its RTO of 20 min. Alone it would read from nas in 15 min, but other restores share it: it waits 15 min for a free stream. Add streams or throughput to nas, or raise its priority.",
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
    expect(out).toEqual(["No copy of db survives the loss of office. Keep a copy at another site: a cloud copy, rotated media or a replica."]);
  });

  it("names locations, hosts, policies and groups by the names the caller gives, and by id without them", () => {
    const input = baseModel({
      hosts: [{ id: "hv1", site: "office", ramMiB: 65536 }, { id: "hv2", site: "office", ramMiB: 65536 }],
      systems: [
        { id: "db", host: "hv1", ramMiB: 4096, rtoMinutes: 600, rpoMinutes: 60 },
        { id: "app", host: "hv2", rtoMinutes: 600, rpoMinutes: 1440 },
      ],
      backupPolicies: [
        { id: "nightly", systems: ["db"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, target: "nas" },
        { id: "noon", systems: ["app"], schedule: { cron: "0 12 * * *", timezone: "UTC" }, target: "nas" },
      ],
      consistencyGroups: [{ id: "erp", systems: ["db", "app"], maxSkewMinutes: 15 }],
      scenarios: [
        { id: "host-loss", kind: "host", lostHosts: ["hv1"] },
        { id: "fire", kind: "site", lostSites: ["office"], at: "2025-06-01T18:00:00Z" },
      ],
    });
    const names = {
      locations: { nas: "Synology NAS" },
      hosts: { hv1: "HV01 (server room)" },
      backupPolicies: { nightly: "Nightly image backup" },
      consistencyGroups: { erp: "ERP and its database" },
    };
    const named = run(input, { names }).findings.map((f) => f.message);
    expect(named).toContain("db is to be restored to HV01 (server room), which is lost in this scenario, so it cannot run anywhere. Set a recovery host for it in this scenario, one that survives.");
    expect(named).toContain("db could lose up to 1 day of data, more than its RPO of 1 h. Its newest surviving copy is the backups on Synology NAS by the policy “Nightly image backup”, which run up to 1 day apart; back up at least every 1 h.");
    expect(named.some((m) => m.startsWith("Consistency group ERP and its database would not be consistent"))).toBe(true);
    // Only what the caller names changes: the same run without names says the ids.
    const plain = run(input).findings.map((f) => f.message);
    expect(plain).toContain("db is to be restored to hv1, which is lost in this scenario, so it cannot run anywhere. Set a recovery host for it in this scenario, one that survives.");
    expect(plain.some((m) => m.startsWith("Consistency group erp would not be consistent"))).toBe(true);
    expect(run(input, { names: { hosts: { constructor: "x" } } }).findings.map((f) => f.message)).toEqual(plain);
  });

  it("names no model field or scenario id: an unplaced system is told to get a surviving recovery host", () => {
    const out = messages(
      baseModel({
        hosts: [{ id: "hv1", site: "office", ramMiB: 65536 }, { id: "hv2", site: "office", ramMiB: 65536 }],
        systems: [{ id: "db", host: "hv1", ramMiB: 4096, rtoMinutes: 600, rpoMinutes: 1440 }],
        backupPolicies: [{ id: "nightly", systems: ["db"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, target: "nas" }],
        scenarios: [{ id: "host-loss", kind: "host", lostHosts: ["hv1"] }],
      }),
      "UNPLACED",
    );
    expect(out).toEqual(["db is to be restored to hv1, which is lost in this scenario, so it cannot run anywhere. Set a recovery host for it in this scenario, one that survives."]);
    expect(out[0]).not.toMatch(/host-loss|recoveryHosts/);
  });

  it("says that only lag-free replication meets an RPO of 0, and words the window alone in the singular", () => {
    const model = (rpoMinutes: number) =>
      baseModel({
        systems: [{ id: "db", host: "hv1", rpoMinutes, rtoMinutes: 6000 }],
        backupPolicies: [{ id: "hourly", systems: ["db"], schedule: { everyMinutes: 60 }, windowMinutes: 90, target: "nas" }],
        scenarios: [{ id: "vm", kind: "system" }],
      });
    expect(messages(model(0), "RPO_BREACHED")).toEqual([
      "db could lose up to 2 h 30 min of data, more than its RPO of 0 min. Only replication with no lag meets an RPO of 0: keep a replica that trails by nothing, or agree a larger RPO.",
    ]);
    // 60 min apart + 90 min window = 150 min; a target of 80 min leaves nothing for the schedule.
    expect(messages(model(80), "RPO_BREACHED")[0]).toMatch(/; the backup window alone takes 1 h 30 min; shorten it or add replication\.$/);
  });

  it("an RTO breach before any data moves names the largest part of the restore start: containment", () => {
    const out = messages(
      baseModel({
        locations: [{ id: "nas", site: "office", throughputMBps: 150, online: false, retrievalMinutes: 30 }],
        systems: [{ id: "db", host: "hv1", usedGB: 1, bootMinutes: 10, rtoMinutes: 120, rpoMinutes: 100000 }],
        backupPolicies: [{ id: "nightly", systems: ["db"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, target: "nas" }],
        scenarios: [{ id: "crypto", kind: "ransomware", at: "2025-06-03T02:00:00Z", cleanBefore: "2025-06-02T20:00:00Z", declareMinutes: 30, containmentMinutes: 240 }],
      }),
      "RTO_BREACHED",
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toContain("contain the attack sooner (containment takes 4 h), or shorten boot and checks.");
    expect(out[0]).not.toContain("declare sooner");
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
