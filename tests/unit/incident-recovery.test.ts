import { describe, expect, it } from "vitest";
import { assess, parseModel, type RecoveryModel, type RecoveryModelInput } from "@/lib/engine";
import {
  disasterInstant,
  functionWords,
  incidentModel,
  overdue,
  readIncidentRecovery,
  systemVerdict,
  verdictCounts,
  verdictSummary,
  withLoggedRecovery,
} from "@/lib/incidents/incident-recovery";

const at = (iso: string) => new Date(iso);

/**
 * An office and a DR site. SQL and APP run in the office, back up nightly at 22:00 UTC to the
 * office NAS (usable an hour later), copied at once to the cloud (landing 30 minutes after that),
 * which restores one system at a time at 100 MB/s. FILES has no backup at all.
 */
const input: RecoveryModelInput = {
  version: 1,
  assessedAt: "2026-11-27T09:00:00Z",
  sites: [{ id: "office" }, { id: "dr" }],
  locations: [
    { id: "nas", site: "office", throughputMBps: 100 },
    { id: "cloud", site: "dr", throughputMBps: 100, maxStreams: 1 },
  ],
  hosts: [
    { id: "hv1", site: "office", ramMiB: 65536 },
    { id: "standby", site: "dr", ramMiB: 65536 },
  ],
  systems: [
    // 360 GB at 100 MB/s: an hour's transfer, then 15 minutes to boot and verify.
    { id: "SQL", host: "hv1", recoveryHosts: { "site-loss": "standby" }, ramMiB: 4096, usedGB: 360, bootMinutes: 10, verifyMinutes: 5, priority: 1, rpoMinutes: 1440, rtoMinutes: 240 },
    // 36 GB: six minutes, but it waits for SQL.
    { id: "APP", host: "hv1", recoveryHosts: { "site-loss": "standby" }, ramMiB: 2048, usedGB: 36, priority: 2, dependsOn: ["SQL"], rtoMinutes: 60 },
    { id: "FILES", host: "hv1", recoveryHosts: { "site-loss": "standby" }, ramMiB: 2048, usedGB: 10, rtoMinutes: 480 },
  ],
  backupPolicies: [
    {
      id: "nightly",
      systems: ["SQL", "APP"],
      schedule: { cron: "0 22 * * *", timezone: "UTC" },
      windowMinutes: 60,
      target: "nas",
      copies: [{ to: "cloud", mode: "immediate", lagMinutes: 30 }],
    },
  ],
  restorePoints: [
    // Imported from the backup software: Tuesday night's copy in the cloud, and one taken after the disaster.
    { system: "SQL", location: "cloud", pointInTime: "2026-12-01T22:00:00Z", usableAt: "2026-12-01T23:30:00Z" },
    { system: "SQL", location: "cloud", pointInTime: "2026-12-04T22:00:00Z", usableAt: "2026-12-04T23:30:00Z" },
  ],
  consistencyGroups: [{ id: "erp", systems: ["SQL", "APP"] }],
  processes: [
    { id: "Billing", systems: ["SQL", "APP"], mtdMinutes: 240, wrtMinutes: 30 },
    { id: "Archive", systems: ["FILES"], mtdMinutes: 480 },
  ],
  scenarios: [
    // Planned with an hour to declare; the incident replaces it with the real half hour.
    { id: "site-loss", kind: "site", lostSites: ["office"], declareMinutes: 60 },
    { id: "ransomware", kind: "ransomware", at: "2026-01-01T00:00:00Z", cleanBefore: "2025-12-31T12:00:00Z" },
  ],
};

function valid(): RecoveryModel {
  const parsed = parseModel(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.model;
}

const flood = { startedAt: at("2026-12-04T06:40:00Z"), declaredAt: at("2026-12-04T07:10:00Z"), cleanBefore: null };
const names = { locations: { cloud: "Cloud vault", nas: "Office NAS" }, hosts: { standby: "DR standby" }, consistencyGroups: { erp: "ERP" } };

function recoveryOf(incident = flood, scenarioKey = "site-loss") {
  const model = incidentModel({ model: valid(), scenarioKey, incident })!;
  return readIncidentRecovery({ model, assessment: assess(model, { names }), names });
}

describe("the model an incident is assessed with", () => {
  it("strikes only the incident's scenario when the disruption began, with the real time to declare, assessed then", () => {
    const model = incidentModel({ model: valid(), scenarioKey: "site-loss", incident: flood })!;
    expect(model.assessedAt).toBe("2026-12-04T06:40:00.000Z");
    expect(model.scenarios).toEqual([expect.objectContaining({ id: "site-loss", at: "2026-12-04T06:40:00.000Z", declareMinutes: 30, lostSites: ["office"] })]);
    // Everything else is the plan's model as it was.
    expect(model.systems).toEqual(valid().systems);
  });

  it("takes the declaration as the disaster when no earlier start was recorded", () => {
    const incident = { ...flood, startedAt: null };
    expect(disasterInstant(incident)).toEqual(flood.declaredAt);
    const model = incidentModel({ model: valid(), scenarioKey: "site-loss", incident })!;
    expect(model.scenarios[0]).toMatchObject({ at: "2026-12-04T07:10:00.000Z", declareMinutes: 0 });
  });

  it("keeps a ransomware scenario's clean boundary as far before the disruption as the scenario puts it, or takes the one recorded", () => {
    const shifted = incidentModel({ model: valid(), scenarioKey: "ransomware", incident: flood })!;
    expect(shifted.scenarios[0]).toMatchObject({ at: "2026-12-04T06:40:00.000Z", cleanBefore: "2026-12-03T18:40:00.000Z" });
    const recorded = incidentModel({ model: valid(), scenarioKey: "ransomware", incident: { ...flood, cleanBefore: at("2026-12-02T09:00:00Z") } })!;
    expect(recorded.scenarios[0].cleanBefore).toBe("2026-12-02T09:00:00.000Z");
  });

  it("has nothing to assess for a scenario the model does not hold", () => {
    expect(incidentModel({ model: valid(), scenarioKey: "gone", incident: flood })).toBeNull();
  });
});

describe("the expected recovery of an incident", () => {
  it("gives each affected system's data loss and expected return as clock times, against its RTO's deadline", () => {
    const { disasterAt, systems } = recoveryOf();
    expect(disasterAt).toEqual(flood.startedAt);
    expect(systems.map((s) => s.system)).toEqual(["SQL", "APP", "FILES"]);
    const [sql, app, files] = systems;
    expect(sql).toEqual({
      system: "SQL",
      priority: 1,
      restoreFrom: "Cloud vault",
      // The last nightly backup before 06:40: 22:00 the evening before, 8 h 40 min of data lost.
      dataFrom: at("2026-12-03T22:00:00Z"),
      dataLostMinutes: 520,
      rpoTarget: 1440,
      // The newest point imported from the backup software is older: the schedule is not confirmed.
      newestImported: at("2026-12-01T22:00:00Z"),
      // Its restore starts at the declaration: an hour's transfer, 15 minutes to boot and verify.
      ready: at("2026-12-04T08:25:00Z"),
      rtoTarget: 240,
      deadline: at("2026-12-04T10:40:00Z"),
      lateByMinutes: -135,
      source: "estimate",
      cannot: null,
    });
    // APP's transfer follows SQL's on the one stream, and it is ready when SQL is: 45 minutes past its RTO.
    expect(app).toMatchObject({ ready: at("2026-12-04T08:25:00Z"), deadline: at("2026-12-04T07:40:00Z"), lateByMinutes: 45, newestImported: null });
    expect(files).toMatchObject({ restoreFrom: null, dataFrom: null, ready: null, lateByMinutes: null, cannot: "no surviving copy" });
  });

  it("says when each business function resumes against its MTD, those that miss it first", () => {
    const { functions } = recoveryOf();
    expect(functions).toEqual([
      { name: "Archive", resumes: null, mtdDeadline: at("2026-12-04T14:40:00Z"), mtdOk: false, gaps: { notAssessed: [], noHost: [], byProvider: [], modelled: 1 } },
      // SQL and APP back at 08:25, then 30 minutes of work recovery.
      { name: "Billing", resumes: at("2026-12-04T08:55:00Z"), mtdDeadline: at("2026-12-04T10:40:00Z"), mtdOk: true, gaps: { notAssessed: [], noHost: [], byProvider: [], modelled: 2 } },
    ]);
  });

  it("words a function whose systems are left out of the model as the dashboard does, never back at the disaster within its MTD (decision 83)", () => {
    const gaps = { notAssessed: [], noHost: [], byProvider: [], modelled: 1 };
    const f = { name: "Billing", resumes: at("2026-12-04T08:55:00Z"), mtdDeadline: at("2026-12-04T14:40:00Z"), mtdOk: true, gaps };
    expect(functionWords(f)).toEqual({ resumes: "4 Dec 2026, 08:55 UTC", verdict: "Within its MTD", note: null });
    expect(functionWords({ ...f, mtdOk: false })).toEqual({ resumes: "4 Dec 2026, 08:55 UTC", verdict: "Misses its MTD", note: null });
    expect(functionWords({ ...f, mtdOk: null, mtdDeadline: null })).toEqual({ resumes: "4 Dec 2026, 08:55 UTC", verdict: "—", note: null });
    // Only a server without a host: the engine's "resumes at once" is no answer.
    const pbx = { ...f, resumes: at("2026-12-04T06:40:00Z"), gaps: { ...gaps, noHost: ["PBX"], modelled: 0 } };
    expect(functionWords(pbx)).toEqual({ resumes: "not known", verdict: "Not known: PBX not assessed (no host)", note: "not known: PBX not assessed (no host)" });
    // Beside SQL, assessed: it resumes no earlier than SQL allows.
    expect(functionWords({ ...f, gaps: { ...gaps, noHost: ["PBX"] } })).toMatchObject({ resumes: "not before 4 Dec 2026, 08:55 UTC", verdict: "Not known: PBX not assessed (no host)" });
    const m365 = { ...pbx, gaps: { ...gaps, byProvider: ["Microsoft 365"], modelled: 0 } };
    expect(functionWords(m365)).toEqual({
      resumes: "not known",
      verdict: "Not assessed here: Microsoft 365 restored by its provider",
      note: "not assessed here: Microsoft 365 restored by its provider",
    });
    expect(functionWords({ ...f, gaps: { ...gaps, byProvider: ["Microsoft 365"] } })).toEqual({
      resumes: "4 Dec 2026, 08:55 UTC",
      verdict: "Within its MTD for our systems; Microsoft 365 restored by its provider",
      note: "within its MTD for our systems; Microsoft 365 restored by its provider",
    });
  });

  it("lists a function whose check is not known right after those that miss their MTD", () => {
    const model = incidentModel({ model: valid(), scenarioKey: "site-loss", incident: flood })!;
    const leftOut = { hostless: [{ system: "PBX", saas: false, functions: ["Billing"] }] };
    const { functions } = readIncidentRecovery({ model, assessment: assess(model, { names }), names, leftOut });
    expect(functions.map((f) => [f.name, functionWords(f).verdict])).toEqual([
      ["Archive", "Misses its MTD"],
      ["Billing", "Not known: PBX not assessed (no host)"],
    ]);
  });

  it("gives each consistency group's skew at the disaster", () => {
    expect(recoveryOf().groups).toEqual([{ name: "ERP", skewMinutes: 0, maxSkewMinutes: 0, consistent: true }]);
  });

  it("counts only the backups usable when the disruption began", () => {
    // Struck half an hour before the nightly backup landed in the cloud, SQL goes back a day further.
    const early = { startedAt: at("2026-12-03T23:10:00Z"), declaredAt: at("2026-12-03T23:10:00Z"), cleanBefore: null };
    const [sql] = recoveryOf(early).systems;
    expect(sql).toMatchObject({ dataFrom: at("2026-12-02T22:00:00Z"), dataLostMinutes: 1510 });
  });

  it("stands the log's reports beside the plan", () => {
    const progress = withLoggedRecovery(recoveryOf(), new Map([["APP", at("2026-12-04T09:05:00Z")]]));
    expect(progress.systems.map((s) => [s.system, s.backAt])).toEqual([
      ["SQL", null],
      ["APP", at("2026-12-04T09:05:00Z")],
      ["FILES", null],
    ]);
  });
});

describe("what the incident page says of each system", () => {
  it("puts the log's report first, then what the plan expects", () => {
    const progress = withLoggedRecovery(recoveryOf(), new Map([["SQL", at("2026-12-04T11:00:00Z")]]));
    const [sql, app, files] = progress.systems;
    expect(systemVerdict(sql)).toEqual({ tone: "back", label: "Back in service, 20 min after its RTO ran out" });
    expect(systemVerdict(app)).toEqual({ tone: "late", label: "Expected 45 min after its RTO runs out" });
    expect(systemVerdict(files)).toEqual({ tone: "never", label: "Not recoverable as the plan stands: no surviving copy" });
    expect(verdictCounts(progress.systems)).toEqual({ back: 1, ok: 0, late: 1, never: 1 });
    expect(verdictSummary(progress.systems)).toBe("3 systems affected: 1 back in service, 0 expected within their RTO, 1 expected late, 1 not recoverable as the plan stands.");
  });

  it("reads a system back before its deadline, or expected within it, as on time", () => {
    const progress = withLoggedRecovery(recoveryOf(), new Map([["SQL", at("2026-12-04T08:30:00Z")]]));
    expect(systemVerdict(progress.systems[0])).toEqual({ tone: "back", label: "Back in service" });
    expect(systemVerdict(withLoggedRecovery(recoveryOf(), new Map()).systems[0])).toEqual({ tone: "ok", label: "Expected within its RTO" });
  });

  it("lists the systems expected back by now that the log has not reported back", () => {
    const progress = withLoggedRecovery(recoveryOf(), new Map([["SQL", at("2026-12-04T08:30:00Z")]]));
    expect(overdue(progress.systems, at("2026-12-04T08:24:00Z"))).toEqual([]);
    expect(overdue(progress.systems, at("2026-12-04T08:25:00Z")).map((s) => s.system)).toEqual(["APP"]);
  });
});
