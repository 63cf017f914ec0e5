import { describe, expect, it } from "vitest";
import type { RecoveryModelInput } from "../index";
import { baseModel, row, run } from "./helpers";

const messages = (input: RecoveryModelInput, code: string) =>
  run(input)
    .findings.filter((f) => f.code === code)
    .map((f) => f.message);

type Policy = NonNullable<RecoveryModelInput["backupPolicies"]>[number];

/**
 * db runs at the office and comes back at the DR site when the office burns down. Its backups
 * land on the office NAS (nightly at 23:00 UTC, usable at 00:00 unless a test says otherwise),
 * so only what was copied off site counts: to the cloud (at the DR site) or to USB drives taken
 * home. Two weeks of window, so every weekly schedule fires at least twice.
 */
const burning = (rpoMinutes: number, policy: Partial<Policy>, over: Partial<RecoveryModelInput> = {}): RecoveryModelInput =>
  baseModel({
    horizonDays: 14,
    locations: [
      { id: "nas", site: "office", throughputMBps: 150 },
      { id: "cloud", site: "dr", throughputMBps: 100 },
      { id: "usb", site: "home", online: false, throughputMBps: 100 },
    ],
    hosts: [
      { id: "hv1", site: "office", ramMiB: 65536 },
      { id: "dr1", site: "dr", ramMiB: 65536 },
    ],
    systems: [{ id: "db", host: "hv1", recoveryHosts: { fire: "dr1" }, rpoMinutes, rtoMinutes: 100000 }],
    backupPolicies: [{ id: "nightly", systems: ["db"], schedule: { cron: "0 23 * * *", timezone: "UTC" }, windowMinutes: 60, target: "nas", ...policy }],
    scenarios: [{ id: "fire", kind: "site", lostSites: ["office"] }],
    ...over,
  });

/** The RPO of db when the office burns: worst case and status. */
const fireRpo = (input: RecoveryModelInput) => {
  const { worstCaseMinutes, status } = row(run(input), "fire", "db").rpo;
  return { worstCaseMinutes, status };
};

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
    // point: 7 days + 18 h = 11 160 min at worst. Rotated every R, the drives are at worst R
    // + the age of the backup they leave with (under 1 day + 60 min window): R = 2880 - 1500
    // = 1380 min meets 2 days at any time of day, less than daily. Daily (1 day apart), they
    // may leave with a backup up to 2880 - 1440 = 1440 min old; at 17:00 it is 18 h old.
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
      "files could lose up to 7 days 18 h of data, more than its RPO of 2 days. The off-site copy on usb is up to 7 days 18 h old; rotate daily, the media leaving each time with a backup at most 1 day old (now up to 18 h), or add a cloud copy.",
    ]);
  });

  it("rotating daily meets a 2-day RPO only when the drives leave with a fresh enough backup", () => {
    // The advice above applied. Daily at 17:00 the drives take the 23:00 backup, 18 h old: at worst
    // 1 day + 18 h = 2520 min. Leaving at 23:30 they take the previous night's, 24 h 30 min old, more
    // than the 1 day the advice allows: 1 day + 24 h 30 min = 2910 min, over 2 days. Rotating every
    // 23 h (any time of day) would do: under 1380 + 1440 + 60 = 2880.
    const daily = (schedule: Policy["schedule"]) => burning(2880, { copies: [{ to: "usb", mode: "rotation", schedule }] });
    expect(fireRpo(daily({ cron: "0 17 * * *", timezone: "UTC" }))).toEqual({ worstCaseMinutes: 2520, status: "met" });
    expect(fireRpo(daily({ cron: "30 23 * * *", timezone: "UTC" }))).toEqual({ worstCaseMinutes: 2910, status: "breached" });
    expect(messages(daily({ cron: "30 23 * * *", timezone: "UTC" }), "RPO_BREACHED")[0]).toMatch(/rotate daily, the media leaving each time with a backup at most 1 day old \(now up to 1 day 30 min\), or add a cloud copy\.$/);
    // Every 23 h from 23:59, leaving with a backup 1 day 59 min old: 1380 + 1499 = 2879.
    expect(fireRpo(daily({ everyMinutes: 1380, anchor: "2025-01-01T23:59:00Z" }))).toEqual({ worstCaseMinutes: 2879, status: "met" });
  });

  it("rotating daily across a clock change: the longest day is 25 h", () => {
    // New York, around Sunday 2 November 2025, when 23:00 EDT to 23:00 EST is 25 h. The drives
    // leaving Friday 31 October at 17:00 with Thursday's backup (18 h old) are replaced 7 days 1 h
    // later: 7 days 19 h at worst. Nightly
    // backups are then up to 1500 min apart, so copied off site at once they are 1560 min old, and
    // rotating every 2880 - 1560 = 1320 min (22 h) meets 2 days at any time of day. Rotated daily
    // the drives may be 25 h apart too, so they may leave with a backup up to 2880 - 1500 = 1380
    // min (23 h) old, not a whole day; at 17:00 it is 18 h old.
    const ny = { cron: "0 23 * * *", timezone: "America/New_York" };
    const rotation = (cron: string) => burning(2880, { schedule: ny, copies: [{ to: "usb", mode: "rotation", schedule: { cron, timezone: "America/New_York" } }] }, { assessedAt: "2025-10-27T00:00:00Z" });
    expect(messages(rotation("0 17 * * 5"), "RPO_BREACHED")).toEqual([
      "db could lose up to 7 days 19 h of data, more than its RPO of 2 days. The off-site copy on usb is up to 7 days 19 h old; rotate daily, the media leaving each time with a backup at most 23 h old (now up to 18 h), or add a cloud copy.",
    ]);
    // Applied: daily at 17:00, 1500 + 1080 = 2580 at worst, across the change.
    expect(fireRpo(rotation("0 17 * * *"))).toEqual({ worstCaseMinutes: 2580, status: "met" });
  });

  it("a daily cloud copy of nightly backups against a 1-day RPO: copying sooner is not enough, the backups must run more often", () => {
    // The 06:00 copy takes the 23:00 backup (usable at 00:00) and lands at 07:00. Just before the
    // next one lands, at 07:00 the day after, the cloud's newest point is the 23:00 backup of
    // 32 h before: 1920 min. Copied immediately after each backup instead, a point lands at
    // 23:00 + 60 min window + 60 min lag = 01:00 and is 24 h + 2 h = 1560 min old just before the
    // next one lands: still over 1440, so no copy schedule can meet 1 day while backups are a day
    // apart. Backups at most 1440 - 60 - 60 = 1320 min = 22 h apart, each copied at once, can.
    const scheduled = { to: "cloud", mode: "scheduled", lagMinutes: 60, schedule: { cron: "0 6 * * *", timezone: "UTC" } } as const;
    expect(messages(burning(1440, { copies: [scheduled] }), "RPO_BREACHED")).toEqual([
      "db could lose up to 1 day 8 h of data, more than its RPO of 1 day. Its newest surviving copy is the scheduled copy on cloud, up to 1 day 8 h old, and copying more often is not enough: the backups run up to 1 day apart, so even a copy made immediately after each backup would be up to 1 day 2 h old. Back up at least every 22 h and copy each backup to cloud immediately after it, or add replication.",
    ]);
    // The old advice, "copy continuously (immediately after each backup)", leaves it breached.
    const immediate = { to: "cloud", mode: "immediate", lagMinutes: 60 } as const;
    expect(fireRpo(burning(1440, { copies: [immediate] }))).toEqual({ worstCaseMinutes: 1560, status: "breached" });
    // The advice applied: every 22 h (from any anchor), each copied at once: 1320 + 120 = 1440, met.
    const advised = { schedule: { everyMinutes: 1320, anchor: "2025-01-01T05:17:00Z" }, copies: [immediate] };
    expect(fireRpo(burning(1440, advised))).toEqual({ worstCaseMinutes: 1440, status: "met" });
  });

  it("a 15-minute RPO behind a 1-hour backup window: no backup schedule can meet it, only replication", () => {
    // The reviewer's case: nightly to the NAS, a daily cloud copy, an RPO of 15 min. Whatever the
    // schedule, a point reaches the cloud no sooner than 60 min window + 60 min lag = 2 h after
    // its backup starts, so every copy is at least 2 h old; "copy continuously" leaves 1560 min.
    const scheduled = { to: "cloud", mode: "scheduled", lagMinutes: 60, schedule: { cron: "0 6 * * *", timezone: "UTC" } } as const;
    expect(messages(burning(15, { copies: [scheduled] }), "RPO_BREACHED")).toEqual([
      "db could lose up to 1 day 8 h of data, more than its RPO of 15 min. Its newest surviving copy is the scheduled copy on cloud, up to 1 day 8 h old, and no backup schedule can meet the target: the backup window and the copy lag alone take 2 h. Only replication can meet it, unless they get shorter.",
    ]);
    // Backing up every minute, copied at once, still leaves 1 + 120 = 121 min.
    const everyMinute = { schedule: { everyMinutes: 1, anchor: "2025-01-01T00:00:00Z" }, copies: [{ to: "cloud", mode: "immediate", lagMinutes: 60 }] } satisfies Partial<Policy>;
    expect(fireRpo(burning(15, everyMinute))).toEqual({ worstCaseMinutes: 121, status: "breached" });
    // A replica at the DR site 10 min behind meets it.
    const replicated = burning(15, { copies: [scheduled] }, { locations: [{ id: "nas", site: "office", throughputMBps: 150 }, { id: "cloud", site: "dr", throughputMBps: 100 }], replicas: [{ system: "db", location: "cloud", lagMinutes: 10 }] });
    expect(fireRpo(replicated)).toEqual({ worstCaseMinutes: 10, status: "met" });
  });

  it("a scheduled copy too rare for backups that keep up: how often, or how soon after the backup", () => {
    // RPO 30 h = 1800 min. The 06:00 copy is 1920 min old at worst (as above), but each backup
    // copied at once would be 1560: the backups keep up, the copy does not. Copy every C and the
    // copy is at worst C + 60 lag + the age of the backup it takes, which is under 1 day + 60 min
    // window: C = 1800 - 1560 = 240 min (4 h) meets it at any time of day. Daily, each copy may
    // take a backup up to 1800 - 1440 - 60 = 300 min (5 h) old; at 06:00 it takes one 7 h old.
    const copy = (schedule: Policy["schedule"]) => burning(1800, { copies: [{ to: "cloud", mode: "scheduled", lagMinutes: 60, schedule }] });
    expect(messages(copy({ cron: "0 6 * * *", timezone: "UTC" }), "RPO_BREACHED")).toEqual([
      "db could lose up to 1 day 8 h of data, more than its RPO of 1 day 6 h. Its newest surviving copy is the scheduled copy on cloud, up to 1 day 8 h old; copy each backup to cloud immediately after it, or at least every 4 h, or as often as now with a backup at most 5 h old each time (now up to 7 h).",
    ]);
    // Each piece of advice applied: immediately (1440 + 120 = 1560); every 4 h from the worst
    // anchor, 23:59, which copies a point just before the next one is usable: the 03:59 copy takes
    // the 23:00 backup of the day before and lands at 04:59, so just before it the cloud has the
    // one from 23:00 two days back: 29 h 59 min = 1799; daily at 04:00, with a backup 5 h old:
    // 1440 + 60 + 300 = 1800, met exactly; at 05:00, 6 h old, it is not (1860).
    expect(fireRpo(burning(1800, { copies: [{ to: "cloud", mode: "immediate", lagMinutes: 60 }] }))).toEqual({ worstCaseMinutes: 1560, status: "met" });
    expect(fireRpo(copy({ everyMinutes: 240, anchor: "2025-01-01T23:59:00Z" }))).toEqual({ worstCaseMinutes: 1799, status: "met" });
    expect(fireRpo(copy({ cron: "0 4 * * *", timezone: "UTC" }))).toEqual({ worstCaseMinutes: 1800, status: "met" });
    expect(fireRpo(copy({ cron: "0 5 * * *", timezone: "UTC" }))).toEqual({ worstCaseMinutes: 1860, status: "breached" });
  });

  it("an immediate copy is paced by the backups themselves: how often to back up", () => {
    // Copied 30 min after each nightly backup is usable: 1440 + 60 + 30 = 1530 min against 12 h.
    // The 90 min of window and lag stay, so back up at least every 720 - 90 = 630 min.
    const copies = [{ to: "cloud", mode: "immediate", lagMinutes: 30 }] satisfies Policy["copies"];
    expect(messages(burning(720, { copies }), "RPO_BREACHED")).toEqual([
      "db could lose up to 1 day 1 h 30 min of data, more than its RPO of 12 h. Its newest surviving copy is the copy on cloud made after each backup by the policy “nightly”, which run up to 1 day apart; back up at least every 10 h 30 min.",
    ]);
    expect(fireRpo(burning(720, { schedule: { everyMinutes: 630, anchor: "2025-01-01T02:00:00Z" }, copies }))).toEqual({ worstCaseMinutes: 720, status: "met" });
  });

  it("in ransomware the clean boundary counts in what the backups alone leave", () => {
    // Only the immutable cloud survives the attack. A point counts once it is older than the clean
    // boundary, 1 day before the attack. The 06:00 copy lands the 23:00 backup at 07:00 (1920 min
    // at worst, as above), but the newest clean point is older still: just before a 23:00 backup
    // turns 1 day old, the newest clean one is the one before it, 2 days old: 2880 min. Copied
    // immediately after each backup it is the same 1 day apart + 1 day of boundary = 2880, over
    // the 36 h (2160 min) target, so the backups must run at least every 2160 - 1440 = 720 min.
    const input = (policy: Partial<Policy>) =>
      burning(2160, policy, {
        systems: [{ id: "db", host: "hv1", rpoMinutes: 2160, rtoMinutes: 100000 }],
        locations: [
          { id: "nas", site: "office", throughputMBps: 150 },
          { id: "cloud", site: "dr", throughputMBps: 100, immutableDays: 14 },
        ],
        scenarios: [{ id: "crypto", kind: "ransomware", at: "2025-06-05T10:00:00Z", cleanBefore: "2025-06-04T10:00:00Z" }],
      });
    const scheduled = { copies: [{ to: "cloud", mode: "scheduled", lagMinutes: 60, schedule: { cron: "0 6 * * *", timezone: "UTC" } }] } satisfies Partial<Policy>;
    expect(messages(input(scheduled), "RPO_BREACHED")).toEqual([
      "db could lose up to 2 days of data, more than its RPO of 1 day 12 h. Its newest clean, protected copy is the scheduled copy on cloud, up to 2 days old, and copying more often is not enough: the backups run up to 1 day apart, so even a copy made immediately after each backup would be up to 2 days old, counting only points from before the infection. Back up at least every 12 h and copy each backup to cloud immediately after it.",
    ]);
    expect(row(run(input({ copies: [{ to: "cloud", mode: "immediate", lagMinutes: 60 }] })), "crypto", "db").rpo).toMatchObject({ worstCaseMinutes: 2880, status: "breached" });
    // Applied: every 12 h, each copied at once: 720 + 1440 = 2160, met.
    const advised = { schedule: { everyMinutes: 720, anchor: "2025-01-01T03:00:00Z" }, copies: [{ to: "cloud", mode: "immediate", lagMinutes: 60 }] } satisfies Partial<Policy>;
    expect(row(run(input(advised)), "crypto", "db").rpo).toMatchObject({ worstCaseMinutes: 2160, status: "met" });
  });

  it("rotated drives when the backups themselves are too rare: back up more often and copy each off site", () => {
    // Weekly backups on Sundays at 23:00 against a 2-day RPO. Leaving Fridays at 17:00 the drives
    // take Sunday's backup, 4 days 18 h old: 7 days + 4 days 18 h = 16 920 min at worst. Even a
    // copy made off site at once would be 7 days + 60 min window = 10 140 min old, so neither
    // rotating daily (still 7 days 18 h: Monday 17:00 takes Sunday's, the next new one leaves a
    // week later) nor the old advice, "add a cloud copy", could help. Backups at most
    // 2880 - 60 = 2820 min (1 day 23 h) apart, each copied off site at once, can.
    const weekly = { cron: "0 23 * * 0", timezone: "UTC" };
    const rotation = { to: "usb", mode: "rotation", schedule: { cron: "0 17 * * 5", timezone: "UTC" } } as const;
    expect(messages(burning(2880, { schedule: weekly, copies: [rotation] }), "RPO_BREACHED")).toEqual([
      "db could lose up to 11 days 18 h of data, more than its RPO of 2 days. The off-site copy on usb is up to 11 days 18 h old, and rotating more often is not enough: the backups run up to 1 week apart, so even a copy made immediately after each backup would be up to 7 days 1 h old. Back up at least every 1 day 23 h and copy each backup off site immediately after it (a cloud copy), or add replication.",
    ]);
    expect(fireRpo(burning(2880, { schedule: weekly, copies: [{ ...rotation, schedule: { cron: "0 17 * * *", timezone: "UTC" } }] }))).toEqual({ worstCaseMinutes: 11160, status: "breached" });
    const advised = { schedule: { everyMinutes: 2820, anchor: "2025-01-01T00:00:00Z" }, copies: [{ to: "cloud", mode: "immediate" }] } satisfies Partial<Policy>;
    expect(fireRpo(burning(2880, advised))).toEqual({ worstCaseMinutes: 2880, status: "met" });
  });

  it("rotated drives with room to spare: how often to rotate, whatever the time of day", () => {
    // RPO 5 days = 7200 min. Nightly backups copied off site at once would be 1440 + 60 = 1500;
    // rotating every R keeps the drives under R + 1500, so R = 5700 min (3 days 23 h).
    const rotation = (schedule: Policy["schedule"]) => burning(7200, { copies: [{ to: "usb", mode: "rotation", schedule }] });
    expect(messages(rotation({ cron: "0 17 * * 5", timezone: "UTC" }), "RPO_BREACHED")).toEqual([
      "db could lose up to 7 days 18 h of data, more than its RPO of 5 days. The off-site copy on usb is up to 7 days 18 h old; rotate at least every 3 days 23 h or add a cloud copy.",
    ]);
    // Applied, leaving at the worst moment: Monday 23:59, a minute before the 23:00 backup is
    // usable, with Sunday's, 1 day 59 min old. The next drives leave 3 days 23 h later (Friday
    // 22:59): just before, the newest at home is 3 days 23 h + 1 day 59 min = 7199 min old.
    expect(fireRpo(rotation({ everyMinutes: 5700, anchor: "2025-06-02T23:59:00Z" }))).toEqual({ worstCaseMinutes: 7199, status: "met" });
  });

  it("rotated drives that cannot keep up even daily: a cloud copy", () => {
    // Backups every 6 h from 00:00 (usable 60 min later), RPO 1 day. Leaving Fridays at 17:00 the
    // drives take the 12:00 backup, 5 h old: 7 days 5 h at worst. Copied off site at once, backups
    // would be 360 + 60 = 420 min old. Rotated daily, the drives are up to 1 day + the age of the
    // backup they leave with, at least the 60 min window: over 1 day at any time of day (leaving
    // at 01:01 with the 00:00 backup: 1440 + 61 = 1501). A cloud copy every 1440 - 420 = 1020 min
    // (17 h), or made after each backup, meets it.
    const six = { everyMinutes: 360, anchor: "2025-01-01T00:00:00Z" };
    const rotation = { to: "usb", mode: "rotation", schedule: { cron: "0 17 * * 5", timezone: "UTC" } } as const;
    expect(messages(burning(1440, { schedule: six, copies: [rotation] }), "RPO_BREACHED")).toEqual([
      "db could lose up to 7 days 5 h of data, more than its RPO of 1 day. The off-site copy on usb is up to 7 days 5 h old; rotating media cannot meet this target even daily: add a cloud copy at least every 17 h, or one made immediately after each backup.",
    ]);
    expect(fireRpo(burning(1440, { schedule: six, copies: [{ ...rotation, schedule: { cron: "1 1 * * *", timezone: "UTC" } }] }))).toEqual({ worstCaseMinutes: 1501, status: "breached" });
    const cloud = (schedule: Policy["schedule"]) => burning(1440, { schedule: six, copies: [{ to: "cloud", mode: "scheduled", schedule }] });
    // Every 17 h, one copy at 00:59, a minute before the 00:00 backup is usable, takes the 18:00
    // one, 6 h 59 min old: 1020 + 419 = 1439.
    expect(fireRpo(cloud({ everyMinutes: 1020, anchor: "2025-01-01T00:59:00Z" }))).toEqual({ worstCaseMinutes: 1439, status: "met" });
    expect(fireRpo(burning(1440, { schedule: six, copies: [{ to: "cloud", mode: "immediate" }] }))).toEqual({ worstCaseMinutes: 420, status: "met" });
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
    // 624 000 / 150 = 4160 s = 69 min 20 s, + 20 = 89 min 20 s: read rounded up, as every computed time is.
    expect(out).toEqual([
      "db would be back after 1 h 30 min, more than its RTO of 1 h. Restoring 624 GB in time needs 260 MB/s; nas gives 150 MB/s to one restore. The transfer alone takes 1 h 10 min, more than the RTO by itself. Use faster storage or network, restore from a replica, or prove a faster restore with a test.",
    ]);
  });

  it("never reads a time just over its target as the target itself", () => {
    // 903 600 MB / 150 MB/s = 6024 s = 100 min 24 s, + 20 = 120 min 24 s against an RTO of 2 h.
    const out = messages(
      baseModel({
        systems: [{ id: "db", host: "hv1", usedGB: 903.6, bootMinutes: 15, verifyMinutes: 5, rtoMinutes: 120, rpoMinutes: 1440 }],
        backupPolicies: [{ id: "nightly", systems: ["db"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, target: "nas" }],
        scenarios: [{ id: "vm", kind: "system" }],
      }),
      "RTO_BREACHED",
    );
    expect(out[0]).toMatch(/^db would be back after 2 h 1 min, more than its RTO of 2 h\. /);
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

});

/**
 * The advice fits the scenario: a replica carries an attack along, so in ransomware it is never
 * offered; elsewhere it is offered only to a system that has none; and when the restore start is
 * most of the time, the advice says what sets it.
 */
describe("advice that fits the scenario", () => {
  /** db restores from an immutable vault; its restore test from there took `tookMinutes`. */
  const attacked = (over: { containment: number; rto: number; tookMinutes: number; replica?: boolean; dc?: number }): RecoveryModelInput =>
    baseModel({
      locations: [{ id: "vault", site: "dr", throughputMBps: 150, immutableDays: 14 }],
      systems: [
        { id: "db", name: "SQL01", host: "hv1", usedGB: 500, rpoMinutes: 100000, rtoMinutes: over.rto, dependsOn: over.dc === undefined ? [] : ["dc"] },
        ...(over.dc === undefined ? [] : [{ id: "dc", host: "hv1", rpoMinutes: 100000, rtoMinutes: 100000 }]),
      ],
      backupPolicies: [{ id: "nightly", systems: over.dc === undefined ? ["db"] : ["db", "dc"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, target: "vault" }],
      replicas: over.replica ? [{ system: "db", location: "vault", lagMinutes: 5 }] : [],
      tests: [
        { system: "db", location: "vault", date: "2025-05-20T10:00:00Z", restoreMinutes: over.tookMinutes, usedGB: 500 },
        ...(over.dc === undefined ? [] : [{ system: "dc", location: "vault", date: "2025-05-20T10:00:00Z", restoreMinutes: over.dc }]),
      ],
      scenarios: [{ id: "crypto", kind: "ransomware", at: "2025-06-01T03:00:00Z", cleanBefore: "2025-05-31T20:00:00Z", declareMinutes: 30, containmentMinutes: over.containment }],
    });

  it("the reviewer's case: a tested restore after 4 h of containment names the containment and no replica", () => {
    // Restores start when the attack is contained, at 4 h: already beyond the 2 h RTO, so
    // neither a faster restore nor the replica it has (which never counts here) could help.
    const out = messages(attacked({ containment: 240, rto: 120, tookMinutes: 70, replica: true }), "RTO_BREACHED");
    expect(out).toEqual([
      "SQL01 (db) would be back after 5 h 10 min, more than its RTO of 2 h. Its restore test of 2025-05-20 from vault took 1 h 10 min, after a restore start of 4 h, set by containing the attack; that start alone is more than the RTO: contain the attack sooner, or agree a longer RTO for this scenario.",
    ]);
    expect(out[0]).not.toMatch(/replica/);
  });

  it("a restore start that is most of the time comes first, then waiting for a dependency, then the restore", () => {
    // Contained at 1 h 30 min; dc's tested restore is ready at 2 h, db's 50 min after that:
    // 2 h 50 min against 2 h 30 min, of which the restore start is more than half.
    expect(messages(attacked({ containment: 90, rto: 150, tookMinutes: 50, dc: 30 }), "RTO_BREACHED")).toEqual([
      "SQL01 (db) would be back after 2 h 50 min, more than its RTO of 2 h 30 min. Its restore test of 2025-05-20 from vault took 50 min, after a restore start of 1 h 30 min, set by containing the attack, and after dc is ready at 2 h; contain the attack sooner, recover dc faster, or make the restore faster and test it again.",
    ]);
    // A slow restore after a short start: only the restore itself, and still no replica.
    expect(messages(attacked({ containment: 20, rto: 120, tookMinutes: 150 }), "RTO_BREACHED")).toEqual([
      "SQL01 (db) would be back after 3 h, more than its RTO of 2 h. Its restore test of 2025-05-20 from vault took 2 h 30 min, after a restore start of 30 min, set by declaring the disaster; make the restore faster and test it again.",
    ]);
  });

  it("outside ransomware a standby replica is offered to a tested system only when it has none", () => {
    const lost = (replica: boolean) =>
      baseModel({
        systems: [{ id: "db", host: "hv1", usedGB: 500, rpoMinutes: 100000, rtoMinutes: 60 }],
        backupPolicies: [{ id: "nightly", systems: ["db"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, target: "nas" }],
        replicas: replica ? [{ system: "db", location: "nas", lagMinutes: 5 }] : [],
        tests: [{ system: "db", location: "nas", date: "2025-05-20T10:00:00Z", restoreMinutes: 90, usedGB: 500 }],
        scenarios: [{ id: "vm", kind: "system" }],
      });
    expect(messages(lost(false), "RTO_BREACHED")).toEqual([
      "db would be back after 1 h 30 min, more than its RTO of 1 h. Its restore test of 2025-05-20 from nas took 1 h 30 min, after a restore start of 0 min; make the restore faster and test it again, or keep a standby replica.",
    ]);
    expect(messages(lost(true), "RTO_BREACHED")).toEqual([
      "db would be back after 1 h 30 min, more than its RTO of 1 h. Its restore test of 2025-05-20 from nas took 1 h 30 min, after a restore start of 0 min; make the restore faster and test it again.",
    ]);
  });

  it("a restore too slow for the bandwidth in ransomware: the containment first, and no replica", () => {
    // 500 GB at 150 MB/s = 55 min 33 s, from 1 h 30 min of containment: ready at 2 h 25 min 33 s,
    // shown rounded up so that it never reads as less than it is.
    const input = attacked({ containment: 90, rto: 120, tookMinutes: 1 });
    input.tests = [];
    expect(messages(input, "RTO_BREACHED")).toEqual([
      "SQL01 (db) would be back after 2 h 26 min, more than its RTO of 2 h. Restoring 500 GB in time needs 278 MB/s; vault gives 150 MB/s to one restore. Most of the time is the restore start of 1 h 30 min, set by containing the attack. Contain the attack sooner, use faster storage or network, or prove a faster restore with a test.",
    ]);
  });

  it("in ransomware no RPO advice offers replication", () => {
    const model = (rpoMinutes: number, windowMinutes: number) =>
      baseModel({
        locations: [{ id: "vault", site: "dr", throughputMBps: 150, immutableDays: 14 }],
        systems: [{ id: "db", host: "hv1", rpoMinutes, rtoMinutes: 100000 }],
        backupPolicies: [{ id: "hourly", systems: ["db"], schedule: { everyMinutes: 60 }, windowMinutes, target: "vault" }],
        scenarios: [{ id: "crypto", kind: "ransomware", at: "2025-06-01T03:00:00Z", cleanBefore: "2025-06-01T02:50:00Z" }],
      });
    expect(messages(model(0, 0), "RPO_BREACHED")).toEqual([
      "db could lose up to 1 h 10 min of data, more than its RPO of 0 min. Nothing meets an RPO of 0 in a ransomware attack: a replica carries the attack along, and only points from before the infection count. Agree a larger RPO for this scenario.",
    ]);
    expect(messages(model(80, 90), "RPO_BREACHED")[0]).toMatch(/; the backup window alone takes 1 h 30 min; shorten it\.$/);
  });

  it("a copy lost with the site: a system whose replica is on that site is told so, not left to think replication cannot help", () => {
    const fire = (replicas: RecoveryModelInput["replicas"]) =>
      messages(
        baseModel({
          systems: [{ id: "db", host: "hv1", rpoMinutes: 60, rtoMinutes: 60 }],
          backupPolicies: [{ id: "nightly", systems: ["db"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, target: "nas" }],
          replicas,
          scenarios: [{ id: "fire", kind: "site", lostSites: ["office"] }],
        }),
        "NO_RECOVERY_PATH",
      );
    expect(fire([{ system: "db", location: "nas", lagMinutes: 5 }])).toEqual([
      "No copy of db survives the loss of office. Keep a copy at another site: a cloud copy, rotated media or a replica (its replica on nas is lost with office).",
    ]);
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
