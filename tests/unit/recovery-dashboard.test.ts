import { describe, expect, it } from "vitest";
import { assessModel, type Assessment } from "@/lib/engine";
import { toRecoveryModel } from "@/lib/recovery/to-model";
import { matrixRows, pageRows, sortMatrix, type Cell, type MatrixRow, type Objective } from "@/lib/recovery/dashboard/matrix";
import { buildTimeline } from "@/lib/recovery/dashboard/timeline";
import { capacityRows } from "@/lib/recovery/dashboard/capacity";
import { ageSummary } from "@/lib/recovery/dashboard/ages";
import { buildDashboard, bySlack, matrixPage, type ProcessRow } from "@/lib/recovery/dashboard";
import { pathScenario, pathVariantModel, systemLocations } from "@/lib/recovery/dashboard/paths";
import { cellBadges, targetWords } from "@/components/recovery/status-badge";
import { formatMargin } from "@/lib/durations";
import { formatDuration } from "@/lib/engine";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { CapacityTable, ProcessTable } from "@/components/recovery/capacity-table";
import { NOW, officeRows } from "./recovery-rows";

function assessed(rows = officeRows()) {
  const { model } = toRecoveryModel(rows, NOW);
  const result = assessModel(model);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { model, assessment: result.assessment };
}

const row = (system: string, margin: number | null): MatrixRow => ({ system, margin, cells: [], breaches: 0 });

describe("readiness matrix", () => {
  it("gives each cell its margin (target minus value) and each row its tightest", () => {
    const rows = matrixRows(assessed().assessment);
    const sql = rows.find((r) => r.system === "SQL")!;
    expect(sql.cells.map((c) => c.scenario)).toEqual(["site-loss", "vm-loss"]);
    expect(sql.cells[0]).toMatchObject({ rpo: { status: "breached", value: 1920, target: 240, margin: -1680 }, rto: { status: "breached", value: 180, target: 120, margin: -60 } });
    expect(sql.margin).toBe(-1680);
    expect(sql.breaches).toBe(3);
  });

  it("counts an unbounded breach as the worst margin and a missing target as none", () => {
    const assessment: Assessment = {
      version: 1,
      assessedAt: NOW.toISOString(),
      systems: [{ id: "A", currentAge: { minutes: null, status: "no-evidence" } }, { id: "B", currentAge: { minutes: null, status: "no-evidence" } }],
      scenarios: [
        {
          id: "s",
          systems: [
            { id: "A", affected: true, rpo: { worstCaseMinutes: null, atDisasterMinutes: null, target: 60, status: "breached", location: null }, rto: { achievableMinutes: null, target: null, status: "no-target", restoreStart: null, transferEnd: null, ready: null, host: "h", source: null } },
            { id: "B", affected: false, rpo: { worstCaseMinutes: null, atDisasterMinutes: null, target: 60, status: "not-affected", location: null }, rto: { achievableMinutes: null, target: 60, status: "not-affected", restoreStart: null, transferEnd: null, ready: null, host: "h", source: null } },
          ],
          hosts: [],
          consistencyGroups: [],
          processes: [],
        },
      ],
      findings: [],
    };
    const [a, b] = matrixRows(assessment);
    expect(a).toMatchObject({ system: "A", margin: -Infinity, breaches: 1 });
    expect(b).toMatchObject({ system: "B", margin: null, breaches: 0 });
    // A's RTO has no target, but nothing brings A back: that is no recovery, not "nothing to check".
    expect(a.cells[0].rto).toMatchObject({ status: "no-target", margin: -Infinity, unrecoverable: true });
    expect(b.cells[0].rto).toMatchObject({ status: "not-affected", margin: null, unrecoverable: false });
  });

  it("puts a system with no target and no way back first, not last among those with nothing to check", () => {
    const noTargets = officeRows();
    for (const f of noTargets.functions) f.systems = f.systems.filter((s) => s.name !== "DC");
    for (const s of noTargets.systems) if (s.name === "DC") s.functions = [];
    for (const p of noTargets.policies) p.systems = p.systems.filter((s) => s.name !== "DC");
    noTargets.restorePoints = noTargets.restorePoints.filter((p) => p.system.name !== "DC");
    noTargets.replicas = noTargets.replicas.filter((r) => r.system.name !== "DC");
    const rows = matrixRows(assessed(noTargets).assessment);
    const dc = rows.find((r) => r.system === "DC")!;
    expect(dc.cells.every((c) => c.rpo.status === "no-target" && c.rpo.unrecoverable)).toBe(true);
    expect(dc.margin).toBe(-Infinity);
    expect(sortMatrix(rows, { q: "", sort: "margin", dir: "asc" })[0].system).toBe("DC");
  });

  it("sorts by margin, tightest first, rows without a margin last in either direction, and searches by name", () => {
    const rows = [row("WMS", 30), row("DC01", null), row("SQL01", -Infinity), row("ERP", -20), row("FILE01", 30)];
    expect(sortMatrix(rows, { q: "", sort: "margin", dir: "asc" }).map((r) => r.system)).toEqual(["SQL01", "ERP", "FILE01", "WMS", "DC01"]);
    expect(sortMatrix(rows, { q: "", sort: "margin", dir: "desc" }).map((r) => r.system)).toEqual(["FILE01", "WMS", "ERP", "SQL01", "DC01"]);
    expect(sortMatrix(rows, { q: "", sort: "name", dir: "desc" }).map((r) => r.system)[0]).toBe("WMS");
    expect(sortMatrix(rows, { q: "01", sort: "name", dir: "asc" }).map((r) => r.system)).toEqual(["DC01", "FILE01", "SQL01"]);
  });

  it("pages the rows, clamping a page past the end", () => {
    const rows = Array.from({ length: 120 }, (_, i) => i);
    expect(pageRows(rows, { page: 2, pageSize: 50 })).toMatchObject({ total: 120, page: 2, pageCount: 3, rows: rows.slice(50, 100) });
    expect(pageRows(rows, { page: 9, pageSize: 50 })).toMatchObject({ page: 3, rows: rows.slice(100) });
  });
});

describe("margins in words", () => {
  it("are exact to the minute and agree with the value they are measured from", () => {
    // SQL in site-loss: worst case 1920 min against 240: "1 day 8 h", breached by 1680 min.
    expect(formatDuration(1920)).toBe("1 day 8 h");
    expect(formatMargin(-1680)).toBe("−1 day 4 h");
    // 2010 min against 15 min read "1 day 10 h" beside a margin of "−1 day 9 h" when both were
    // rounded to the hour; exact, 2010 − 15 = 1995 min reads as such.
    expect(formatDuration(2010)).toBe("1 day 9 h 30 min");
    expect(formatMargin(15 - 2010)).toBe("−1 day 9 h 15 min");
    // 1460 against a 1-day target is over by 20 min, not "1 day" against "1 day".
    expect(formatMargin(1440 - 1460)).toBe("−20 min");
    expect(formatMargin(2880 - 1460)).toBe("+23 h 40 min");
    expect(formatMargin(-Infinity)).toBe("no recovery");
  });

  it("round as the value does: a value reads rounded up, so its margin is target − ⌈value⌉", () => {
    // 48.5 min reads "49 min": against 2 h that leaves 71 min, not round(71.5) = 72.
    expect(formatDuration(48.5)).toBe("49 min");
    expect(formatMargin(120 - 48.5)).toBe("+1 h 11 min");
    // Over the target: 1460.5 reads "1 day 21 min", 21 min over a day.
    expect(formatDuration(1460.5)).toBe("1 day 21 min");
    expect(formatMargin(1440 - 1460.5)).toBe("−21 min");
    // A breach by a fraction of a minute reads as a minute over, beside a value a minute over.
    expect(formatMargin(-0.3)).toBe("−1 min");
    expect(formatMargin(0.3)).toBe("+0 min");
    expect(formatMargin(0)).toBe("+0 min");
    // Float noise does not take a minute off a whole margin.
    expect(formatMargin(240 - 120.00000000001)).toBe("+2 h");
    expect(formatMargin(null)).toBe("—");
  });
});

describe("matrix cells in words", () => {
  const objective = (status: Objective["status"], value: number | null, target: number | null): Objective => ({
    status,
    value,
    target,
    margin: status === "not-affected" ? null : value === null ? -Infinity : target === null ? null : target - value,
    unrecoverable: status !== "not-affected" && value === null,
  });
  const cell = (rpo: Objective, rto: Objective): Cell => ({ scenario: "s", rpo, rto });

  it("lead with the value, then the status and by how much", () => {
    // SQL in site-loss: 1920 min of data lost against 4 h, ready after 3 h against 2 h.
    const sql = matrixRows(assessed().assessment).find((r) => r.system === "SQL")!;
    expect(cellBadges(sql.cells[0])).toEqual([
      { status: "breached", text: "RPO 1 day 8 h: breached by 1 day 4 h" },
      { status: "breached", text: "RTO 3 h: breached by 1 h" },
    ]);
    expect(cellBadges(cell(objective("met", 120, 240), objective("met", 90, 240)))).toEqual([
      { status: "met", text: "RPO 2 h: met, 2 h to spare" },
      { status: "met", text: "RTO 1 h 30 min: met, 2 h 30 min to spare" },
    ]);
  });

  it("say when nothing brings a system back, with a target or without, in red", () => {
    expect(cellBadges(cell(objective("breached", null, 60), objective("no-target", null, null)))).toEqual([
      { status: "breached", text: "RPO unbounded: no recovery" },
      { status: "breached", text: "RTO never: no recovery" },
    ]);
  });

  it("give the value of an objective without a target, and one word for a system the scenario leaves running", () => {
    expect(cellBadges(cell(objective("no-target", 240, null), objective("met", 60, 60)))).toEqual([
      { status: "no-target", text: "RPO 4 h: no target" },
      { status: "met", text: "RTO 1 h: met, no time to spare" },
    ]);
    expect(cellBadges(cell(objective("not-affected", null, 60), objective("not-affected", null, 60)))).toEqual([{ status: "not-affected", text: "Not affected" }]);
  });

  it("agree with the value as read: target − ⌈value⌉, so a value just over its target never reads as the target", () => {
    // 48.5 min reads "49 min", 1 h 11 min short of 2 h; 1460.5 reads "1 day 21 min", 21 min over a day.
    expect(cellBadges(cell(objective("met", 48.5, 120), objective("breached", 1460.5, 1440))).map((b) => b.text)).toEqual([
      "RPO 49 min: met, 1 h 11 min to spare",
      "RTO 1 day 21 min: breached by 21 min",
    ]);
    // 120.4 min against 2 h read "RTO 2 h: breached by 24 s", and 120.6 "RTO 2 h 1 min: breached by 36 s".
    expect(cellBadges(cell(objective("breached", 120.3, 120), objective("met", 119.7, 120))).map((b) => b.text)).toEqual([
      "RPO 2 h 1 min: breached by 1 min",
      "RTO 2 h: met, no time to spare",
    ]);
    expect(cellBadges(cell(objective("breached", 120.6, 120), objective("met", 119.2, 120))).map((b) => b.text)).toEqual([
      "RPO 2 h 1 min: breached by 1 min",
      "RTO 2 h: met, no time to spare",
    ]);
  });

  it("name each system's targets once, under its name", () => {
    expect(targetWords({ rpo: 240, rto: 90 })).toBe("Targets: RPO 4 h, RTO 1 h 30 min");
    expect(targetWords({ rpo: null, rto: 1440 })).toBe("Targets: RPO none, RTO 1 day");
    expect(targetWords({ rpo: null, rto: null })).toBe("No RPO or RTO target");
  });
});

describe("recovery timeline", () => {
  it("splits each restore into transfer, boot and verification from the RTO result", () => {
    const { model, assessment } = assessed();
    const timeline = buildTimeline(model, assessment.scenarios.find((s) => s.id === "site-loss")!);
    const sql = timeline.bars.find((b) => b.system === "SQL")!;
    expect(sql).toMatchObject({ restoreStart: 60, transferEnd: 160, ready: 180, target: 120, status: "breached", dependsOn: ["DC"], host: "standby", location: "cloud" });
    expect(sql.segments).toEqual([
      { kind: "transfer", start: 60, end: 160 },
      { kind: "boot", start: 160, end: 170 },
      { kind: "verify", start: 170, end: 180 },
    ]);
    // SQL's own transfer ends after DC is ready: SQL alone sets the end of the recovery.
    expect(timeline.criticalPath).toEqual(["SQL"]);
    expect(timeline.span).toBe(180);
  });

  it("scales to the recovery, not to a target far beyond it: a near target still fits, a 3-day one does not", () => {
    const { model, assessment } = assessed();
    const siteLoss = structuredClone(assessment.scenarios.find((s) => s.id === "site-loss")!);
    const sql = siteLoss.systems.find((s) => s.id === "SQL")!;
    sql.rto.target = 240; // within 1.5 × the last ready time (180): the scale reaches it
    expect(buildTimeline(model, siteLoss).span).toBe(240);
    sql.rto.target = 3 * 1440; // far beyond: the bars keep the width, the label gives the target
    expect(buildTimeline(model, siteLoss).span).toBe(180);
  });

  it("follows the dependency a system waited for into the critical path, and shows the wait", () => {
    const rows = officeRows();
    // DC now transfers longer than SQL, in parallel from the cloud: SQL waits for it.
    rows.systems[0].usedGB = 1200;
    Object.assign(rows.locations[1], { streamMBps: 50, maxStreams: 2 });
    const { model, assessment } = assessed(rows);
    const timeline = buildTimeline(model, assessment.scenarios.find((s) => s.id === "site-loss")!);
    expect(timeline.criticalPath).toEqual(["DC", "SQL"]);
    const sql = timeline.bars.find((b) => b.system === "SQL")!;
    expect(sql.critical).toBe(true);
    expect(sql.segments.map((s) => s.kind)).toEqual(["transfer", "wait", "boot", "verify"]);
    const dc = timeline.bars.find((b) => b.system === "DC")!;
    expect(sql.segments[1]).toEqual({ kind: "wait", start: sql.transferEnd, end: dc.ready });
  });

  it("says what held each restore's start back, and which transfers waited for others at their location", () => {
    const { model, assessment } = assessed();
    const timeline = buildTimeline(model, assessment.scenarios.find((s) => s.id === "site-loss")!);
    const [dc, sql] = ["DC", "SQL"].map((id) => timeline.bars.find((b) => b.system === id)!);
    // Declaring takes 30 min and the cloud copy 15 min to retrieve, but the standby host is
    // ready only after an hour: that is the wait that sets both starts.
    expect(dc.startCauses).toEqual([{ kind: "host", host: "standby", minutes: 60 }]);
    expect(sql.startCauses).toEqual([{ kind: "host", host: "standby", minutes: 60 }]);
    // The cloud serves one stream: DC's 10 min go first, SQL's 90 min follow, 100 min in all.
    expect(dc.aloneTransfer).toBeNull();
    expect(sql).toMatchObject({ restoreStart: 60, transferEnd: 160, aloneTransfer: 90 });
    // Lost alone, nothing waits: no start causes, no sharing.
    const vmLoss = buildTimeline(model, assessment.scenarios.find((s) => s.id === "vm-loss")!);
    expect(vmLoss.bars.map((b) => [b.startCauses, b.aloneTransfer])).toEqual([[[], null], [[], null]]);
  });

  it("names every wait that ends at the start, the declaration and the retrieval alike", () => {
    const rows = officeRows();
    rows.hosts[1].readyAfterMinutes = 15; // the standby host is up before the copy is fetched
    rows.scenarios[0].declareMinutes = 15;
    const { model, assessment } = assessed(rows);
    const dc = buildTimeline(model, assessment.scenarios.find((s) => s.id === "site-loss")!).bars.find((b) => b.system === "DC")!;
    expect(dc.restoreStart).toBe(15);
    expect(dc.startCauses).toEqual([
      { kind: "declare", minutes: 15 },
      { kind: "retrieval", location: "cloud", minutes: 15 },
      { kind: "host", host: "standby", minutes: 15 },
    ]);
  });

  it("ends the critical path at the worst breach, not at a last system that meets its target", () => {
    const { model, assessment } = assessed();
    const siteLoss = structuredClone(assessment.scenarios.find((s) => s.id === "site-loss")!);
    const sql = siteLoss.systems.find((s) => s.id === "SQL")!;
    const dc = siteLoss.systems.find((s) => s.id === "DC")!;
    expect(dc.rto.ready).toBeLessThan(sql.rto.ready!);
    // SQL, ready last, now meets a generous target; DC, ready earlier, misses a short one.
    Object.assign(sql.rto, { target: 600, status: "met" });
    Object.assign(dc.rto, { target: dc.rto.ready! - 25, status: "breached" });
    const timeline = buildTimeline(model, siteLoss);
    expect(timeline.criticalEnd).toEqual({ system: "DC", overrun: 25 });
    expect(timeline.criticalPath).toEqual(["DC"]);
    expect(timeline.bars.filter((b) => b.critical).map((b) => b.system)).toEqual(["DC"]);
    // With every target met, the path goes back to the end of the recovery.
    Object.assign(dc.rto, { target: dc.rto.ready! + 5, status: "met" });
    expect(buildTimeline(model, siteLoss)).toMatchObject({ criticalEnd: { system: "SQL", overrun: null }, criticalPath: ["SQL"] });
  });

  it("of two breaches, follows the larger overrun, whatever their order of readiness", () => {
    const { model, assessment } = assessed();
    const siteLoss = structuredClone(assessment.scenarios.find((s) => s.id === "site-loss")!);
    const sql = siteLoss.systems.find((s) => s.id === "SQL")!;
    const dc = siteLoss.systems.find((s) => s.id === "DC")!;
    Object.assign(sql.rto, { target: sql.rto.ready! - 10, status: "breached" });
    Object.assign(dc.rto, { target: dc.rto.ready! - 40, status: "breached" });
    expect(buildTimeline(model, siteLoss).criticalEnd).toEqual({ system: "DC", overrun: 40 });
    Object.assign(dc.rto, { target: dc.rto.ready! - 5 });
    expect(buildTimeline(model, siteLoss).criticalEnd).toEqual({ system: "SQL", overrun: 10 });
  });

  it("lists systems that never become ready apart, and measured restores as one segment", () => {
    const rows = officeRows();
    rows.policies[0].systems = [{ name: "DC" }]; // SQL has no backup at all
    rows.measurements = [{ system: { name: "DC" }, locationKey: "nas", restoreMinutes: 12, usedGB: 60, exercise: { conductedOn: new Date("2026-10-01T00:00:00Z") } }];
    const { model, assessment } = assessed(rows);
    const timeline = buildTimeline(model, assessment.scenarios.find((s) => s.id === "vm-loss")!);
    expect(timeline.unbounded).toEqual(["SQL"]);
    // Lost alone, DC keeps running for SQL: no dependency is drawn in a system scenario.
    expect(timeline.bars.every((b) => b.dependsOn.length === 0)).toBe(true);
    expect(timeline.bars).toHaveLength(1);
    expect(timeline.bars[0]).toMatchObject({ system: "DC", source: "test", transferEnd: null, ready: 12, segments: [{ kind: "measured", start: 0, end: 12 }] });
  });

  it("leaves out a measured restore from a location since deleted, and still assesses the plan", () => {
    const rows = officeRows();
    const conductedOn = new Date("2026-10-01T00:00:00Z");
    rows.measurements = [
      { system: { name: "DC" }, locationKey: "nas", restoreMinutes: 12, usedGB: 60, exercise: { conductedOn } },
      { system: { name: "SQL" }, locationKey: "old-tape", restoreMinutes: 600, usedGB: null, exercise: { conductedOn } },
    ];
    const { model } = toRecoveryModel(rows, NOW);
    expect(model.tests).toEqual([{ system: "DC", location: "nas", date: conductedOn.toISOString(), restoreMinutes: 12, usedGB: 60 }]);
    expect(assessModel(model).ok).toBe(true);
  });

  it("counts a restore test held today east of UTC, on a day UTC has not reached, at once", () => {
    // At noon UTC on 25 Nov it is already 26 Nov in Auckland, where the test was held this morning.
    const rows = officeRows();
    rows.measurements = [{ system: { name: "DC" }, locationKey: "nas", restoreMinutes: 12, usedGB: 60, exercise: { conductedOn: new Date("2026-11-26T00:00:00Z") } }];
    const { assessment } = assessed(rows);
    const dc = assessment.scenarios.find((s) => s.id === "vm-loss")!.systems.find((s) => s.id === "DC")!;
    expect(dc.rto).toMatchObject({ source: "test", achievableMinutes: 12 });
  });

  it("counts a measured restore of size 0 (the engine refuses one) as unscaled, and still assesses the plan", () => {
    const rows = officeRows();
    const conductedOn = new Date("2026-10-01T00:00:00Z");
    rows.measurements = [{ system: { name: "DC" }, locationKey: "nas", restoreMinutes: 12, usedGB: 0, exercise: { conductedOn } }];
    const { model } = toRecoveryModel(rows, NOW);
    expect(model.tests).toEqual([{ system: "DC", location: "nas", date: conductedOn.toISOString(), restoreMinutes: 12 }]);
    expect(assessModel(model).ok).toBe(true);
  });
});

describe("the dashboard's view model", () => {
  it("sorts every finding into one part, systems, functions or groups, so the summary adds up", () => {
    const rows = officeRows();
    rows.functions.push({ name: "Reports", mtdMinutes: null, wrtMinutes: null, systems: [{ name: "DC" }] }, { name: "Sign-in", mtdMinutes: 30, wrtMinutes: 0, systems: [{ name: "SQL" }] });
    const dashboard = buildDashboard(assessed(rows).assessment);
    const aboutSystems = dashboard.findingsBySystem.reduce((sum, f) => sum + f.errors + f.warnings, 0);
    expect(dashboard.functionFindings).toBeGreaterThan(0);
    expect(aboutSystems + dashboard.functionFindings + dashboard.groupFindings).toBe(dashboard.errors + dashboard.warnings);
  });

  it("orders once per assessment: the matrix per sort order, the MTD rows tightest first, the capacity rows that do not fit first", () => {
    const small = officeRows();
    small.hosts[1].ramMiB = 8192;
    small.functions.push({ name: "Sign-in", mtdMinutes: 600, wrtMinutes: 0, systems: [{ name: "DC" }] }, { name: "Reports", mtdMinutes: null, wrtMinutes: null, systems: [{ name: "DC" }] });
    const dashboard = buildDashboard(assessed(small).assessment);
    const byName = dashboard.sortedMatrix("name", "desc");
    expect(byName.map((r) => r.system)).toEqual(["SQL", "DC"]);
    expect(dashboard.sortedMatrix("name", "desc")).toBe(byName);
    expect(dashboard.matrix.map((r) => r.system)).toEqual(["DC", "SQL"]);
    // SQL does not fit on the standby host: Invoicing is never recovered there, the tightest of all.
    expect(dashboard.processes[0]).toMatchObject({ scenario: "site-loss", process: "Invoicing", mtdOk: false, slackMinutes: null });
    const rest = dashboard.processes.slice(1).map((p) => p.slackMinutes);
    const withSlack = rest.filter((m): m is number => m !== null);
    expect(withSlack.length).toBeGreaterThan(1);
    expect(withSlack).toEqual([...withSlack].sort((a, b) => a - b));
    expect(rest.slice(withSlack.length).every((m) => m === null)).toBe(true);
    expect(dashboard.processes.at(-1)).toMatchObject({ process: "Reports", mtdOk: null });
    expect(dashboard.capacity[0]).toMatchObject({ over: true, unplaced: ["SQL"] });
  });

  it("puts MTD rows whose recovery never finishes first, then the least slack, and rows without an MTD last", () => {
    const row = (process: string, mtdOk: boolean | null, slackMinutes: number | null): ProcessRow => ({ scenario: "s", process, rtoMinutes: null, mtdOk, slackMinutes, gaps: { notAssessed: [], noHost: [], byProvider: [], modelled: 1 } });
    const rows = [row("no-mtd", null, null), row("roomy", true, 600), row("late", false, -30), row("never", false, null), row("tight", true, 5)];
    expect([...rows].sort(bySlack).map((r) => r.process)).toEqual(["never", "late", "tight", "roomy", "no-mtd"]);
  });

  it("does not pass the MTD check of a function whose VM is left out for missing facts", () => {
    const rows = officeRows();
    rows.systems.push({ id: "app", name: "APP", host: { key: "hv1" }, ramMiB: null, usedGB: 80, bootMinutes: 5, verifyMinutes: 5, priority: 3, dependsOn: [], recoveryHosts: [], functions: [{ id: "f-inv", name: "Invoicing", rpoMinutes: 240, rtoMinutes: 480 }] });
    const { model, incomplete } = toRecoveryModel(rows, NOW);
    const result = assessModel(model);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const dashboard = buildDashboard(result.assessment, { incomplete, processes: model.processes });
    expect(dashboard.processes.filter((p) => p.process === "Invoicing").map((p) => p.gaps.notAssessed)).toEqual([["APP"], ["APP"]]);
  });

  it("pages the sorted matrix, filtered by name in the same order", () => {
    const dashboard = buildDashboard(assessed().assessment);
    const query = { q: "", sort: "name" as const, dir: "asc" as const, page: 1, pageSize: 10 };
    expect(matrixPage(dashboard, query)).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    expect(matrixPage(dashboard, query).rows.map((r) => r.system)).toEqual(["DC", "SQL"]);
    expect(matrixPage(dashboard, { ...query, q: " sq " }).rows.map((r) => r.system)).toEqual(["SQL"]);
    expect(matrixPage(dashboard, { ...query, pageSize: 1, page: 5 })).toMatchObject({ page: 2, pageCount: 2, rows: [{ system: "SQL" }] });
  });
});

describe("findings by system", () => {
  it("counts each system's problems and warnings, most problems first, leaving function findings to the MTD table", () => {
    const base = assessed().assessment;
    const finding = (severity: "error" | "warning", system?: string, process?: string) => ({ severity, code: "RTO_BREACHED", message: "m", fix: "f", ...(system ? { system } : {}), ...(process ? { process } : {}) });
    const assessment = { ...base, findings: [finding("warning", "DC"), finding("error", "SQL"), finding("error", "SQL"), finding("warning", "SQL"), finding("error", "DC"), finding("error", undefined, "Billing"), finding("warning", "APP")] } as Assessment;
    const dashboard = buildDashboard(assessment);
    expect(dashboard.findingsBySystem).toEqual([
      { system: "SQL", errors: 2, warnings: 1 },
      { system: "DC", errors: 1, warnings: 1 },
      { system: "APP", errors: 0, warnings: 1 },
    ]);
    expect(dashboard).toMatchObject({ errors: 4, warnings: 3, systemCount: 2 });
  });
});

describe("capacity and ages", () => {
  it("reports hosts with demand per scenario, with the share used", () => {
    const rows = capacityRows(assessed().assessment);
    expect(rows).toContainEqual({ scenario: "site-loss", host: "standby", demandMiB: 20688, availableMiB: 32768, usedPercent: 63, unplaced: [], over: false });
    expect(rows.some((r) => r.host === "hv1" && r.scenario === "site-loss")).toBe(false);
  });

  it("flags a host too small for its systems", () => {
    const small = officeRows();
    small.hosts[1].ramMiB = 8192;
    const rows = capacityRows(assessed(small).assessment);
    expect(rows.find((r) => r.scenario === "site-loss" && r.host === "standby")).toMatchObject({ over: true, unplaced: ["SQL"] });
  });

  it("never reads a host that cannot take its systems as 100% used: its share is rounded up, a host that fits has its rounded down", () => {
    const standbyAt = (ramMiB: number) => {
      const rows = officeRows();
      rows.hosts[1].ramMiB = ramMiB;
      return capacityRows(assessed(rows).assessment).find((r) => r.scenario === "site-loss" && r.host === "standby");
    };
    // 20,688 MiB needed: 38 MiB short of it is 100.18%, and SQL does not fit.
    expect(standbyAt(20650)).toMatchObject({ demandMiB: 20688, availableMiB: 20650, usedPercent: 101, over: true, unplaced: ["SQL"] });
    expect(standbyAt(20688)).toMatchObject({ usedPercent: 100, over: false, unplaced: [] });
    expect(standbyAt(20700)).toMatchObject({ usedPercent: 99, over: false, unplaced: [] });
  });

  it("never shows a host that cannot take its systems as needing what it has: memory it is short of by less than 0.1 GiB reads in MiB", () => {
    const standbyRow = (ramMiB: number) => {
      const rows = officeRows();
      rows.hosts[1].ramMiB = ramMiB;
      const capacity = capacityRows(assessed(rows).assessment).filter((r) => r.scenario === "site-loss" && r.host === "standby");
      const html = renderToStaticMarkup(createElement(CapacityTable, { rows: capacity, total: 1, scenarioName: (k: string) => k, hostNames: new Map(), allHref: null }));
      return [...html.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]).slice(-4, -1);
    };
    // 20,688 MiB needed of 20,650: both are 20.2 GiB to one decimal.
    expect(standbyRow(20650)).toEqual(["20,688 MiB", "20,650 MiB", "101%"]);
    expect(standbyRow(32768)).toEqual(["20.2 GiB", "32.0 GiB", "63%"]);
    expect(standbyRow(20688)).toEqual(["20.2 GiB", "20.2 GiB", "100%"]);
  });

  it("counts current restore-point ages in bands and lists systems lacking evidence", () => {
    expect(ageSummary(assessed().assessment)).toEqual({
      counts: { compliant: 1, exceeded: 0, severe: 0, critical: 0, "no-evidence": 1, "no-target": 0 },
      lackingEvidence: ["SQL"],
      late: [],
    });
  });
});

describe("every path of a system", () => {
  it("assesses each location alone through a variant model", () => {
    const { model } = assessed();
    expect(systemLocations(model, "SQL")).toEqual(["cloud", "nas"]);
    const result = assessModel(pathVariantModel(model, "SQL"));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const worst = (l: string) => result.assessment.scenarios.find((s) => s.id === pathScenario(l))!.systems[0].rpo;
    // Nightly at 23:00 + 60 min window on the NAS; the 06:00 copy to the cloud lands 60 min later.
    expect(worst("nas")).toMatchObject({ worstCaseMinutes: 1500, location: "nas" });
    expect(worst("cloud")).toMatchObject({ worstCaseMinutes: 1920, location: "cloud" });
  });
});

describe("systems left out of the model", () => {
  it("leaves out a VM whose memory or used size is not set, with the reason, and names what depended on it", () => {
    const rows = officeRows();
    rows.systems[0] = { ...rows.systems[0], ramMiB: null, usedGB: null };
    rows.systems.push({ id: "m365", name: "Microsoft 365", host: null, ramMiB: null, usedGB: null, bootMinutes: 0, verifyMinutes: 0, priority: 3, dependsOn: [], recoveryHosts: [], functions: [] });
    rows.systems[1] = { ...rows.systems[1], dependsOn: [{ name: "DC" }, { name: "Microsoft 365" }] };
    const { model, unmodelled, incomplete, cutDependencies } = toRecoveryModel(rows, NOW);
    expect((model.systems ?? []).map((s) => s.id)).toEqual(["SQL"]);
    expect(model.systems?.[0].dependsOn).toEqual([]);
    expect(unmodelled).toEqual(["Microsoft 365"]);
    expect(incomplete).toEqual([{ system: "DC", missing: ["memory", "used size"], functions: ["RPO 1440 RTO 120"] }]);
    expect(cutDependencies).toEqual([
      { system: "SQL", dependsOn: "DC", reason: "memory and used size not set" },
      { system: "SQL", dependsOn: "Microsoft 365", reason: "no host" },
    ]);
    expect(model.backupPolicies?.[0].systems).toEqual(["SQL"]);
  });
});

describe("the MTD table for functions whose systems have no host", () => {
  const hostless = (id: string, name: string, kind: string, fn: string) => ({ id, name, kind, host: null, ramMiB: null, usedGB: null, bootMinutes: 0, verifyMinutes: 0, priority: 3, dependsOn: [], recoveryHosts: [], functions: [{ id: `f-${fn}`, name: fn, rpoMinutes: 240, rtoMinutes: 480 }] });
  function table() {
    const rows = officeRows();
    rows.systems.push(hostless("pbx", "PBX", "physical", "Telephony"), hostless("m365", "Microsoft 365", "saas", "E-mail"), hostless("crm", "CRM", "saas", "Invoicing"));
    rows.functions.push({ name: "Telephony", mtdMinutes: 480, wrtMinutes: 0, systems: [{ name: "PBX" }] }, { name: "E-mail", mtdMinutes: 480, wrtMinutes: 0, systems: [{ name: "Microsoft 365" }] });
    rows.functions[0].systems.push({ name: "CRM" });
    const built = toRecoveryModel(rows, NOW);
    const result = assessModel(built.model);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const dashboard = buildDashboard(result.assessment, { incomplete: built.incomplete, hostless: built.hostless, processes: built.model.processes });
    const html = renderToStaticMarkup(createElement(ProcessTable, { rows: dashboard.processes, total: dashboard.processes.length, scenarioName: (k: string) => k, allHref: null }));
    const cells = (process: string) =>
      [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1])).filter((r) => r[0] === process);
    return { cells };
  }

  it("says a function whose only system has no host is not known, never within its MTD in 0 min", () => {
    const { cells } = table();
    expect(cells("Telephony")).toEqual([
      ["Telephony", "site-loss", "not known", "not known: PBX not assessed (no host)", "—"],
      ["Telephony", "vm-loss", "not known", "not known: PBX not assessed (no host)", "—"],
    ]);
  });

  it("says the provider restores a function's SaaS service, never within its MTD in 0 min", () => {
    const { cells } = table();
    expect(cells("E-mail").map((r) => r.slice(2))).toEqual([
      ["—", "not assessed here: Microsoft 365 restored by its provider", "—"],
      ["—", "not assessed here: Microsoft 365 restored by its provider", "—"],
    ]);
    // Beside systems of ours, the check is of our restores, and says so.
    expect(cells("Invoicing").find((r) => r[1] === "vm-loss")?.[3]).toBe("within MTD for our systems; CRM restored by its provider");
  });
});
