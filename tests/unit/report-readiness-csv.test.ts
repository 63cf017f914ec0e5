import { describe, expect, it } from "vitest";
import { readCsv } from "@/lib/csv/read-csv";

const parseCsv = (text: string) => readCsv(text).map((record) => record.cells);
import { readinessToCsv, READINESS_COLUMNS } from "@/lib/reports/readiness-csv";
import { sampleReportInput, systemName } from "@/lib/reports/sample-input";
import { assessModel } from "@/lib/engine";

describe("the readiness matrix as CSV", () => {
  it("has one row per system and scenario, with the targets, their status and the functions that set them", () => {
    const assessment = sampleReportInput({ systems: 8 }).snapshot.recovery.assessment!;
    const targetFunctions = [{ system: systemName(7), rpo: ["Order taking"], rto: ["Dispatch", "Order taking"] }];
    const [header, ...rows] = parseCsv(readinessToCsv(assessment, { targetFunctions }));
    expect(header).toEqual(READINESS_COLUMNS);
    expect(rows).toHaveLength(16);
    expect(rows.find((r) => r[0] === systemName(7) && r[2] === "site-loss")).toEqual([
      systemName(7), "site-loss", "site-loss", "1500", "1440", "breached", "170", "110", "breached", "from Dispatch, Order taking", "", "nas", "standby", "estimate", "", "from Order taking",
    ]);
  });

  it("says whether each RTO target is set by the system's functions or inherited, and from which system", () => {
    const assessment = sampleReportInput({ systems: 2 }).snapshot.recovery.assessment!;
    assessment.scenarios[0].systems[1].rto.target = null;
    const inheritedRto = [{ system: systemName(0), minutes: 110, functionName: "Payroll", through: ["WEB-SHOP", "PAYROLL-APP"] }];
    const targetFunctions = [{ system: systemName(1), rpo: [], rto: ["Order taking"] }];
    const [header, ...rows] = parseCsv(readinessToCsv(assessment, { inheritedRto, targetFunctions }));
    const source = header.indexOf("RTO source");
    expect(header.slice(0, source)).toEqual(["System", "Scenario", "Scenario id", "RPO worst case (min)", "RPO target (min)", "RPO status", "RTO achievable (min)", "RTO target (min)", "RTO status"]);
    const cell = (system: string, scenario: string) => rows.find((r) => r[0] === system && r[2] === scenario)![source];
    expect(cell(systemName(0), "site-loss")).toBe("inherited from WEB-SHOP, which depends on it (the RTO of Payroll, which uses PAYROLL-APP, which depends on WEB-SHOP)");
    expect(cell(systemName(1), "vm-loss")).toBe("from Order taking");
    expect(cell(systemName(1), "site-loss")).toBe("");
    // The next column names the system alone: the one it depends on, empty for a target its functions set.
    expect(header[source + 1]).toBe("RTO inherited from");
    const from = (system: string, scenario: string) => rows.find((r) => r[0] === system && r[2] === scenario)![source + 1];
    expect([from(systemName(0), "site-loss"), from(systemName(1), "vm-loss"), from(systemName(1), "site-loss")]).toEqual(["WEB-SHOP", "", ""]);
  });

  it("names scenarios by their names, keeps the id, and says which VMs are not assessed and why", () => {
    const assessment = sampleReportInput({ systems: 1 }).snapshot.recovery.assessment!;
    const csv = readinessToCsv(assessment, { scenarioNames: { "site-loss": "Head office lost" }, incomplete: [{ system: "APP", missing: ["memory"], functions: [] }] });
    const [, ...rows] = parseCsv(csv);
    expect(rows[0].slice(0, 3)).toEqual([systemName(0), "Head office lost", "site-loss"]);
    expect(rows).toContainEqual(["APP", "Head office lost", "site-loss", "", "", "not assessed (memory not set)", "", "", "not assessed (memory not set)", "", "", "", "", "", "", ""]);
  });

  it("says 'no recovery' beside 'no target' for a system that never comes back, so a filter on the status finds it", () => {
    const assessment = sampleReportInput({ systems: 1 }).snapshot.recovery.assessment!;
    const s = assessment.scenarios[0].systems[0];
    s.rpo = { ...s.rpo, status: "no-target", target: null, worstCaseMinutes: null };
    s.rto = { ...s.rto, status: "no-target", target: null, achievableMinutes: null };
    const [header, row] = parseCsv(readinessToCsv(assessment));
    expect(row[header.indexOf("RPO status")]).toBe("no target (no recovery)");
    expect(row[header.indexOf("RTO status")]).toBe("no target (no recovery)");
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    const assessment = sampleReportInput({ systems: 1 }).snapshot.recovery.assessment!;
    assessment.scenarios[0].systems[0].id = "=HYPERLINK(\"http://evil\")";
    const [, row] = parseCsv(readinessToCsv(assessment));
    expect(row[0]).toBe("'=HYPERLINK(\"http://evil\")");
  });

  it("finds the inherited RTO of a system whose name looks like a formula, and neutralises the name only", () => {
    const assessment = sampleReportInput({ systems: 1 }).snapshot.recovery.assessment!;
    assessment.scenarios[0].systems[0].id = "=DB";
    const [, row] = parseCsv(readinessToCsv(assessment, { inheritedRto: [{ system: "=DB", minutes: 110, functionName: "Payroll", through: ["+APP"] }] }));
    expect(row[0]).toBe("'=DB");
    const source = READINESS_COLUMNS.indexOf("RTO source");
    expect(row.slice(source, source + 2)).toEqual(["inherited from +APP, which depends on it (the RTO of Payroll)", "'+APP"]);
  });

  it("keeps the earlier columns where they were and adds the new ones at the end", () => {
    expect(READINESS_COLUMNS).toEqual([
      "System", "Scenario", "Scenario id", "RPO worst case (min)", "RPO target (min)", "RPO status", "RTO achievable (min)", "RTO target (min)", "RTO status", "RTO source", "RTO inherited from",
      "Restore location", "Recovery host", "Restore time from", "Never ready because", "RPO source",
    ]);
  });

  it("says 'never' for an affected system that never becomes ready, and leaves the time empty only for one not affected", () => {
    const assessment = sampleReportInput({ systems: 2 }).snapshot.recovery.assessment!;
    const [siteLoss, vmLoss] = assessment.scenarios;
    const lost = siteLoss.systems[0];
    lost.rpo = { ...lost.rpo, worstCaseMinutes: null, status: "breached", location: null };
    lost.rto = { ...lost.rto, achievableMinutes: null, status: "breached", restoreStart: null, transferEnd: null, ready: null, source: null };
    const tested = siteLoss.systems[1];
    tested.rto = { ...tested.rto, source: "test", transferEnd: null };
    const unaffected = vmLoss.systems[1];
    unaffected.rto = { ...unaffected.rto, achievableMinutes: null };
    const names = { locationNames: new Map([["nas", "NAS in the office"]]), hostNames: new Map([["standby", "Standby host"], ["hv1", "HV1"]]) };
    const [header, ...rows] = parseCsv(readinessToCsv(assessment, names));
    const at = (system: string, scenario: string) => {
      const row = rows.find((r) => r[0] === system && r[2] === scenario)!;
      return Object.fromEntries(["RTO achievable (min)", "RTO status", ...READINESS_COLUMNS.slice(11, 15)].map((c) => [c, row[header.indexOf(c)]]));
    };
    // No copy survives: no host is named (nothing reaches it), and the data loss is unbounded.
    expect(rows.find((r) => r[0] === systemName(0) && r[2] === "site-loss")![header.indexOf("RPO worst case (min)")]).toBe("unbounded");
    expect(at(systemName(0), "site-loss")).toEqual({
      "RTO achievable (min)": "never",
      "RTO status": "breached",
      "Restore location": "",
      "Recovery host": "",
      "Restore time from": "",
      "Never ready because": "no surviving copy",
    });
    expect(at(systemName(1), "site-loss")).toMatchObject({ "Restore location": "NAS in the office", "Recovery host": "Standby host", "Restore time from": "test", "Never ready because": "" });
    // Not affected: nothing to recover, so no time, no location, no recovery host (it keeps running on HV1).
    expect(at(systemName(1), "vm-loss")).toEqual({
      "RTO achievable (min)": "",
      "RTO status": "not affected",
      "Restore location": "",
      "Recovery host": "",
      "Restore time from": "",
      "Never ready because": "",
    });
  });

  it("gives the never-ready reason from the capacity and the dependencies of the model it was assessed from", () => {
    const assessment = sampleReportInput({ systems: 3 }).snapshot.recovery.assessment!;
    const [siteLoss] = assessment.scenarios;
    const never = (i: number) => {
      const s = siteLoss.systems[i];
      s.rto = { ...s.rto, achievableMinutes: null, status: "breached", ready: null };
    };
    [1, 2].forEach(never);
    siteLoss.hosts[0].unplaced = [systemName(1)];
    const model = { systems: [{ id: systemName(2), name: systemName(2), host: "hv1", dependsOn: [systemName(1)] }], scenarios: [{ id: "site-loss", kind: "site" as const }] };
    const [header, ...rows] = parseCsv(readinessToCsv(assessment, { model, hostNames: new Map([["standby", "Standby host"]]) }));
    const reason = (i: number) => rows.find((r) => r[0] === systemName(i) && r[2] === "site-loss")![header.indexOf("Never ready because")];
    expect([reason(0), reason(1), reason(2)]).toEqual(["", "no room on Standby host", `waits for ${systemName(1)}`]);
  });

  it("marks a recovery host the scenario loses, instead of offering it as where the system comes back", () => {
    const assessment = sampleReportInput({ systems: 2 }).snapshot.recovery.assessment!;
    const [siteLoss] = assessment.scenarios;
    const s = siteLoss.systems[1];
    s.rto = { ...s.rto, achievableMinutes: null, status: "breached", ready: null };
    siteLoss.hosts[0].unplaced = [systemName(1)];
    const model = { hosts: [{ id: "standby", site: "office", ramMiB: 65536 }], scenarios: [{ id: "site-loss", kind: "site" as const, lostSites: ["office"] }] };
    const [header, ...rows] = parseCsv(readinessToCsv(assessment, { model, hostNames: new Map([["standby", "Standby host"]]) }));
    const row = rows.find((r) => r[0] === systemName(1) && r[2] === "site-loss")!;
    expect(row[header.indexOf("Recovery host")]).toBe("Standby host (lost in this scenario)");
    expect(row[header.indexOf("Never ready because")]).toBe("its recovery host Standby host is lost in this scenario");
    // A system that comes back (no never-ready reason) is named with its host as it is.
    expect(rows.find((r) => r[0] === systemName(0) && r[2] === "site-loss")![header.indexOf("Recovery host")]).toBe("Standby host");
  });

  it("neutralises formulas in the new columns too", () => {
    const assessment = sampleReportInput({ systems: 1 }).snapshot.recovery.assessment!;
    const [header, row] = parseCsv(readinessToCsv(assessment, { locationNames: new Map([["nas", "=cmd|' /C calc'!A0"]]), hostNames: new Map([["standby", "@SUM(1+1)"]]) }));
    expect(row[header.indexOf("Restore location")]).toBe("'=cmd|' /C calc'!A0");
    expect(row[header.indexOf("Recovery host")]).toBe("'@SUM(1+1)");
  });

  it("never shows a missed target as met by rounding: a restore a few seconds over its RTO reads over it", () => {
    // 1003 GB at 100 MB/s: 167 min 10 s, against an RTO of 167 min (and an RPO of 1440 min met with 1440 min exactly).
    const result = assessModel({
      version: 1,
      assessedAt: "2026-06-01T00:00:00Z",
      sites: [{ id: "office" }, { id: "dr" }],
      locations: [{ id: "cloud", site: "dr", throughputMBps: 100 }],
      hosts: [{ id: "hv1", site: "office", ramMiB: 65536 }, { id: "standby", site: "dr", ramMiB: 65536 }],
      systems: [{ id: "DB", name: "DB", host: "hv1", recoveryHosts: { "site-loss": "standby" }, ramMiB: 4096, usedGB: 1003, rpoMinutes: 1440, rtoMinutes: 167 }],
      backupPolicies: [{ id: "nightly", systems: ["DB"], schedule: { everyMinutes: 1440, anchor: "2026-01-01T00:00:00Z" }, target: "cloud" }],
      scenarios: [{ id: "site-loss", kind: "site", lostSites: ["office"] }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [header, row] = parseCsv(readinessToCsv(result.assessment));
    const cell = (column: string) => row[header.indexOf(column)];
    expect([cell("RTO achievable (min)"), cell("RTO target (min)"), cell("RTO status")]).toEqual(["167.167", "167", "breached"]);
    expect([cell("RPO worst case (min)"), cell("RPO target (min)"), cell("RPO status")]).toEqual(["1440", "1440", "met"]);
  });

  it("is a header only when the model could not be assessed", () => {
    expect(parseCsv(readinessToCsv(null))).toEqual([READINESS_COLUMNS]);
  });
});
