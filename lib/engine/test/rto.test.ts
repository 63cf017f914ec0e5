import { describe, expect, it } from "vitest";
import type { RecoveryModelInput } from "../index";
import { simulateTransfers } from "../bandwidth";
import { baseModel, row, run, scenario } from "./helpers";

const nightly = (systems: string[], target = "nas") => ({ id: `nightly-${target}`, systems, schedule: { cron: "0 0 * * *", timezone: "UTC" }, target });

// A three-tier shop on hv1, restored to hv2 when hv1 is lost, all from the NAS:
// 200 MB/s in total, at most 150 MB/s per stream, 2 streams. Declared after 30 min.
function threeTier(over: Partial<RecoveryModelInput> = {}): RecoveryModelInput {
  return baseModel({
    locations: [{ id: "nas", site: "office", throughputMBps: 200, streamMBps: 150, maxStreams: 2 }],
    hosts: [
      { id: "hv1", site: "office", ramMiB: 262144 },
      { id: "hv2", site: "office", ramMiB: 262144 },
    ],
    systems: [
      { id: "db", host: "hv1", recoveryHosts: { "hv1-lost": "hv2" }, priority: 1, usedGB: 270, bootMinutes: 20, verifyMinutes: 10, rtoMinutes: 120 },
      { id: "app", host: "hv1", recoveryHosts: { "hv1-lost": "hv2" }, priority: 1, usedGB: 90, bootMinutes: 10, verifyMinutes: 5, dependsOn: ["db"], rtoMinutes: 100 },
      { id: "web", host: "hv1", recoveryHosts: { "hv1-lost": "hv2" }, priority: 2, usedGB: 36, bootMinutes: 5, verifyMinutes: 5, dependsOn: ["app"], rtoMinutes: 180 },
    ],
    backupPolicies: [nightly(["db", "app", "web"])],
    processes: [{ id: "shop", systems: ["db", "app", "web"], mtdMinutes: 240, wrtMinutes: 60 }],
    scenarios: [
      { id: "hv1-lost", kind: "host", lostHosts: ["hv1"], declareMinutes: 30 },
      { id: "vm", kind: "system", declareMinutes: 30 },
    ],
    ...over,
  });
}

describe("restore time", () => {
  it("three-tier app: streams in queue order, bandwidth shared max-min fairly, boot in dependency order", () => {
    const a = run(threeTier());
    // Queue (priority, depth, id): db (1,0), app (1,1), web (2,2). At 30 min db and app
    // take the two streams at min(150, 200/2) = 100 MB/s = 6000 MB/min each.
    //   app: 90 000 MB / 6000 = 15 min -> transfer ends 45; web takes the stream.
    //   db has 180 000 MB left; db and web at 100 MB/s each:
    //   web: 36 000 / 6000 = 6 min -> ends 51; db has 144 000 left,
    //   alone at 150 MB/s = 9000 MB/min: 16 min -> ends 67.
    // Ready: db 67 + 30 = 97; app max(45, 97) + 15 = 112; web max(51, 112) + 10 = 122.
    expect(row(a, "hv1-lost", "db").rto).toEqual({ achievableMinutes: 97, target: 120, status: "met", restoreStart: 30, transferEnd: 67, ready: 97, host: "hv2", source: "estimate" });
    expect(row(a, "hv1-lost", "app").rto).toMatchObject({ achievableMinutes: 112, status: "breached", transferEnd: 45 });
    expect(row(a, "hv1-lost", "web").rto).toMatchObject({ achievableMinutes: 122, status: "met", transferEnd: 51 });
    // Process: 122 + 60 WRT = 182 <= 240, slack 58.
    expect(scenario(a, "hv1-lost").processes).toEqual([{ id: "shop", rtoMinutes: 122, mtdOk: true, slackMinutes: 58 }]);
    // App waits for db: the finding says so.
    expect(a.findings.find((f) => f.code === "RTO_BREACHED")?.message).toContain("It has to wait until db is ready at 1 h 37 min");
  });

  it("alone (a system scenario) nothing competes and what it depends on keeps running", () => {
    const a = run(threeTier());
    // db: 270 000 MB at 150 MB/s = 30 min -> 60, + 30 = 90. app: 90 000 / 9000 = 10 -> 40 + 15 = 55.
    expect(row(a, "vm", "db").rto).toMatchObject({ transferEnd: 60, ready: 90, host: "hv1" });
    expect(row(a, "vm", "app").rto).toMatchObject({ transferEnd: 40, ready: 55, status: "met" });
  });

  it("a free stream goes to the first waiting system whose restore can start", () => {
    // One stream at 10 MB/s (600 MB/min). "late" (priority 1) restores to a host
    // ready only after 60 min; "early" (priority 2) can start at 0, so it takes
    // the stream although it queues behind "late".
    //   early 24 GB: 40 min, 0..40; late starts at 60: 24 GB, 60..100.
    //   early 48 GB: 0..80; late must wait for the stream: 80..120.
    const make = (earlyGB: number) =>
      run(
        baseModel({
          locations: [{ id: "nas", site: "office", throughputMBps: 10 }],
          hosts: [
            { id: "hv0", site: "office", ramMiB: 65536 },
            { id: "hv1", site: "office", ramMiB: 65536 },
            { id: "slow", site: "office", ramMiB: 65536, readyAfterMinutes: 60 },
          ],
          systems: [
            { id: "late", host: "hv0", recoveryHosts: { lost: "slow" }, priority: 1, usedGB: 24 },
            { id: "early", host: "hv0", recoveryHosts: { lost: "hv1" }, priority: 2, usedGB: earlyGB },
          ],
          backupPolicies: [nightly(["late", "early"])],
          scenarios: [{ id: "lost", kind: "host", lostHosts: ["hv0"] }],
        }),
      );
    const short = make(24);
    expect([row(short, "lost", "early").rto.transferEnd, row(short, "lost", "late").rto.restoreStart, row(short, "lost", "late").rto.transferEnd]).toEqual([40, 60, 100]);
    const long = make(48);
    expect([row(long, "lost", "early").rto.transferEnd, row(long, "lost", "late").rto.transferEnd]).toEqual([80, 120]);
  });

  it("a valid test replaces transfer, boot and verification and uses no stream", () => {
    const tests = [
      // Newest valid test: 50 min for 60 GB; db is 270 GB now: 50 * 4.5 = 225 min.
      { system: "db", location: "nas", date: "2025-05-01T00:00:00Z", restoreMinutes: 50, usedGB: 60 },
      { system: "db", location: "nas", date: "2025-04-01T00:00:00Z", restoreMinutes: 10, usedGB: 60 },
      // Newer than assessedAt: not valid (a test cannot be in the future).
      { system: "db", location: "nas", date: "2025-06-10T00:00:00Z", restoreMinutes: 1 },
    ];
    const a = run(threeTier({ tests }));
    // db: from max(restore start 30, no dependencies) + 225 = 255; no transfer.
    expect(row(a, "hv1-lost", "db").rto).toEqual({ achievableMinutes: 255, target: 120, status: "breached", restoreStart: 30, transferEnd: null, ready: 255, host: "hv2", source: "test" });
    // app and web now have both streams: 100 MB/s each from 30.
    //   web: 36 000 / 6000 = 6 -> 36; app: 90 000 MB, 36 000 done by 36, 54 000 left at 150 MB/s: 6 min -> 42.
    // app ready max(42, 255) + 15 = 270; web max(36, 270) + 10 = 280.
    expect(row(a, "hv1-lost", "app").rto).toMatchObject({ transferEnd: 42, ready: 270 });
    expect(row(a, "hv1-lost", "web").rto).toMatchObject({ transferEnd: 36, ready: 280 });
    expect(a.findings.some((f) => f.code === "STALE_TEST")).toBe(false);
  });

  it("a stale test is ignored and reported", () => {
    const a = run(threeTier({ tests: [{ system: "db", location: "nas", date: "2024-11-01T00:00:00Z", restoreMinutes: 5 }] }));
    // 2024-11-01 is 213 days before 2 June 2025, beyond 180: the estimate stands (97).
    expect(row(a, "hv1-lost", "db").rto).toMatchObject({ achievableMinutes: 97, source: "estimate" });
    const stale = a.findings.filter((f) => f.code === "STALE_TEST");
    expect(stale).toEqual([
      {
        severity: "warning",
        code: "STALE_TEST",
        system: "db",
        message: "The last restore test of db from nas was on 2024-11-01, older than the 180 days a test stays valid, so estimates are used instead; repeat the test.",
      },
    ]);
  });

  it("a test of a larger system is not scaled down", () => {
    const a = run(threeTier({ tests: [{ system: "web", location: "nas", date: "2025-05-01T00:00:00Z", restoreMinutes: 12, usedGB: 100 }] }));
    // web is 36 GB: max(1, 36/100) = 1, so its restore takes the measured 12 min.
    // It uses no stream, so db and app share the NAS alone: app ends 45, then db
    // reads its last 180 000 MB at 150 MB/s: 20 min -> 65. db ready 95, app 110,
    // web max(30, 110) + 12 = 122.
    expect(row(a, "hv1-lost", "db").rto.transferEnd).toBe(65);
    expect(row(a, "hv1-lost", "web").rto).toMatchObject({ ready: 122, transferEnd: null, source: "test" });
  });

  it("failing over to a replica moves no data", () => {
    const a = run(threeTier({ replicas: [{ system: "db", location: "standby", lagMinutes: 1 }], locations: [{ id: "nas", site: "office", throughputMBps: 200, streamMBps: 150, maxStreams: 2 }, { id: "standby", site: "dr", throughputMBps: 1 }] }));
    // db restores from the replica (worst case 1 min): transfer ends at its start (30), ready 30 + 30 = 60.
    expect(row(a, "hv1-lost", "db").rto).toMatchObject({ restoreStart: 30, transferEnd: 30, ready: 60 });
    expect(row(a, "hv1-lost", "db").rpo.location).toBe("standby");
    // app and web now share the NAS from 30: web ends 36, app 42 (as above).
    // app: max(42, 60) + 15 = 75.
    expect(row(a, "hv1-lost", "app").rto.ready).toBe(75);
  });

  it("an unplaced system moves no data and leaves everything depending on it unbounded", () => {
    const a = run(threeTier({ hosts: [{ id: "hv1", site: "office", ramMiB: 262144 }, { id: "hv2", site: "office", ramMiB: 65536 }], systems: threeTier().systems!.map((s) => (s.id === "db" ? { ...s, ramMiB: 131072 } : s)) }));
    expect(row(a, "hv1-lost", "db").rto).toMatchObject({ achievableMinutes: null, status: "breached", restoreStart: null, transferEnd: null, host: "hv2" });
    // app and web still restore, on both streams from 30 (web ends 36, app 42, as with
    // a tested db above), but cannot be ready.
    expect(row(a, "hv1-lost", "app").rto).toMatchObject({ achievableMinutes: null, status: "breached", transferEnd: 42 });
    expect(row(a, "hv1-lost", "web").rto.achievableMinutes).toBeNull();
    expect(scenario(a, "hv1-lost").processes[0]).toEqual({ id: "shop", rtoMinutes: null, mtdOk: false, slackMinutes: null });
    expect(a.findings.filter((f) => f.scenario === "hv1-lost").map((f) => [f.code, f.system ?? f.process])).toEqual([
      ["RTO_BREACHED", "app"],
      ["UNPLACED", "db"],
      ["RTO_BREACHED", "web"],
      ["MTD_EXCEEDED", "shop"],
    ]);
  });
});

describe("consequences of the queue rule (why the invariant tests use calm models)", () => {
  it("more bandwidth can delay a restore that starts later (a list-scheduling anomaly)", () => {
    // One stream. b (priority 2) and d (priority 3) can start at once; a (priority 1)
    // only when its host is ready at 10 min.
    //   100 MB/s: b 66 GB ends at 11; a is waiting by then and goes first: 11..12.
    //   132 MB/s: b ends at 8.33; a cannot start yet, so the stream goes to d
    //   (264 GB, 33.33 min) and a waits until 41.67: done at 42.42.
    const make = (mbps: number) =>
      run(
        baseModel({
          locations: [{ id: "nas", site: "office", throughputMBps: mbps }],
          hosts: [
            { id: "hv0", site: "office", ramMiB: 65536 },
            { id: "hv1", site: "office", ramMiB: 65536 },
            { id: "later", site: "office", ramMiB: 65536, readyAfterMinutes: 10 },
          ],
          systems: [
            { id: "a", host: "hv0", recoveryHosts: { lost: "later" }, priority: 1, usedGB: 6 },
            { id: "b", host: "hv0", recoveryHosts: { lost: "hv1" }, priority: 2, usedGB: 66 },
            { id: "d", host: "hv0", recoveryHosts: { lost: "hv1" }, priority: 3, usedGB: 264 },
          ],
          backupPolicies: [nightly(["a", "b", "d"])],
          scenarios: [{ id: "lost", kind: "host", lostHosts: ["hv0"] }],
        }),
      );
    expect(row(make(100), "lost", "a").rto.ready).toBe(12);
    expect(row(make(132), "lost", "a").rto.ready).toBe(42.424);
  });

  it("dropping a dependency moves a system up the queue, ahead of others", () => {
    // One stream; z first (priority 1). a-y and x share priority 3. While a-y depends
    // on z its depth is 1 and x (depth 0) goes before it; without the dependency both
    // have depth 0 and the id decides: a-y before x, so x is restored later.
    const make = (deps: string[]) =>
      run(
        baseModel({
          locations: [{ id: "nas", site: "office", throughputMBps: 100 }],
          hosts: [
            { id: "hv0", site: "office", ramMiB: 65536 },
            { id: "hv1", site: "office", ramMiB: 65536 },
          ],
          systems: [
            { id: "z", host: "hv0", recoveryHosts: { lost: "hv1" }, priority: 1, usedGB: 6 },
            { id: "a-y", host: "hv0", recoveryHosts: { lost: "hv1" }, priority: 3, usedGB: 60, dependsOn: deps },
            { id: "x", host: "hv0", recoveryHosts: { lost: "hv1" }, priority: 3, usedGB: 60 },
          ],
          backupPolicies: [nightly(["z", "a-y", "x"])],
          scenarios: [{ id: "lost", kind: "host", lostHosts: ["hv0"] }],
        }),
      );
    // 6 GB = 1 min, 60 GB = 10 min at 100 MB/s. With the dependency: z 0..1, x 1..11, a-y 11..21.
    expect(row(make(["z"]), "lost", "x").rto.ready).toBe(11);
    // Without it: z 0..1, a-y 1..11, x 11..21.
    expect(row(make([]), "lost", "x").rto.ready).toBe(21);
  });
});

describe("bandwidth simulation", () => {
  const limits = { throughput: 200, stream: 150, maxStreams: 2 };

  it("caps a lone transfer at the stream rate and shares the throughput fairly", () => {
    // One job: 9000 MB at 150 MB/s = 1 min.
    expect(simulateTransfers([{ id: 1, rank: 0, ready: 0, sizeMB: 9000 }], limits)).toEqual(new Map([[1, { begin: 0, end: 1 }]]));
    // Two equal jobs at 100 MB/s each: 12 000 MB in 2 min, together.
    const two = simulateTransfers(
      [
        { id: 1, rank: 0, ready: 0, sizeMB: 12000 },
        { id: 2, rank: 1, ready: 0, sizeMB: 12000 },
      ],
      limits,
    );
    expect(two.get(1)).toEqual({ begin: 0, end: 2 });
    expect(two.get(2)).toEqual({ begin: 0, end: 2 });
  });

  it("queues by rank for a free stream, and lets empty restores through at once", () => {
    const out = simulateTransfers(
      [
        { id: 3, rank: 2, ready: 0, sizeMB: 6000 },
        { id: 1, rank: 0, ready: 0, sizeMB: 6000 },
        { id: 2, rank: 1, ready: 0, sizeMB: 0 },
      ],
      { throughput: 100, stream: 100, maxStreams: 1 },
    );
    // Rank 0 first (6000 MB at 100 MB/s = 1 min), then the empty one at 1, then rank 2: 1..2.
    expect(out.get(1)).toEqual({ begin: 0, end: 1 });
    expect(out.get(2)).toEqual({ begin: 1, end: 1 });
    expect(out.get(3)).toEqual({ begin: 1, end: 2 });
  });

  it("gives the stream to a lower-ranked job that can start while a higher one waits", () => {
    const out = simulateTransfers(
      [
        { id: 1, rank: 0, ready: 60, sizeMB: 24000 }, // 40 min at 10 MB/s
        { id: 2, rank: 1, ready: 0, sizeMB: 48000 }, // 80 min
      ],
      { throughput: 10, stream: 10, maxStreams: 1 },
    );
    expect(out.get(2)).toEqual({ begin: 0, end: 80 });
    expect(out.get(1)).toEqual({ begin: 80, end: 120 });
  });
});
