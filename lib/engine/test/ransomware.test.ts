import { describe, expect, it } from "vitest";
import type { RecoveryModelInput } from "../index";
import { baseModel, row, run } from "./helpers";

// Daily jobs at 00:00Z, usable at 01:00 on the NAS (online, mutable).
// - cloud: an immediate copy, landing 01:00, locked `cloudDays` days;
// - usb: offline drives rotated daily at 18:00, carrying that day's 00:00 point;
// - a replica with 5 min lag.
// The attack is at Thu 5 June 10:00Z, clean before Wed 4 June 22:00Z: 12 h dormant.
function model(cloudDays: number, over: Partial<RecoveryModelInput> = {}): RecoveryModelInput {
  return baseModel({
    locations: [
      { id: "nas", site: "office", throughputMBps: 150 },
      { id: "cloud", site: "dr", throughputMBps: 100, immutableDays: cloudDays },
      { id: "usb", site: "home", online: false, throughputMBps: 100 },
      { id: "standby", site: "dr", throughputMBps: 500 },
    ],
    systems: [{ id: "app", host: "hv1", usedGB: 60, rpoMinutes: 2880 }],
    backupPolicies: [
      {
        id: "daily",
        systems: ["app"],
        schedule: { cron: "0 0 * * *", timezone: "UTC" },
        windowMinutes: 60,
        target: "nas",
        copies: [
          { to: "cloud", mode: "immediate" },
          { to: "usb", mode: "rotation", schedule: { cron: "0 18 * * *", timezone: "UTC" } },
        ],
      },
    ],
    replicas: [{ system: "app", location: "standby", lagMinutes: 5 }],
    scenarios: [{ id: "crypto", kind: "ransomware", at: "2025-06-05T10:00:00Z", cleanBefore: "2025-06-04T22:00:00Z", containmentMinutes: 120 }],
    ...over,
  });
}

describe("ransomware", () => {
  it("uses only clean points on immutable or offline copies, never the NAS or the replica", () => {
    const a = run(model(3));
    const app = row(a, "crypto", "app");
    // Shifted attack at t: a point is clean when older than t - 12 h.
    // cloud: the newest clean point is the last midnight before t - 12 h, still
    //   locked (landed 01:00, locked 3 days). Just before a point turns clean
    //   (t = d 12:00) the newest is d-1 00:00: 36 h = 2160.
    // usb alone: d 00:00 arrives at d 18:00 (clean since d 12:00) and stays newest
    //   until d+1 18:00: 42 h = 2520. So cloud is the restore location.
    expect(app.rpo.worstCaseMinutes).toBe(2160);
    expect(app.rpo.location).toBe("cloud");
    // At the attack (5 June 10:00) the newest point before 4 June 22:00 is 4 June 00:00: 34 h.
    expect(app.rpo.atDisasterMinutes).toBe(2040);
    expect(app.rpo.status).toBe("met");
    // Restore starts after containment (120 min); 60 GB from the cloud at 100 MB/s = 10 min.
    expect(app.rto).toMatchObject({ restoreStart: 120, transferEnd: 130, ready: 130, source: "estimate" });
  });

  it("a copy whose lock has run out by the attack does not survive; offline media still do", () => {
    // Locked 1 day: at 5 June 10:00 the clean 4 June 00:00 point (landed 01:00) was
    // unlocked at 5 June 01:00. Only the drives are left: worst 2520 (see above),
    // and at the attack the drive of 4 June 18:00 holds 4 June 00:00: 34 h.
    const app = row(run(model(1)), "crypto", "app");
    expect(app.rpo).toMatchObject({ worstCaseMinutes: 2520, atDisasterMinutes: 2040, location: "usb", status: "met" });
  });

  it("the attack shifted across the window can find no locked clean point at all", () => {
    // Attack at 5 June 22:00, clean before 5 June 02:00 (20 h dormant), cloud locked 1 day
    // and no drives. A point p is clean after p + 20 h and locked until p + 25 h: only
    // 5 h of each day have an eligible point, so the worst case is unbounded.
    const a = run(
      model(1, {
        backupPolicies: [{ id: "daily", systems: ["app"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, windowMinutes: 60, target: "nas", copies: [{ to: "cloud" }] }],
        scenarios: [{ id: "crypto", kind: "ransomware", at: "2025-06-05T22:00:00Z", cleanBefore: "2025-06-05T02:00:00Z" }],
      }),
    );
    const app = row(a, "crypto", "app");
    // At the attack itself 5 June 00:00 is clean and locked until 6 June 01:00: 22 h.
    expect(app.rpo).toEqual({ worstCaseMinutes: null, atDisasterMinutes: 1320, target: 2880, status: "breached", location: "cloud" });
    expect(a.findings.find((f) => f.code === "RPO_BREACHED")?.message).toContain("unbounded");
  });

  it("a lock ending exactly at the attack no longer protects the point", () => {
    // Attack at 5 June 01:00, clean before 4 June 23:00 (2 h). The clean 4 June 00:00
    // point landed on the cloud at 01:00 and was locked 1 day: until exactly the
    // attack, so not at it. The cloud does not survive; the drive of 4 June 18:00
    // holds 4 June 00:00 (25 h). Shifted, the drives alone give d 00:00 from d 18:00
    // to d+1 18:00: 42 h. (Had the cloud survived, with it the worst would be 26 h.)
    const app = row(run(model(1, { scenarios: [{ id: "crypto", kind: "ransomware", at: "2025-06-05T01:00:00Z", cleanBefore: "2025-06-04T23:00:00Z" }] })), "crypto", "app");
    expect(app.rpo).toMatchObject({ worstCaseMinutes: 2520, atDisasterMinutes: 1500, location: "usb" });
  });

  it("a system with only mutable copies has no recovery path", () => {
    const a = run(model(0, { locations: [{ id: "nas", site: "office", throughputMBps: 150 }, { id: "cloud", site: "dr", throughputMBps: 100 }, { id: "usb", site: "home", throughputMBps: 100 }, { id: "standby", site: "dr", throughputMBps: 500 }] }));
    const app = row(a, "crypto", "app");
    expect(app.rpo).toEqual({ worstCaseMinutes: null, atDisasterMinutes: null, target: 2880, status: "breached", location: null });
    expect(app.rto).toMatchObject({ achievableMinutes: null, status: "no-target", source: null });
    expect(a.findings.find((f) => f.code === "NO_RECOVERY_PATH")?.message).toMatch(/out of the attacker's reach/);
  });

  it("a point copied again keeps its first landing, and its first lock", () => {
    // Daily job at 00:00 usable at once; a scheduled copy every hour to a cloud locked
    // 1 day copies the same point 24 times. Its lock runs from the first landing
    // (00:00) to 00:00 the next day, when the next point lands but is not clean yet
    // (1 h dormant): for an hour nothing is eligible, so the worst case is unbounded.
    // (Re-locking at each copy would have kept the point until 23:00 the next day.)
    const a = run(
      model(1, {
        backupPolicies: [
          {
            id: "daily",
            systems: ["app"],
            schedule: { cron: "0 0 * * *", timezone: "UTC" },
            target: "nas",
            copies: [{ to: "cloud", mode: "scheduled", schedule: { cron: "0 * * * *", timezone: "UTC" } }],
          },
        ],
        scenarios: [{ id: "crypto", kind: "ransomware", at: "2025-06-05T10:00:00Z", cleanBefore: "2025-06-05T09:00:00Z" }],
      }),
    );
    // At the attack 5 June 00:00 (< 09:00) is still locked: 10 h.
    expect(row(a, "crypto", "app").rpo).toMatchObject({ worstCaseMinutes: null, atDisasterMinutes: 600, location: "cloud" });
  });

  it("observed points on offline media count when clean", () => {
    // Only an observed point on the drives: written 1 June 11:00, home since 20:00.
    // Offline, it stays eligible once clean (from 1 June 23:00, 12 h later), so its
    // age only grows: 7 days 13 h at the end of the window (9 June 00:00), and
    // 3 days 23 h at the attack. The NAS point of 5 June is not eligible (mutable).
    const a = run(
      model(3, {
        backupPolicies: [],
        replicas: [],
        restorePoints: [
          { system: "app", location: "usb", pointInTime: "2025-06-01T11:00:00Z", usableAt: "2025-06-01T20:00:00Z" },
          { system: "app", location: "nas", pointInTime: "2025-06-05T09:00:00Z" },
        ],
      }),
    );
    expect(row(a, "crypto", "app").rpo).toMatchObject({ worstCaseMinutes: 10860, atDisasterMinutes: 5700, location: "usb" });
  });

  it("an observed point whose lock runs out inside the window stops counting there", () => {
    // No schedules; the attack is at 2 June 10:00, clean before 1 June 22:00 (12 h).
    // On the cloud (locked 1 day): written 1 June 11:00, landed 20:00, clean from
    // 23:00, unlocked at 2 June 20:00 (so it survives the attack). On the drives
    // (offline): written 31 May 11:00, eligible for good.
    // Window [2 June, 9 June): until 2 June 20:00 the cloud point (33 h old at the
    // latest), then only the drive's: 9 June 00:00 - 31 May 11:00 = 8 days 13 h = 12 300.
    // (Were the cloud point usable all week, the worst would be 7 days 13 h.)
    const a = run(
      model(1, {
        backupPolicies: [],
        replicas: [],
        restorePoints: [
          { system: "app", location: "cloud", pointInTime: "2025-06-01T11:00:00Z", usableAt: "2025-06-01T20:00:00Z" },
          { system: "app", location: "usb", pointInTime: "2025-05-31T11:00:00Z", usableAt: "2025-05-31T20:00:00Z" },
        ],
        scenarios: [{ id: "crypto", kind: "ransomware", at: "2025-06-02T10:00:00Z", cleanBefore: "2025-06-01T22:00:00Z" }],
      }),
    );
    // At the attack the cloud point is 23 h old; the cloud alone is unbounded (nothing
    // after 20:00), so the system restores from the drives.
    expect(row(a, "crypto", "app").rpo).toMatchObject({ worstCaseMinutes: 12300, atDisasterMinutes: 1380, location: "usb" });
  });

  it("a scheduled copy carries only the newest point, so more backups can leave no clean copy", () => {
    // The contract's copy rule, followed to its consequence (and why the property
    // "backing up more often never lengthens an RPO" excludes this case).
    // Jobs every 180 min from midnight, usable 1 min later; a copy every 12 h of the
    // newest usable point to a location locked 2 days. Attack 1 June 00:00, clean
    // before 29 May 22:30. The 30 May 00:00 copy carries the 29 May 21:00 point:
    // clean, and locked until 1 June 00:01, so at the attack it is 2 days 3 h old.
    // With jobs every 90 min that copy carries 22:30 instead, which is not clean,
    // and the older copies are unlocked by then: nothing is left.
    const make = (every: number) =>
      run(
        baseModel({
          locations: [{ id: "vault", site: "dr", throughputMBps: 100, immutableDays: 2 }],
          systems: [{ id: "app", host: "hv1" }],
          backupPolicies: [
            {
              id: "p",
              systems: ["app"],
              schedule: { everyMinutes: every, anchor: "2025-06-01T00:00:00Z" },
              windowMinutes: 1,
              target: "vault",
              copies: [{ to: "vault", mode: "scheduled", lagMinutes: 1, schedule: { everyMinutes: 720 } }],
            },
          ],
          scenarios: [{ id: "crypto", kind: "ransomware", at: "2025-06-01T00:00:00Z", cleanBefore: "2025-05-29T22:30:00Z" }],
        }),
      );
    expect(row(make(180), "crypto", "app").rpo.atDisasterMinutes).toBe(3060);
    expect(row(make(90), "crypto", "app").rpo).toMatchObject({ atDisasterMinutes: null, location: null });
  });
});
