import { describe, expect, it } from "vitest";
import { baseModel, row, run } from "./helpers";
import type { RecoveryModelInput } from "../index";

// Now = Monday 2 June 2025 00:00Z; the window is [now, now + horizonDays).
const cloud = { id: "cloud", site: "dr", throughputMBps: 100 };
const usb = { id: "usb", site: "home", online: false, throughputMBps: 100 };
const oneVm = { id: "vm", kind: "system" as const };

function model(over: Partial<RecoveryModelInput>): RecoveryModelInput {
  return baseModel({ locations: [{ id: "nas", site: "office", throughputMBps: 150 }, cloud, usb], systems: [{ id: "db", host: "hv1", rpoMinutes: 300, usedGB: 90 }], scenarios: [oneVm], ...over });
}

describe("worst-case RPO", () => {
  it("is interval + window for a plain periodic policy in UTC, + lag on an immediate copy", () => {
    const a = run(
      model({
        backupPolicies: [
          {
            id: "p",
            systems: ["db"],
            schedule: { cron: "0 */4 * * *", timezone: "UTC" },
            windowMinutes: 30,
            target: "nas",
            copies: [{ to: "cloud", mode: "immediate", lagMinutes: 45 }],
          },
        ],
      }),
    );
    // 4 h apart, usable 30 min after each start: just before the next lands the
    // newest is 4 h 30 min old = 270. The cloud path alone: 270 + 45 = 315, and it
    // never beats the target it copies, so the system's worst stays 270 from nas.
    expect(row(a, "vm", "db").rpo).toEqual({ worstCaseMinutes: 270, atDisasterMinutes: null, target: 300, status: "met", location: "nas" });
  });

  it("two paths that interleave give less than either alone", () => {
    const policies = [
      { id: "midnight", systems: ["db"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, windowMinutes: 60, target: "nas" },
      { id: "noon", systems: ["db"], schedule: { cron: "0 12 * * *", timezone: "UTC" }, windowMinutes: 60, target: "cloud" },
    ];
    const a = run(model({ backupPolicies: policies }));
    // Each alone: 24 h + 1 h = 1500. Together a point every 12 h: 720 + 60 = 780.
    expect(row(a, "vm", "db").rpo.worstCaseMinutes).toBe(780);
    // Both paths alone are 1500: the tie goes to the faster stand-alone restore
    // (nas reads at 150 MB/s, cloud at 100) ...
    expect(row(a, "vm", "db").rpo.location).toBe("nas");
    // ... and when both restore equally fast, to the location id ("cloud" < "nas").
    const even = run(model({ backupPolicies: policies, locations: [{ id: "nas", site: "office", throughputMBps: 100 }, cloud, usb] }));
    expect(row(even, "vm", "db").rpo.location).toBe("cloud");
  });

  it("a scheduled copy takes the newest point usable at the target by each fire", () => {
    // Jobs at 00, 06, 12, 18 UTC, usable 90 min later (01:30, 07:30, ...).
    // Copies at 07:00 and 08:00, landing 60 min later:
    //   07:00 takes the 00:00 point (06:00 is not usable until 07:30) -> lands 08:00;
    //   08:00 takes the 06:00 point -> lands 09:00.
    // On the cloud the newest point is 06:00 from 09:00 until the next day's 08:00,
    // when the 00:00 point of that day lands: 08:00 d+1 - 06:00 d = 26 h = 1560.
    const a = run(
      model({
        scenarios: [{ id: "office-lost", kind: "site", lostSites: ["office"], at: "2025-06-03T08:30:00Z" }],
        systems: [{ id: "db", host: "hv1", rpoMinutes: 1440, recoveryHosts: { "office-lost": "dr1" } }],
        hosts: [{ id: "hv1", site: "office", ramMiB: 65536 }, { id: "dr1", site: "dr", ramMiB: 65536 }],
        backupPolicies: [
          {
            id: "p",
            systems: ["db"],
            schedule: { everyMinutes: 360, anchor: "2025-06-02T00:00:00Z" },
            windowMinutes: 90,
            target: "nas",
            copies: [{ to: "cloud", mode: "scheduled", lagMinutes: 60, schedule: { cron: "0 7,8 * * *", timezone: "UTC" } }],
          },
        ],
      }),
    );
    const db = row(a, "office-lost", "db");
    expect(db.rpo.worstCaseMinutes).toBe(1560);
    expect(db.rpo.location).toBe("cloud");
    // At 3 June 08:30 the cloud holds the 3 June 00:00 point (landed 08:00): 510 min.
    expect(db.rpo.atDisasterMinutes).toBe(510);
  });

  it("a scheduled copy takes a point that becomes usable at the very instant of the fire", () => {
    // Jobs every 6 h, usable 60 min later (01:00, 07:00, ...); a copy at 07:00 with no lag
    // takes the 06:00 point, usable "by then". On the cloud it is the newest from 07:00 to
    // 07:00 the next day: 25 h. (Taking only points usable before 07:00 would give 31 h.)
    const a = run(
      model({
        scenarios: [{ id: "office-lost", kind: "site", lostSites: ["office"] }],
        systems: [{ id: "db", host: "hv1", rpoMinutes: 1440, recoveryHosts: { "office-lost": "dr1" } }],
        hosts: [{ id: "hv1", site: "office", ramMiB: 65536 }, { id: "dr1", site: "dr", ramMiB: 65536 }],
        backupPolicies: [
          {
            id: "p",
            systems: ["db"],
            schedule: { everyMinutes: 360, anchor: "2025-06-02T00:00:00Z" },
            windowMinutes: 60,
            target: "nas",
            copies: [{ to: "cloud", mode: "scheduled", schedule: { cron: "0 7 * * *", timezone: "UTC" } }],
          },
        ],
      }),
    );
    expect(row(a, "office-lost", "db").rpo.worstCaseMinutes).toBe(1500);
  });

  it("rotation takes only what is usable strictly before the departure", () => {
    // Daily jobs at 17:00 UTC, usable at once. Drives leave Fridays at 17:00: the
    // Friday 17:00 point is not usable *before* 17:00, so the drive carries
    // Thursday's. Just before the next Friday the drive at home is 8 days old:
    // the rotation period (7 days) + the gap from the last point to the departure (1 day).
    const a = run(
      model({
        horizonDays: 14,
        scenarios: [{ id: "office-lost", kind: "site", lostSites: ["office"] }],
        systems: [{ id: "db", host: "hv1", rpoMinutes: 1440, recoveryHosts: { "office-lost": "dr1" } }],
        hosts: [{ id: "hv1", site: "office", ramMiB: 65536 }, { id: "dr1", site: "dr", ramMiB: 65536 }],
        backupPolicies: [
          {
            id: "p",
            systems: ["db"],
            schedule: { cron: "0 17 * * *", timezone: "UTC" },
            target: "nas",
            copies: [{ to: "usb", mode: "rotation", schedule: { cron: "0 17 * * 5", timezone: "UTC" } }],
          },
        ],
      }),
    );
    expect(row(a, "office-lost", "db").rpo).toMatchObject({ worstCaseMinutes: 8 * 1440, location: "usb", status: "breached" });
  });

  it("weekly-rotated drives across a daylight-saving change", () => {
    // America/New_York falls back on Sunday 2 Nov 2025. Window: Mon 27 Oct 00:00Z + 14 days.
    // Nightly jobs at 23:00 local, usable 60 min later; drives leave Fridays 17:00 local
    // and reach home 30 min later, carrying Thursday 23:00's point.
    //   Fri 24 Oct: point 24 Oct 03:00Z (Thu 23:00 EDT), home 24 Oct 21:30Z
    //   Fri 31 Oct: point 31 Oct 03:00Z,                home 31 Oct 21:30Z
    //   Fri  7 Nov: point  7 Nov 04:00Z (Thu 23:00 EST), home  7 Nov 22:30Z
    // Worst: just before 7 Nov 22:30Z with the 31 Oct 03:00Z point = 7 days 19 h 30 min
    // = 11250 min: one hour more than in a week without a clock change (11190).
    const a = run(
      model({
        assessedAt: "2025-10-27T00:00:00Z",
        horizonDays: 14,
        scenarios: [{ id: "office-lost", kind: "site", lostSites: ["office"], at: "2025-11-03T12:00:00Z" }],
        systems: [{ id: "db", host: "hv1", rpoMinutes: 3110, recoveryHosts: { "office-lost": "dr1" } }],
        hosts: [{ id: "hv1", site: "office", ramMiB: 65536 }, { id: "dr1", site: "dr", ramMiB: 65536 }],
        backupPolicies: [
          {
            id: "nightly",
            systems: ["db"],
            schedule: { cron: "0 23 * * *", timezone: "America/New_York" },
            windowMinutes: 60,
            target: "nas",
            copies: [{ to: "usb", mode: "rotation", lagMinutes: 30, schedule: { cron: "0 17 * * 5", timezone: "America/New_York" } }],
          },
        ],
      }),
    );
    const db = row(a, "office-lost", "db");
    expect(db.rpo.worstCaseMinutes).toBe(11250);
    expect(db.rpo.location).toBe("usb");
    // At Mon 3 Nov 12:00Z the drive at home (since 31 Oct 21:30Z) holds 31 Oct 03:00Z: 3 days 9 h.
    expect(db.rpo.atDisasterMinutes).toBe(4860);
  });

  it("a replica's worst case is its lag, and it caps the system's", () => {
    const a = run(
      model({
        replicas: [{ system: "db", location: "cloud", lagMinutes: 5 }],
        scenarios: [{ id: "vm", kind: "system" }, { id: "host", kind: "host", lostHosts: ["hv1"], at: "2025-06-04T10:00:00Z" }],
        backupPolicies: [{ id: "p", systems: ["db"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, target: "nas" }],
      }),
    );
    expect(row(a, "vm", "db").rpo).toMatchObject({ worstCaseMinutes: 5, location: "cloud" });
    expect(row(a, "host", "db").rpo).toMatchObject({ worstCaseMinutes: 5, atDisasterMinutes: 5 });
  });

  it("observed points count, even before the schedule's first point of the window", () => {
    // Daily jobs at 00:00Z usable at 02:00; a 1-day window [2 June 00:00, 3 June 00:00).
    // Schedule alone: until 02:00 the newest is 1 June 00:00 -> up to 26 h (1560).
    // An observed point of 1 June 20:00 (usable 21:00) covers that stretch: 02:00 - 20:00 = 6 h,
    // so the worst becomes the 24 h of the day's own point (1440).
    const schedule = { id: "p", systems: ["db"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, windowMinutes: 120, target: "nas" };
    const without = run(model({ horizonDays: 1, backupPolicies: [schedule] }));
    const withPoint = run(
      model({
        horizonDays: 1,
        backupPolicies: [schedule],
        restorePoints: [{ system: "db", location: "nas", pointInTime: "2025-06-01T20:00:00Z", usableAt: "2025-06-01T21:00:00Z" }],
      }),
    );
    expect(row(without, "vm", "db").rpo.worstCaseMinutes).toBe(1560);
    expect(row(withPoint, "vm", "db").rpo.worstCaseMinutes).toBe(1440);
  });

  it("with only observed points the age grows through the whole window", () => {
    const a = run(model({ horizonDays: 1, restorePoints: [{ system: "db", location: "nas", pointInTime: "2025-06-01T20:00:00Z", usableAt: "2025-06-01T21:00:00Z" }] }));
    // Until the end of the window (3 June 00:00): 28 h.
    expect(row(a, "vm", "db").rpo).toMatchObject({ worstCaseMinutes: 1680, location: "nas", status: "breached" });
  });

  it("five-minute backups copied every five minutes: exact over a year and both clock changes", () => {
    // As often as a schedule may run. Every 5 minutes in New York time fires every 5 real minutes,
    // through the skipped and the repeated hour alike (a rule for every hour: docs/engine.md), so
    // the NAS is at worst 5 + 10 min window = 15 old. The cloud copy runs at :02, :07, … UTC and
    // takes the newest point usable by then, the one 12 min old (the next is usable 3 min later):
    // it lands 3 min on, 15 min after its job, and the next one 5 min after that: 20.
    // Ransomware (attack at 10 June 14:00, clean before 8 June 14:00): a point counts once 2 days
    // old and is locked a week on the cloud, so just before the next job turns clean the newest
    // clean one is 2 days 5 min old: 2885, and at the attack the 8 June 13:55 one is.
    const a = run(
      model({
        horizonDays: 366,
        locations: [{ id: "nas", site: "office", throughputMBps: 150 }, { ...cloud, immutableDays: 7 }],
        hosts: [{ id: "hv1", site: "office", ramMiB: 65536 }, { id: "dr1", site: "dr", ramMiB: 65536 }],
        systems: [{ id: "db", host: "hv1", rpoMinutes: 30, recoveryHosts: { "office-lost": "dr1" } }],
        backupPolicies: [
          {
            id: "logs",
            systems: ["db"],
            schedule: { cron: "*/5 * * * *", timezone: "America/New_York" },
            windowMinutes: 10,
            target: "nas",
            copies: [{ to: "cloud", mode: "scheduled", lagMinutes: 3, schedule: { everyMinutes: 5, anchor: "2025-01-01T00:02:00Z" } }],
          },
        ],
        scenarios: [
          oneVm,
          { id: "office-lost", kind: "site", lostSites: ["office"] },
          { id: "crypto", kind: "ransomware", at: "2025-06-10T14:00:00Z", cleanBefore: "2025-06-08T14:00:00Z" },
        ],
      }),
    );
    expect(row(a, "vm", "db").rpo).toMatchObject({ worstCaseMinutes: 15, status: "met", location: "nas" });
    expect(row(a, "office-lost", "db").rpo).toMatchObject({ worstCaseMinutes: 20, status: "met", location: "cloud" });
    expect(row(a, "crypto", "db").rpo).toMatchObject({ worstCaseMinutes: 2885, atDisasterMinutes: 2885, status: "breached", location: "cloud" });
  });

  it("a target of 0 with periodic backups is breached", () => {
    const a = run(model({ systems: [{ id: "db", host: "hv1", rpoMinutes: 0 }], backupPolicies: [{ id: "p", systems: ["db"], schedule: { everyMinutes: 15 }, target: "nas" }] }));
    expect(row(a, "vm", "db").rpo).toMatchObject({ worstCaseMinutes: 15, status: "breached" });
  });

  it("RPO at a disaster far outside the window is computed from the schedule there", () => {
    const a = run(
      model({
        scenarios: [{ id: "old", kind: "host", lostHosts: ["hv1"], at: "2024-01-10T05:00:00Z" }],
        backupPolicies: [{ id: "p", systems: ["db"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, windowMinutes: 60, target: "nas" }],
      }),
    );
    // 10 Jan 2024 00:00 was usable at 01:00; at 05:00 it is 300 min old.
    expect(row(a, "old", "db").rpo.atDisasterMinutes).toBe(300);
  });

  it("a system with no surviving copy has no RPO and no recovery path", () => {
    const a = run(
      model({
        scenarios: [{ id: "office-lost", kind: "site", lostSites: ["office"] }],
        backupPolicies: [{ id: "p", systems: ["db"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, target: "nas" }],
      }),
    );
    expect(row(a, "office-lost", "db").rpo).toEqual({ worstCaseMinutes: null, atDisasterMinutes: null, target: 300, status: "breached", location: null });
    expect(a.findings.filter((f) => f.scenario === "office-lost").map((f) => f.code)).toEqual(["NO_RECOVERY_PATH"]);
  });
});
