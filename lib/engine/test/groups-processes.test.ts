import { describe, expect, it } from "vitest";
import type { RecoveryModelInput } from "../index";
import { baseModel, row, run, scenario } from "./helpers";

// db backs up at :00 and app at :20 every hour, each usable 10 min later.
// A site disaster at Tue 3 June 12:00Z: db's newest point is 11:00 (12:00 is
// usable only at 12:10), app's is 11:20. "cache" runs on the surviving host.
function model(over: Partial<RecoveryModelInput> = {}): RecoveryModelInput {
  return baseModel({
    locations: [
      { id: "nas", site: "office", throughputMBps: 150 },
      { id: "cloud", site: "dr", throughputMBps: 150 },
    ],
    hosts: [
      { id: "hv1", site: "office", ramMiB: 262144 },
      { id: "dr1", site: "dr", ramMiB: 262144 },
    ],
    systems: [
      { id: "db", host: "hv1", recoveryHosts: { site: "dr1", "no-at": "dr1" }, usedGB: 90, rtoMinutes: 60 },
      { id: "app", host: "hv1", recoveryHosts: { site: "dr1" }, usedGB: 9, dependsOn: ["db"] },
      { id: "cache", host: "dr1" },
    ],
    backupPolicies: [
      { id: "db-hourly", systems: ["db"], schedule: { cron: "0 * * * *", timezone: "UTC" }, windowMinutes: 10, target: "nas", copies: [{ to: "cloud" }] },
      { id: "app-hourly", systems: ["app", "cache"], schedule: { cron: "20 * * * *", timezone: "UTC" }, windowMinutes: 10, target: "nas", copies: [{ to: "cloud" }] },
    ],
    consistencyGroups: [
      { id: "staggered", systems: ["db", "app"], maxSkewMinutes: 15 },
      { id: "loose", systems: ["db", "app"], maxSkewMinutes: 20 },
      { id: "with-cache", systems: ["db", "cache"], maxSkewMinutes: 15 },
    ],
    scenarios: [
      { id: "site", kind: "site", lostSites: ["office"], at: "2025-06-03T12:00:00Z" },
      { id: "vm", kind: "system", at: "2025-06-03T12:00:00Z" },
      { id: "no-at", kind: "site", lostSites: ["office"] },
    ],
    ...over,
  });
}

describe("consistency groups", () => {
  it("measures the skew between the points the members would come back from", () => {
    const a = run(model());
    expect(row(a, "site", "db").rpo.atDisasterMinutes).toBe(60); // 11:00
    expect(row(a, "site", "app").rpo.atDisasterMinutes).toBe(40); // 11:20
    expect(scenario(a, "site").consistencyGroups).toEqual([
      // 11:20 - 11:00 = 20: within 20, beyond 15; the group's RPO is its oldest point's: 60.
      { id: "loose", skewMinutes: 20, consistent: true, rpoAtDisasterMinutes: 60 },
      { id: "staggered", skewMinutes: 20, consistent: false, rpoAtDisasterMinutes: 60 },
      // cache is not affected: it counts as current (12:00), so 60 apart.
      { id: "with-cache", skewMinutes: 60, consistent: false, rpoAtDisasterMinutes: 60 },
    ]);
    const finding = a.findings.find((f) => f.code === "GROUP_INCONSISTENT" && f.group === "staggered");
    expect(finding?.message).toBe(
      "Consistency group staggered would not be consistent: its members would come back from points 20 min apart, more than the 15 min allowed. Back its members up together (one policy, one schedule, one snapshot) so their points match.",
    );
  });

  it("in a system scenario each member is lost alone while the others run on", () => {
    // db alone comes back to 11:00 while app is current: 60 apart.
    expect(scenario(run(model()), "vm").consistencyGroups[1]).toEqual({ id: "staggered", skewMinutes: 60, consistent: false, rpoAtDisasterMinutes: 60 });
  });

  it("is not assessed without a disaster instant", () => {
    expect(scenario(run(model()), "no-at").consistencyGroups[1]).toEqual({ id: "staggered", skewMinutes: null, consistent: null, rpoAtDisasterMinutes: null });
  });
});

describe("processes and the MTD check", () => {
  const processes = [
    { id: "orders", systems: ["db", "app"], mtdMinutes: 120, wrtMinutes: 30 },
    { id: "reporting", systems: ["cache"], mtdMinutes: 60 },
    { id: "archive", systems: ["db"] },
  ];

  it("takes the slowest affected system and adds the work recovery time", () => {
    const a = run(model({ processes }));
    // db: 90 GB at 150 MB/s = 10 min; app 9 GB = 1 min (both from cloud, one stream:
    // db first, 0..10, app 10..11). app ready max(11, 10) = 11. Process RTO = 11.
    expect(row(a, "site", "db").rto.ready).toBe(10);
    expect(row(a, "site", "app").rto.ready).toBe(11);
    expect(scenario(a, "site").processes).toEqual([
      { id: "archive", rtoMinutes: 10, mtdOk: null, slackMinutes: null },
      { id: "orders", rtoMinutes: 11, mtdOk: true, slackMinutes: 79 }, // 120 - 11 - 30
      // Nothing it needs is affected: RTO 0, 60 - 0 - 0 = 60 slack.
      { id: "reporting", rtoMinutes: 0, mtdOk: true, slackMinutes: 60 },
    ]);
  });

  it("fails when the recovery plus work recovery exceeds the MTD, saying by how much", () => {
    const a = run(model({ processes: [{ id: "orders", systems: ["db", "app"], mtdMinutes: 30, wrtMinutes: 30 }] }));
    expect(scenario(a, "site").processes).toEqual([{ id: "orders", rtoMinutes: 11, mtdOk: false, slackMinutes: -11 }]);
    expect(a.findings.find((f) => f.code === "MTD_EXCEEDED" && f.scenario === "site")).toEqual({
      severity: "error",
      code: "MTD_EXCEEDED",
      scenario: "site",
      process: "orders",
      message: "Process orders would be down 11 min plus 30 min of work recovery, beyond its MTD of 30 min by 11 min. Its slowest system is app (11 min); recover it faster or agree a longer MTD.",
    });
  });

  it("fails, with the reason, when a system it needs cannot be recovered at all", () => {
    // In "no-at" only db has a recovery host at the DR site; app stays on the lost hv1.
    const a = run(model({ processes: [{ id: "orders", systems: ["db", "app"], mtdMinutes: 600 }] }));
    expect(scenario(a, "no-at").processes).toEqual([{ id: "orders", rtoMinutes: null, mtdOk: false, slackMinutes: null }]);
    expect(a.findings.find((f) => f.code === "MTD_EXCEEDED" && f.scenario === "no-at")?.message).toBe(
      "Process orders cannot be recovered within any time: app would be restored to hv1, which is lost. Until that is fixed it cannot meet its MTD of 10 h.",
    );
  });
});
