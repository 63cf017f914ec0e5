import { describe, expect, it } from "vitest";
import { parseModel, parseModelText } from "../index";
import { baseModel } from "./helpers";

/** A valid model exercising every list, to break one field at a time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break it field by field, into shapes no type allows
function full(): Record<string, any> {
  return {
    ...baseModel(),
    locations: [
      { id: "nas", site: "office", throughputMBps: 150 },
      { id: "cloud", site: "dr", throughputMBps: 100, immutableDays: 7 },
    ],
    systems: [
      { id: "dc", host: "hv1" },
      { id: "db", host: "hv1", dependsOn: ["dc"], recoveryHosts: { "site-loss": "hv1" } },
    ],
    backupPolicies: [
      {
        id: "nightly",
        systems: ["dc", "db"],
        schedule: { cron: "0 23 * * *", timezone: "Europe/Paris" },
        target: "nas",
        copies: [{ to: "cloud", mode: "scheduled", schedule: { everyMinutes: 720 } }],
      },
    ],
    replicas: [{ system: "db", location: "cloud" }],
    restorePoints: [{ system: "db", location: "nas", pointInTime: "2025-06-01T23:00:00+02:00" }],
    tests: [{ system: "db", location: "nas", date: "2025-05-01T10:00:00Z", restoreMinutes: 60 }],
    consistencyGroups: [{ id: "erp", systems: ["dc", "db"] }],
    processes: [{ id: "billing", systems: ["db"], mtdMinutes: 480 }],
    scenarios: [
      { id: "site-loss", kind: "site", lostSites: ["office"] },
      { id: "crypto", kind: "ransomware", at: "2025-06-01T12:00:00Z", cleanBefore: "2025-05-31T12:00:00Z" },
    ],
  };
}

function issues(input: unknown, options?: { bounded?: boolean }) {
  const r = parseModel(input, options);
  if (r.ok) throw new Error("expected the model to be invalid");
  return r.issues;
}

describe("parseModel", () => {
  it("accepts a valid model and fills every default", () => {
    const r = parseModel(full());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = r.model;
    expect([m.horizonDays, m.testValidityDays]).toEqual([7, 180]);
    expect(m.locations[0]).toEqual({ id: "nas", site: "office", online: true, immutableDays: 0, throughputMBps: 150, streamMBps: 150, maxStreams: 1, retrievalMinutes: 0 });
    expect(m.hosts[0]).toEqual({ id: "hv1", site: "office", ramMiB: 1_048_576, reservedMiB: 0, readyAfterMinutes: 0 });
    expect(m.systems[0]).toMatchObject({ usedGB: 0, bootMinutes: 0, verifyMinutes: 0, priority: 3, dependsOn: [], recoveryHosts: {} });
    expect(m.backupPolicies[0]).toMatchObject({ windowMinutes: 0, schedule: { cron: "0 23 * * *", timezone: "Europe/Paris" } });
    // everyMinutes without an anchor counts from the Unix epoch.
    expect(m.backupPolicies[0].copies[0]).toEqual({ to: "cloud", mode: "scheduled", lagMinutes: 0, schedule: { everyMinutes: 720, anchor: "1970-01-01T00:00:00Z" } });
    expect(m.replicas[0].lagMinutes).toBe(0);
    expect(m.restorePoints[0].usableAt).toBe("2025-06-01T23:00:00+02:00");
    expect(m.processes[0].wrtMinutes).toBe(0);
    expect(m.consistencyGroups[0].maxSkewMinutes).toBe(0);
    expect(m.scenarios[0]).toMatchObject({ lostHosts: [], declareMinutes: 0, containmentMinutes: 0 });
  });

  it("reports a missing required field by its path", () => {
    const m = full();
    delete m.locations[1].throughputMBps;
    delete m.backupPolicies[0].target;
    delete m.assessedAt;
    expect(issues(m)).toEqual([
      { path: "assessedAt", message: "is required" },
      { path: "locations[1].throughputMBps", message: "is required" },
      { path: "backupPolicies[0].target", message: "is required" },
    ]);
  });

  it("reports unknown fields, one per field, so typos cannot pass", () => {
    const m = full();
    m.systems[1].rpoMinuts = 60;
    m.scenarios[0].lostSite = ["office"];
    m.extra = true;
    expect(issues(m)).toEqual([
      { path: "systems[1].rpoMinuts", message: "unknown field" },
      { path: "scenarios[0].lostSite", message: "unknown field" },
      { path: "extra", message: "unknown field" },
    ]);
  });

  it("reports dangling references wherever they are", () => {
    const m = full();
    m.systems[1].dependsOn = ["dc", "ad"];
    m.systems[1].recoveryHosts = { "site-lost": "hv9" };
    m.backupPolicies[0].copies[0].to = "tape";
    m.processes[0].systems = ["db", "crm"];
    m.scenarios[0].lostSites = ["hq"];
    m.restorePoints[0].location = "san";
    expect(issues(m)).toEqual([
      { path: "systems[1].dependsOn[1]", message: 'unknown system "ad"' },
      { path: 'systems[1].recoveryHosts["site-lost"]', message: 'unknown scenario "site-lost"' },
      { path: 'systems[1].recoveryHosts["site-lost"]', message: 'unknown host "hv9"' },
      { path: "backupPolicies[0].copies[0].to", message: 'unknown location "tape"' },
      { path: "restorePoints[0].location", message: 'unknown location "san"' },
      { path: "processes[0].systems[1]", message: 'unknown system "crm"' },
      { path: "scenarios[0].lostSites[0]", message: 'unknown site "hq"' },
    ]);
  });

  it("reports duplicate ids", () => {
    const m = full();
    m.systems.push({ id: "dc", host: "hv1" });
    expect(issues(m)).toEqual([{ path: "systems[2].id", message: 'duplicate id "dc" (already used by systems[0])' }]);
  });

  it("reports a dependency cycle with its members", () => {
    const m = full();
    m.systems.push({ id: "app", host: "hv1", dependsOn: ["db"] }, { id: "web", host: "hv1", dependsOn: ["web"] });
    m.systems[0].dependsOn = ["app"]; // dc -> app -> db -> dc
    expect(issues(m)).toEqual([
      { path: "systems[2].dependsOn", message: "dependency cycle: app → db → dc → app" },
      { path: "systems[3].dependsOn", message: "dependency cycle: web → web" },
    ]);
  });

  it("rejects zero throughput, zero streams and zero RAM rather than dividing by them", () => {
    const m = full();
    m.locations[0].throughputMBps = 0;
    m.locations[1].maxStreams = 0;
    m.locations[1].streamMBps = -5;
    m.hosts[0].ramMiB = 0;
    m.systems[0].priority = 6;
    m.systems[0].usedGB = -1;
    m.tests[0].usedGB = 0;
    expect(issues(m)).toEqual([
      { path: "locations[0].throughputMBps", message: "must be > 0" },
      { path: "locations[1].streamMBps", message: "must be > 0" },
      { path: "locations[1].maxStreams", message: "must be > 0" },
      { path: "hosts[0].ramMiB", message: "must be > 0" },
      { path: "systems[0].usedGB", message: "must be ≥ 0" },
      { path: "systems[0].priority", message: "must be ≤ 5" },
      { path: "tests[0].usedGB", message: "must be > 0" },
    ]);
  });

  it("rejects instants without an offset and impossible dates", () => {
    const m = full();
    m.assessedAt = "2025-06-02T00:00:00";
    m.restorePoints[0].pointInTime = "2025-02-30T10:00:00Z";
    m.scenarios[1].at = "June 1st";
    const out = issues(m);
    const msg = "must be an ISO-8601 instant with an offset or Z, e.g. 2025-06-11T09:00:00Z";
    expect(out).toEqual([
      { path: "assessedAt", message: msg },
      { path: "restorePoints[0].pointInTime", message: msg },
      { path: "scenarios[1].at", message: msg },
    ]);
  });

  it("rejects a bad cron and a bad time zone, naming the schedule field", () => {
    const m = full();
    m.backupPolicies[0].schedule = { cron: "0 24 * * *", timezone: "Europe/Pariss" };
    expect(issues(m)).toEqual([
      { path: "backupPolicies[0].schedule.cron", message: 'invalid cron "0 24 * * *": hour field: 24 is out of range 0–23' },
      { path: "backupPolicies[0].schedule.timezone", message: 'unknown time zone "Europe/Pariss" (use an IANA name such as Europe/Paris)' },
    ]);
  });

  it("checks schedule and copy combinations", () => {
    const m = full();
    m.backupPolicies[0].schedule = { everyMinutes: 60, timezone: "UTC" };
    m.backupPolicies[0].copies = [{ to: "cloud", mode: "rotation" }, { to: "cloud", schedule: { everyMinutes: 60 } }];
    expect(issues(m)).toEqual([
      { path: "backupPolicies[0].schedule.timezone", message: "only applies to a cron schedule" },
      { path: "backupPolicies[0].copies[0].schedule", message: "is required for a rotation copy" },
      { path: "backupPolicies[0].copies[1].schedule", message: 'only applies to "scheduled" and "rotation" copies' },
    ]);
    expect(issues({ ...full(), backupPolicies: [{ id: "p", systems: [], target: "nas", schedule: {} }] })).toEqual([
      { path: "backupPolicies[0].schedule", message: "needs either cron or everyMinutes" },
    ]);
  });

  it("bounds the work one field can cause", () => {
    const m = full();
    m.horizonDays = 4000;
    m.backupPolicies[0].copies[0].schedule = { everyMinutes: 0.1 };
    expect(issues(m)).toEqual([
      { path: "horizonDays", message: "must be ≤ 3660" },
      { path: "backupPolicies[0].copies[0].schedule.everyMinutes", message: "fires more than 2,000,000 times in the 4000-day window; model continuous protection as a replica" },
    ]);
    // Every 30 s for a year is fine (1 054 080 fires), as the contract allows any interval above 0.
    expect(parseModel({ ...full(), horizonDays: 366, backupPolicies: [{ ...full().backupPolicies[0], schedule: { everyMinutes: 0.5 } }] }).ok).toBe(true);
  });

  it("reads every model the contract allows unless asked for the server's bounds", () => {
    const m = full();
    m.backupPolicies[0].schedule = { cron: "* * * * *" };
    m.backupPolicies[0].windowMinutes = 10081;
    m.backupPolicies[0].copies[0].lagMinutes = 1e8;
    m.scenarios[1].cleanBefore = "2024-05-31T11:59:00Z";
    expect(parseModel(m).ok).toBe(true);
    expect(parseModel(m, { bounded: true }).ok).toBe(false);
  });

  it("bounds how far back a schedule is expanded, when asked: a week of window or lag, a year of ransomware look-back", () => {
    const m = full();
    m.backupPolicies[0].windowMinutes = 10081;
    m.backupPolicies[0].copies[0].lagMinutes = 1e8;
    m.scenarios[1].cleanBefore = "2024-05-31T11:59:00Z"; // 366 days and a minute before the attack
    expect(issues(m, { bounded: true })).toEqual([
      { path: "backupPolicies[0].windowMinutes", message: "must be ≤ 10080" },
      { path: "backupPolicies[0].copies[0].lagMinutes", message: "must be ≤ 10080" },
      { path: "scenarios[1].cleanBefore", message: "must be at most 366 days before at (the attack)" },
    ]);
    const week = full();
    week.backupPolicies[0].windowMinutes = 10080;
    week.backupPolicies[0].copies[0].lagMinutes = 10080;
    week.scenarios[1].cleanBefore = "2024-05-31T12:00:00Z";
    expect(parseModel(week, { bounded: true }).ok).toBe(true);
  });

  it("refuses a schedule more often than every 5 minutes when asked, as an interval or anywhere in a cron rule's day", () => {
    const withSchedule = (schedule: Record<string, unknown>) => {
      const m = full();
      m.backupPolicies[0].schedule = schedule;
      return m;
    };
    const why = "model continuous protection as a replica";
    expect(issues(withSchedule({ everyMinutes: 4.5 }), { bounded: true })).toEqual([
      { path: "backupPolicies[0].schedule.everyMinutes", message: `runs more often than every 5 minutes (every 4.5 min); ${why}` },
    ]);
    expect(issues(withSchedule({ cron: "* * * * *", timezone: "Europe/Paris" }), { bounded: true })).toEqual([
      { path: "backupPolicies[0].schedule.cron", message: `runs more often than every 5 minutes (at 00:00 and 00:01); ${why}` },
    ]);
    // Three times a weekday, two of them 3 minutes apart: that pair is named.
    expect(issues(withSchedule({ cron: "0,3,30 8 * * 1-5" }), { bounded: true })).toEqual([
      { path: "backupPolicies[0].schedule.cron", message: `runs more often than every 5 minutes (at 08:00 and 08:03); ${why}` },
    ]);
    // 23:58 and then 00:01 the next day, when the rule fires on two days running.
    expect(issues(withSchedule({ cron: "1,58 0,23 * * *" }), { bounded: true })).toEqual([
      { path: "backupPolicies[0].schedule.cron", message: `runs more often than every 5 minutes (at 23:58 and 00:01); ${why}` },
    ]);
    // Every 5 minutes is fine, and so is that pair of times on days that never follow each other.
    for (const schedule of [{ everyMinutes: 5 }, { cron: "*/5 * * * *" }, { cron: "1,58 0,23 * * 1,3,5" }]) expect(parseModel(withSchedule(schedule), { bounded: true }).ok).toBe(true);
  });

  it("requires at and cleanBefore for ransomware, clean before the attack", () => {
    const m = full();
    delete m.scenarios[1].cleanBefore;
    expect(issues(m)).toEqual([{ path: "scenarios[1].cleanBefore", message: "is required for a ransomware scenario" }]);
    const late = full();
    late.scenarios[1].cleanBefore = "2025-06-01T13:00:00Z";
    expect(issues(late)).toEqual([{ path: "scenarios[1].cleanBefore", message: "must not be after at (the attack)" }]);
  });

  it("reports every problem of a broken model at once, shapes and references together", () => {
    const m = full();
    m.version = 2;
    m.systems[0].host = "hv2";
    m.locations[0].throughputMBps = "fast";
    expect(issues(m)).toEqual([
      { path: "version", message: "must be 1" },
      { path: "locations[0].throughputMBps", message: "must be a number" },
      { path: "systems[0].host", message: 'unknown host "hv2"' },
    ]);
    expect(issues(42)).toEqual([{ path: "", message: "must be an object" }]);
  });
});

describe("parseModelText", () => {
  it("reads JSON and YAML to the same model", () => {
    const json = JSON.stringify(full());
    const yaml = [
      "version: 1",
      "assessedAt: 2025-06-02T00:00:00Z",
      "sites: [{ id: office }]",
      "locations:",
      "  - { id: nas, site: office, throughputMBps: 150 }",
      "hosts: [{ id: hv1, site: office, ramMiB: 65536 }]",
      "systems: [{ id: db, host: hv1 }]",
      "backupPolicies:",
      "  - id: nightly",
      "    systems: [db]",
      "    schedule: { cron: '0 23 * * *', timezone: Europe/Paris }",
      "    target: nas",
    ].join("\n");
    const a = parseModelText(json, "model.json");
    const b = parseModelText(yaml, "model.yaml");
    expect(a.ok && b.ok).toBe(true);
    if (b.ok) expect(b.model.backupPolicies[0].schedule).toEqual({ cron: "0 23 * * *", timezone: "Europe/Paris" });
    expect(parseModelText(json).ok).toBe(true); // no file name: sniffed
  });

  it("turns a syntax error into one issue", () => {
    const r = parseModelText('{ "version": 1,', "model.json");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0].path).toBe("");
      expect(r.issues[0].message).toMatch(/^not valid JSON: /);
    }
  });
});
