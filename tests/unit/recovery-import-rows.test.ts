import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsvTable as parseCsv } from "@/lib/csv/read-csv";
import { CLOCK_SKEW_MS, MAX_ERRORS, leftOutNote, mapRestorePointRows, mapVmRows, mergeErrors, mibToGB, repeatWarnings } from "@/lib/recovery/imports/map-rows";
import { checkPointRefs, findHost, planPointChanges, planVmChanges, sameHostName, saasPointWarnings } from "@/lib/recovery/imports/plan-changes";

const fixture = (name: string) => parseCsv(readFileSync(`tests/fixtures/${name}`, "utf8"));
// After every date the tests write, unless a test is about the future.
const now = new Date("2030-01-01T00:00:00Z");

describe("import row mapping", () => {
  it("maps RVTools vInfo: Memory is MiB, In Use MB is MiB converted to decimal GB", () => {
    const mapped = mapVmRows("rvtools", fixture("rvtools-vinfo.csv"), { includePoweredOff: true });
    expect(mapped.ok).toBe(true);
    if (!mapped.ok) return;
    expect(mapped.rows[0]).toEqual({ line: 2, name: "APP-CRM", ramMiB: 16384, usedGB: 161.06, hostName: "esx01.harbourlane.local" });
    expect(mapped.rows[2].name).toBe("LABEL-PRINT, old");
    expect(mibToGB(1024)).toBe(1.07);
  });

  it("names the line and column of a bad value, and collects every error", () => {
    const mapped = mapVmRows("vms", parseCsv("name,ramMiB,priority\nA,4096,2\nB,lots,9\n"));
    expect(mapped).toEqual({
      ok: false,
      errors: [
        { line: 3, column: "ramMiB", message: '"lots" is not a number (write it as plain digits, e.g. 60 or 1.5).' },
        { line: 3, column: "priority", message: "9 is out of range (1–5)." },
      ],
      more: 0,
    });
  });

  it("refuses unknown generic columns, missing required ones and duplicate names", () => {
    expect(mapVmRows("vms", parseCsv("name,ramMB\nA,1\n"))).toMatchObject({ ok: false, errors: [{ line: 1, column: "ramMB" }] });
    expect(mapVmRows("rvtools", parseCsv("Memory\n1\n"))).toMatchObject({ ok: false, errors: [{ line: 1, column: "VM" }] });
    expect(mapVmRows("vms", parseCsv("name,ramMiB\nDC01,4096\ndc01,8192\n"))).toMatchObject({
      ok: false,
      errors: [{ line: 3, column: "name", message: "This name already appears on line 2, with other values." }],
    });
  });

  it("reads restore points with offsets, and refuses one usable before its point in time", () => {
    const mapped = mapRestorePointRows(fixture("restore-points.csv"), { now });
    expect(mapped.ok && mapped.rows[2]).toMatchObject({ system: "APP-EDI", pointInTime: new Date("2026-11-24T23:00:00Z"), sizeGB: null });
    const bad = mapRestorePointRows(parseCsv("system,location,pointInTime,usableAt\nA,nas,2026-11-24T23:00:00Z,2026-11-24T22:00:00Z\nA,nas,2026-11-24,2026-11-24T22:00:00Z\n"), { now });
    // Both rows at once: the bad date does not hide the point usable before it was taken.
    expect(bad).toMatchObject({ ok: false, errors: [{ line: 2, column: "usableAt", message: "usable before its point in time." }, { line: 3, column: "pointInTime" }] });
  });

  it("reads plain decimals only: hexadecimal and exponents are refused, not converted", () => {
    const mapped = mapVmRows("vms", parseCsv("name,ramMiB,usedGB\nA,0x400,1e3\nB,4096,60.5\nC,+2048,.5\n"));
    expect(mapped).toMatchObject({
      ok: false,
      errors: [
        { line: 2, column: "ramMiB", message: '"0x400" is not a number (write it as plain digits, e.g. 60 or 1.5).' },
        { line: 2, column: "usedGB", message: '"1e3" is not a number (write it as plain digits, e.g. 60 or 1.5).' },
      ],
    });
    expect(mapVmRows("vms", parseCsv("name,ramMiB,usedGB\nB,4096,60.5\nC,+2048,.5\n"))).toMatchObject({ ok: true, rows: [{ ramMiB: 4096, usedGB: 60.5 }, { ramMiB: 2048, usedGB: 0.5 }] });
    expect(mapVmRows("vms", parseCsv("name,usedGB\nA,Infinity\n"))).toMatchObject({ ok: false, errors: [{ line: 2, column: "usedGB" }] });
  });

  it("refuses impossible dates instead of rolling them over, and reads a space for the T", () => {
    const header = "system,location,pointInTime,usableAt\n";
    const bad = mapRestorePointRows(parseCsv(`${header}A,nas,2026-02-30T23:00:00Z,2026-03-02T23:30:00Z\nA,nas,2026-11-24T24:00:00Z,2026-11-25T01:00:00Z\n`), { now });
    expect(bad).toMatchObject({ ok: false, errors: [{ line: 2, column: "pointInTime", message: expect.stringContaining('"2026-02-30T23:00:00Z" is not a date') }, { line: 3, column: "pointInTime" }] });
    const good = mapRestorePointRows(parseCsv(`${header}A,nas,2028-02-29 23:00+01:00,2028-03-01T00:30:00.250Z\n`), { now });
    expect(good).toMatchObject({ ok: true, rows: [{ pointInTime: new Date("2028-02-29T22:00:00Z"), usableAt: new Date("2028-03-01T00:30:00.250Z") }] });
  });

  it("matches hosts by key, name or first DNS label, and plans only real changes", () => {
    const hosts = [{ id: "h1", key: "esx01", name: "ESX01 (rack A)" }];
    expect(findHost(hosts, "ESX01.harbourlane.local")?.id).toBe("h1");
    const existing = [{ id: "s1", name: "APP-CRM", hostId: "h1", hostName: "esx01", ramMiB: 16384, usedGB: 170, bootMinutes: 6, verifyMinutes: 15, priority: 2 }];
    const plan = planVmChanges(
      [
        { line: 2, name: "app-crm", hostName: "esx01", ramMiB: 16384, usedGB: 170 },
        { line: 3, name: "NEW", hostName: "esx09", ramMiB: 1024 },
      ],
      existing,
      hosts,
    );
    expect(plan.unchanged).toBe(1);
    expect(plan.changes).toEqual([
      { kind: "create", line: 3, name: "NEW", data: { hostName: "esx09", ramMiB: 1024 }, changes: [{ field: "host", from: "—", to: "esx09 (not linked)" }, { field: "ramMiB", from: "—", to: "1024" }] },
    ]);
    expect(plan.warnings).toEqual([
      `Line 3: host "esx09" is not one of this plan's hosts, so NEW has no host, and the recovery assessment leaves it out. Add the host under Setup and import again to link it.`,
    ]);
  });
});

describe("restore-point files: every error in one pass", () => {
  const header = "system,location,pointInTime,usableAt,sizeGB\n";
  const systems = [
    { id: "s1", name: "APP-CRM", kind: "vm", hostId: "h1", ramMiB: 1024, usedGB: 10 },
    { id: "s2", name: "Microsoft 365", kind: "saas", hostId: null, ramMiB: null, usedGB: null },
  ];
  const locations = [{ id: "l1", key: "nas", name: "Synology NAS" }];
  const headers = { system: "system", location: "location", pointInTime: "pointInTime" };

  it("reports the format, the points and the names of a bad file at once, in file order", () => {
    const table = parseCsv(
      header +
        "APP-CRM,nas,2026-11-24,2026-11-24T23:30:00Z,1\n" + // 2: not a date
        "APP-CRM,nas,2026-11-24T23:00:00Z,2026-11-24T22:00:00Z,lots\n" + // 3: usable before, and a bad size
        "GHOST,tape,2026-11-23T23:00:00Z,2026-11-23T23:30:00Z,1\n" + // 4: unknown system and location
        "APP-CRM,nas,2026-11-22T23:00:00Z,2026-11-22T23:30:00Z,1\n" + // 5
        "app-crm,Synology NAS,2026-11-22T23:00:00Z,2026-11-22T23:40:00Z,1\n", // 6: the point of line 5, spelt otherwise
    );
    const mapped = mapRestorePointRows(table, { now });
    if (mapped.ok) throw new Error("accepted a bad file");
    expect(mapped.errors).toEqual([
      { line: 2, column: "pointInTime", message: expect.stringContaining('"2026-11-24" is not a date') },
      { line: 3, column: "usableAt", message: "usable before its point in time." },
      { line: 3, column: "sizeGB", message: expect.stringContaining('"lots" is not a number') },
    ]);
    // The rows as far as they were read go on to the plan's checks in the same pass.
    const found: { line: number; column: string; message: string }[] = [];
    checkPointRefs(mapped.partial, systems, locations, headers, new Map(), (error) => found.push(error));
    expect(found).toEqual([
      { line: 4, column: "system", message: '"GHOST" is not a system of this plan.' },
      { line: 4, column: "location", message: '"tape" is not a backup location of this plan (use its key or name).' },
      { line: 6, column: "pointInTime", message: "This restore point already appears on line 5, with another usable time or size." },
    ]);
    const all = mergeErrors(table.header, mapped, { errors: found, more: 0 });
    expect(all.errors.map((e) => `${e.line} ${e.column}`)).toEqual(["2 pointInTime", "3 usableAt", "3 sizeGB", "4 system", "4 location", "6 pointInTime"]);
    expect(all.more).toBe(0);
  });

  it("checks the cells of the columns present when another is missing", () => {
    const mapped = mapRestorePointRows(parseCsv("system,pointInTime,usableAt\nA,yesterday,2026-11-24T22:00:00Z\n"), { now });
    expect(mapped).toMatchObject({
      ok: false,
      errors: [{ line: 1, column: "location", message: 'the column "location" is missing.' }, { line: 2, column: "pointInTime" }],
    });
  });

  it(`lists the first ${MAX_ERRORS} errors in file order and counts the rest`, () => {
    const rows = Array.from({ length: 80 }, (_, i) => `A,nas,bad${i},2026-11-24T22:00:00Z,x\n`).join("");
    const mapped = mapRestorePointRows(parseCsv(header + rows), { now });
    if (mapped.ok) throw new Error("accepted a bad file");
    expect(mapped.errors).toHaveLength(MAX_ERRORS);
    expect(mapped.more).toBe(160 - MAX_ERRORS);
    expect(mapped.errors.slice(0, 3).map((e) => `${e.line} ${e.column}`)).toEqual(["2 pointInTime", "2 sizeGB", "3 pointInTime"]);
    // Merged with later checks' errors, the earliest lines still come first.
    const merged = mergeErrors(parseCsv(header).header, mapped, { errors: [{ line: 2, column: "system", message: "x" }], more: 30 });
    expect(merged.errors[0]).toMatchObject({ line: 2, column: "system" });
    expect(merged.errors).toHaveLength(MAX_ERRORS);
    expect(merged.more).toBe(161 + 30 - MAX_ERRORS);
  });

  it("refuses a point in the future of the import, beyond a few minutes' clock skew", () => {
    const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
    const table = parseCsv(
      header +
        `A,nas,${at(CLOCK_SKEW_MS - 60_000)},${at(CLOCK_SKEW_MS)},1\n` + // 4 minutes ahead: a clock running fast
        `A,nas,${at(CLOCK_SKEW_MS + 60_000)},${at(CLOCK_SKEW_MS + 120_000)},1\n` + // 6 minutes ahead
        "A,nas,2031-01-01T00:00:00Z,2031-01-01T00:30:00Z,1\n",
    );
    expect(mapRestorePointRows(table, { now })).toEqual({
      ok: false,
      more: 0,
      partial: expect.any(Array),
      errors: [
        { line: 3, column: "pointInTime", message: `${at(CLOCK_SKEW_MS + 60_000)} is in the future (this import runs at 2030-01-01T00:00:00.000Z).` },
        { line: 4, column: "pointInTime", message: "2031-01-01T00:00:00Z is in the future (this import runs at 2030-01-01T00:00:00.000Z)." },
      ],
    });
  });

  it("finds a duplicate across chunks and spellings, before anything is planned, and skips a repeat", () => {
    const point = (line: number, system: string, location: string, sizeGB = 1) => ({
      line, system, location, pointInTime: new Date("2026-11-22T23:00:00Z"), usableAt: new Date("2026-11-22T23:30:00Z"), sizeGB,
    });
    const seen = new Map();
    expect(planPointChanges({ rows: [point(2, "APP-CRM", "nas")], systems, locations, existing: [], headers, now, seen })).toMatchObject({ ok: true, plan: { changes: [{ line: 2 }] }, repeats: [] });
    expect(planPointChanges({ rows: [point(300, "APP-CRM", "Synology NAS", 2)], systems, locations, existing: [], headers, now, seen })).toEqual({
      ok: false,
      errors: [{ line: 300, column: "pointInTime", message: "This restore point already appears on line 2, with another usable time or size." }],
    });
    // The same point, usable time and size, however its names are spelt: skipped, in a later chunk too.
    expect(planPointChanges({ rows: [point(301, "app-crm", "NAS")], systems, locations, existing: [], headers, now, seen })).toEqual({
      ok: true,
      plan: { changes: [], unchanged: 0, warnings: [] },
      repeats: [{ line: 301, first: 2 }],
    });
  });

  it("skips a row that differs from an earlier one only in the case of its names, with a warning", () => {
    const table = parseCsv(`${header}APP-CRM,nas,2026-11-22T23:00:00Z,2026-11-22T23:30:00Z,1\nAPP-EDI,nas,2026-11-22T23:00:00Z,2026-11-22T23:30:00Z,1\napp-crm,NAS,2026-11-22T23:00:00+00:00,2026-11-22 23:30Z,1.0\n`);
    const mapped = mapRestorePointRows(table, { now });
    if (!mapped.ok) throw new Error("refused a good file");
    const planned = planPointChanges({ rows: mapped.rows, systems: [...systems, { ...systems[0], id: "s3", name: "APP-EDI" }], locations, existing: [], headers, now });
    expect(planned).toMatchObject({ ok: true, plan: { changes: [{ line: 2 }, { line: 3 }] }, repeats: [{ line: 4, first: 2 }] });
    expect(repeatWarnings([{ line: 4, first: 2 }])).toEqual(["Line 4 repeats line 2 and is skipped."]);
  });

  it("reads a file without a size column as points with no size: the same file again changes nothing", () => {
    const mapped = mapRestorePointRows(parseCsv("system,location,pointInTime,usableAt\nAPP-CRM,nas,2026-11-24T23:00:00Z,2026-11-24T23:30:00Z\n"), { now });
    if (!mapped.ok) throw new Error("refused a good file");
    expect(mapped.rows[0].sizeGB).toBeNull();
    const saved = { id: "p1", systemId: "s1", locationId: "l1", pointInTime: new Date("2026-11-24T23:00:00Z"), usableAt: new Date("2026-11-24T23:30:00Z"), sizeGB: null };
    expect(planPointChanges({ rows: mapped.rows, systems, locations, existing: [saved], headers, now })).toEqual({ ok: true, plan: { changes: [], unchanged: 1, warnings: [] }, repeats: [] });
  });

  it("writes instants as the app does, and warns of a point not usable yet without refusing it", () => {
    const importedAt = new Date("2026-11-27T00:37:00Z");
    const rows = [
      { line: 2, system: "app-crm", location: "nas", pointInTime: new Date("2026-11-27T00:15:00Z"), usableAt: new Date("2026-11-27T00:25:00Z"), sizeGB: 1 },
      { line: 3, system: "APP-CRM", location: "nas", pointInTime: new Date("2026-11-27T00:20:00Z"), usableAt: new Date("2026-11-27T00:45:00Z"), sizeGB: null },
      { line: 4, system: "APP-CRM", location: "nas", pointInTime: new Date("2026-11-26T00:15:30Z"), usableAt: new Date("2026-11-26T00:25:40Z"), sizeGB: 1 },
    ];
    const saved = { id: "p1", systemId: "s1", locationId: "l1", pointInTime: new Date("2026-11-26T00:15:30Z"), usableAt: new Date("2026-11-26T00:25:10Z"), sizeGB: 1 };
    expect(planPointChanges({ rows, systems, locations, existing: [saved], headers, now: importedAt })).toEqual({
      ok: true,
      plan: {
        changes: [
          expect.objectContaining({ kind: "create", line: 2, name: "APP-CRM @ nas 27 Nov 2026, 00:15 UTC", changes: [{ field: "usableAt", from: "—", to: "27 Nov 2026, 00:25 UTC" }, { field: "sizeGB", from: "—", to: "1" }] }),
          expect.objectContaining({ kind: "create", line: 3, name: "APP-CRM @ nas 27 Nov 2026, 00:20 UTC", changes: [{ field: "usableAt", from: "—", to: "27 Nov 2026, 00:45 UTC" }] }),
          // Seconds are shown when an instant has them: an update a few seconds later reads as one.
          expect.objectContaining({ kind: "update", line: 4, name: "APP-CRM @ nas 26 Nov 2026, 00:15:30 UTC", changes: [{ field: "usableAt", from: "26 Nov 2026, 00:25:10 UTC", to: "26 Nov 2026, 00:25:40 UTC" }] }),
        ],
        unchanged: 0,
        warnings: ["Line 3: APP-CRM @ nas 27 Nov 2026, 00:20 UTC is usable only from 27 Nov 2026, 00:45 UTC: the copy is not usable yet."],
      },
      repeats: [],
    });
  });

  it("warns, once per service, that a SaaS service's points are saved but not used", () => {
    const rows = [2, 3, 4].map((line) => ({ line, system: line === 3 ? "APP-CRM" : "microsoft 365" }));
    expect(saasPointWarnings(rows, systems)).toEqual([
      "Lines 2 and 4: Microsoft 365 is a SaaS service, restored by its provider and left out of the recovery assessment (no host), so its restore points are saved but not used in the assessment (no restore-point age, no RPO).",
    ]);
    // Given a host and its facts, the model assesses it like a VM and uses its points: no warning.
    expect(saasPointWarnings(rows, [{ ...systems[1], hostId: "h1", ramMiB: 1, usedGB: 1 }])).toEqual([]);
    expect(saasPointWarnings(rows, [{ ...systems[1], hostId: "h1", ramMiB: 1 }])[0]).toContain("(used size not set)");
  });
});

describe("RVTools rows left out", () => {
  const vinfo = readFileSync("tests/fixtures/rvtools-vinfo.csv", "utf8");
  const withRows = (...rows: string[]) => parseCsv(vinfo + rows.join("\n") + "\n");
  const template = (name: string, memory = "4096") => `${name},poweredOff,True,2,${memory},40960,10240,esx01.harbourlane.local,Bristol-Cluster,Bristol,x,x`;

  it("leaves out templates always and powered-off VMs unless included, and says why", () => {
    const table = withRows(template("TPL-W2022"), template("TPL-W2019"), "APP-SUSPENDED,suspended,False,1,2048,1000,1000,esx01,c,d,x,x");
    const mapped = mapVmRows("rvtools", table);
    expect(mapped).toMatchObject({ ok: true, leftOut: { templates: 2, poweredOff: 1 } });
    // A suspended VM holds a running workload's state: it is kept.
    expect(mapped.ok && mapped.rows.map((r) => r.name)).toEqual(["APP-CRM", "APP-EDI", "APP-SUSPENDED"]);
    const included = mapVmRows("rvtools", table, { includePoweredOff: true });
    expect(included).toMatchObject({ ok: true, leftOut: { templates: 2, poweredOff: 0 } });
    expect(included.ok && included.rows.map((r) => r.name)).toEqual(["APP-CRM", "APP-EDI", "LABEL-PRINT, old", "APP-SUSPENDED"]);
    expect(leftOutNote({ templates: 2, poweredOff: 1 })).toBe(
      "2 templates and 1 powered-off VM were left out: templates are never systems; powered-off VMs are imported only when “Include powered-off VMs” is ticked.",
    );
    expect(leftOutNote({ templates: 1, poweredOff: 0 })).toBe("1 template was left out: templates are never systems.");
    expect(leftOutNote({ templates: 0, poweredOff: 0 })).toBeNull();
  });

  it("does not check a left-out row further, but refuses a Template or Powerstate it cannot read", () => {
    // A template's bad memory, or a template named like a VM, cannot refuse the file it is not imported from.
    expect(mapVmRows("rvtools", withRows(template("TPL", "lots"), template("APP-CRM")))).toMatchObject({ ok: true, leftOut: { templates: 2 } });
    expect(mapVmRows("rvtools", withRows("NEW,running,Yes,1,lots,1,1,esx01,c,d,x,x"))).toMatchObject({
      ok: false,
      errors: [
        { line: 5, column: "Powerstate", message: '"running" is not a power state (poweredOn, poweredOff or suspended).' },
        { line: 5, column: "Template", message: '"Yes" is not True or False.' },
        { line: 5, column: "Memory" },
      ],
    });
    // Excel re-saves True as TRUE; an export without the two columns imports every row.
    expect(mapVmRows("rvtools", withRows(template("TPL").replace("True", "TRUE")))).toMatchObject({ ok: true, leftOut: { templates: 1 } });
    expect(mapVmRows("rvtools", parseCsv("VM,Memory\nA,1024\n"))).toMatchObject({ ok: true, rows: [{ name: "A" }], leftOut: { templates: 0, poweredOff: 0 } });
  });
});

describe("generic VM rows left out", () => {
  const hyperV = (states: string[], header = "State") => parseCsv(`name,host,ramMiB,usedGB,${header}\n${states.map((s, i) => `VM${i},hv01,4096,40,${s}`).join("\n")}\n`);
  const names = (mapped: ReturnType<typeof mapVmRows>) => (mapped.ok ? mapped.rows.map((r) => r.name) : mapped.errors);

  it("leaves out a Hyper-V VM that is Off unless powered-off VMs are included, and keeps Running, Saved, Paused and the transitional ones", () => {
    const states = ["Running", "Off", "Saved", "Paused", "Starting", "Stopping", "Saving", "OffCritical", "RunningCritical", "FastSaved", "Other"];
    const mapped = mapVmRows("vms", hyperV(states));
    expect(mapped).toMatchObject({ ok: true, leftOut: { templates: 0, poweredOff: 2 } });
    expect(names(mapped)).toEqual(["VM0", "VM2", "VM3", "VM4", "VM5", "VM6", "VM8", "VM9", "VM10"]);
    // The power state is a gate, not a fact of the register: a kept row reads as before.
    expect(mapped.ok && mapped.rows[0]).toEqual({ line: 2, name: "VM0", hostName: "hv01", ramMiB: 4096, usedGB: 40 });
    const included = mapVmRows("vms", hyperV(states), { includePoweredOff: true });
    expect(included).toMatchObject({ ok: true, leftOut: { templates: 0, poweredOff: 0 } });
    expect(included.ok && included.rows).toHaveLength(states.length);
    expect(leftOutNote({ templates: 0, poweredOff: 2 })).toBe("2 powered-off VMs were left out: powered-off VMs are imported only when “Include powered-off VMs” is ticked.");
  });

  it("reads vSphere's states too, in any case, from a powerstate, power state or state column", () => {
    for (const header of ["powerstate", "Power State", "power_state", "STATE"]) {
      const mapped = mapVmRows("vms", hyperV(["POWEREDON", "poweredoff", "Suspended", "off", "RUNNING", "saved", "paused", ""], header));
      expect(mapped, header).toMatchObject({ ok: true, leftOut: { poweredOff: 2 } });
      expect(names(mapped), header).toEqual(["VM0", "VM2", "VM4", "VM5", "VM6", "VM7"]);
    }
    // Without the column every row is imported, as before.
    expect(mapVmRows("vms", parseCsv("name\nA\nB\n"))).toMatchObject({ ok: true, rows: [{ name: "A" }, { name: "B" }], leftOut: { templates: 0, poweredOff: 0 } });
  });

  it("refuses a value that is no power state, at its line and column, and does not check a left-out row further", () => {
    expect(mapVmRows("vms", hyperV(["Running", "Stopped", "on"]))).toEqual({
      ok: false,
      errors: [
        { line: 3, column: "State", message: `"Stopped" is not a power state (vSphere's poweredOn, poweredOff or suspended, or a Hyper-V state such as Running, Off, Saved or Paused).` },
        { line: 4, column: "State", message: `"on" is not a power state (vSphere's poweredOn, poweredOff or suspended, or a Hyper-V state such as Running, Off, Saved or Paused).` },
      ],
      more: 0,
    });
    // An old VM's odd memory cannot refuse the file it is not imported from; included, it is read and refused.
    const odd = parseCsv("name,ramMiB,state\nOLD,lots,Off\nNEW,2048,Running\n");
    expect(mapVmRows("vms", odd)).toMatchObject({ ok: true, rows: [{ name: "NEW", ramMiB: 2048 }], leftOut: { poweredOff: 1 } });
    expect(mapVmRows("vms", odd, { includePoweredOff: true })).toMatchObject({ ok: false, errors: [{ line: 2, column: "ramMiB" }] });
    // Still strict about other columns: the expected list names the power state column too.
    expect(mapVmRows("vms", parseCsv("name,state,status\nA,Running,Operating normally\n"))).toMatchObject({
      ok: false,
      errors: [{ line: 1, column: "status", message: "unknown column (expected name, host, ramMiB, usedGB, bootMinutes, verifyMinutes, priority, powerstate)." }],
    });
  });
});

describe("one host, named two ways", () => {
  it("is the same host in a bare and a DNS spelling, but not across domains or IP addresses", () => {
    expect(sameHostName("esx01", "ESX01.corp.local")).toBe(true);
    expect(sameHostName("esx01.corp.local.", "ESX01.CORP.LOCAL")).toBe(true);
    expect(sameHostName("HV01", "hv01")).toBe(true);
    expect(sameHostName("esx01.site-a.local", "esx01.site-b.local")).toBe(false);
    expect(sameHostName("esx01", "esx02.corp.local")).toBe(false);
    expect(sameHostName("10", "10.0.0.1")).toBe(false);
    expect(sameHostName("", "esx01")).toBe(false);
  });

  it("counts an unchanged host as unchanged when RVTools and Hyper-V files alternate", () => {
    const hosts = [{ id: "h1", key: "esx01", name: "ESX01" }];
    const system = { id: "s1", name: "APP-CRM", hostId: "h1", hostName: "esx01.harbourlane.local", ramMiB: 16384, usedGB: 161.06, bootMinutes: 0, verifyMinutes: 0, priority: 3 };
    const hyperV = planVmChanges([{ line: 2, name: "APP-CRM", hostName: "ESX01", ramMiB: 16384, usedGB: 161.06 }], [system], hosts);
    expect(hyperV).toEqual({ changes: [], unchanged: 1, warnings: [] });
    const back = planVmChanges([{ line: 2, name: "APP-CRM", hostName: "esx01.harbourlane.local" }], [{ ...system, hostName: "ESX01" }], hosts);
    expect(back.unchanged).toBe(1);
  });
});

describe("a VM row changes only what it applies", () => {
  const hosts = [
    { id: "h1", key: "hv01", name: "HV01" },
    { id: "h2", key: "hv02", name: "HV02" },
  ];
  const system = { id: "s1", name: "DC01", hostId: "h1", hostName: "HV01", ramMiB: 4096, usedGB: 60, bootMinutes: 5, verifyMinutes: 5, priority: 1 };

  it("leaves a linked system on its host when the file names a host the plan does not have, and counts it unchanged", () => {
    const plan = planVmChanges([{ line: 2, name: "DC01", hostName: "hv09.harbourlane.local", ramMiB: 4096 }], [system], hosts);
    expect(plan).toEqual({
      changes: [],
      unchanged: 1,
      warnings: [`Line 2: host "hv09.harbourlane.local" is not one of this plan's hosts, so DC01 keeps its current host. Add the host under Setup and import again to link it.`],
    });
  });

  it("reads a blank cell as no value: the system's is left as it is", () => {
    const mapped = mapVmRows("vms", parseCsv("name,host,ramMiB,usedGB\nDC01,,,\n"));
    expect(mapped).toMatchObject({ ok: true, rows: [{ line: 2, name: "DC01" }] });
    if (!mapped.ok) return;
    expect(mapped.rows[0]).toEqual({ line: 2, name: "DC01" });
    expect(planVmChanges(mapped.rows, [system], hosts)).toEqual({ changes: [], unchanged: 1, warnings: [] });
    const rvtools = mapVmRows("rvtools", parseCsv("VM,Memory,In Use MB,Host\nDC01,,,\n"));
    expect(rvtools.ok && rvtools.rows).toEqual([{ line: 2, name: "DC01" }]);
  });

  it("moves a system to another of the plan's hosts, shown by key", () => {
    const plan = planVmChanges([{ line: 2, name: "DC01", hostName: "hv02.harbourlane.local" }], [system], hosts);
    expect(plan.changes).toEqual([
      {
        kind: "update", line: 2, name: "DC01", id: "s1",
        data: { hostId: "h2", hostName: "hv02.harbourlane.local" },
        before: { hostId: "h1", hostName: "HV01" },
        changes: [{ field: "host", from: "hv01", to: "hv02" }],
      },
    ]);
  });

  it("names the host of a system with none linked as the VM list shows it, \"(not linked)\", and links it once the plan has it", () => {
    const unlinked = { ...system, hostId: null, hostName: "old01.corp.local" };
    const renamed = planVmChanges([{ line: 2, name: "DC01", hostName: "new01.corp.local" }], [unlinked], hosts);
    expect(renamed.changes).toEqual([
      {
        kind: "update", line: 2, name: "DC01", id: "s1",
        data: { hostName: "new01.corp.local" },
        before: { hostName: "old01.corp.local" },
        changes: [{ field: "host", from: "old01.corp.local (not linked)", to: "new01.corp.local (not linked)" }],
      },
    ]);
    expect(renamed.warnings).toEqual([expect.stringContaining("so DC01 has no host, and the recovery assessment leaves it out.")]);
    // The same name another way is no change.
    expect(planVmChanges([{ line: 2, name: "DC01", hostName: "OLD01" }], [unlinked], hosts)).toMatchObject({ changes: [], unchanged: 1 });
    const linked = planVmChanges([{ line: 2, name: "DC01", hostName: "hv01" }], [unlinked], hosts);
    expect(linked.changes[0].changes).toEqual([{ field: "host", from: "old01.corp.local (not linked)", to: "hv01" }]);
    expect(linked.warnings).toEqual([]);
  });
});

describe("real-world VM files", () => {
  const vinfo = "VM,Powerstate,Memory,In Use MB,Host\n";

  it("skips a row that repeats an earlier one, names in any case, with a warning, and refuses the same name with other values", () => {
    const text = `${vinfo}APP-CRM,poweredOn,16384,153600,esx01\nAPP-EDI,poweredOn,8192,51200,esx01\napp-crm,poweredOn,16384,"153,600",ESX01\n`;
    const mapped = mapVmRows("rvtools", parseCsv(text));
    expect(mapped).toMatchObject({ ok: true, repeats: [{ line: 4, first: 2 }] });
    expect(mapped.ok && mapped.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(repeatWarnings([{ line: 4, first: 2 }])).toEqual(["Line 4 repeats line 2 and is skipped."]);
    expect(mapVmRows("vms", parseCsv("name,host,ramMiB\nDC01,hv01,4096\nDC01,hv01,4096\nDC01,hv02,4096\n"))).toEqual({
      ok: false,
      errors: [{ line: 4, column: "name", message: "This name already appears on line 2, with other values." }],
      more: 0,
    });
    // A blank cell is not the value of another row's: which row is right is for the user to say.
    expect(mapVmRows("vms", parseCsv("name,ramMiB\nDC01,4096\nDC01,\n"))).toMatchObject({ ok: false, errors: [{ line: 3, column: "name" }] });
  });

  it("names the first repeats one by one and counts the rest", () => {
    const repeats = Array.from({ length: 23 }, (_, i) => ({ line: 100 + i, first: 2 }));
    const warnings = repeatWarnings(repeats);
    expect(warnings).toHaveLength(21);
    expect(warnings[0]).toBe("Line 100 repeats line 2 and is skipped.");
    expect(warnings.at(-1)).toBe("3 more lines repeat earlier ones and are skipped.");
    expect(repeatWarnings(repeats.slice(0, 21)).at(-1)).toBe("1 more line repeats an earlier one and is skipped.");
  });

  it("reads RVTools sizes as whole MiB with commas or points between thousands, in either locale", () => {
    const english = mapVmRows("rvtools", parseCsv(`${vinfo}A,poweredOn,"16,384","59,605",esx01\nB,poweredOn,"1,234,567","1,234,567",esx01\n`));
    expect(english).toMatchObject({ ok: true, rows: [{ ramMiB: 16384, usedGB: mibToGB(59605) }, { ramMiB: 1234567, usedGB: mibToGB(1234567) }] });
    // A German or Dutch Windows writes a point between thousands, and Excel there saves with semicolons.
    const german = mapVmRows("rvtools", parseCsv("VM;Powerstate;Memory;In Use MiB;Host\nA;poweredOn;16.384;59.605;esx01\nB;poweredOn;1.234.567;1.234.567;esx01\nC;poweredOn;1.000;512;esx01\n"));
    expect(german).toMatchObject({
      ok: true,
      rows: [
        { ramMiB: 16384, usedGB: mibToGB(59605) },
        { ramMiB: 1234567, usedGB: mibToGB(1234567) },
        { ramMiB: 1000, usedGB: mibToGB(512) },
      ],
    });
    expect(mibToGB(59605)).toBe(62.5);
  });

  it("refuses an RVTools size that is not a whole number of MiB, naming its line and column, rather than misreading it", () => {
    const text = [
      'A,poweredOn,"5,9605","60,5",esx01',
      'B,poweredOn,"16,384.5","59.6",esx01',
      'C,poweredOn,"1.234,5","1,234.5",esx01',
      'D,poweredOn,"1.234,567",",605",esx01',
      "E,poweredOn,eight,16384.0,esx01",
    ].join("\n");
    const whole = "write it as digits, with commas or points between thousands if any, e.g. 59605, 59,605 or 59.605";
    const cell = (line: number, column: string, value: string) => ({ line, column, message: `"${value}" is not a whole number of MiB (${whole}).` });
    expect(mapVmRows("rvtools", parseCsv(`${vinfo}${text}\n`))).toEqual({
      ok: false,
      errors: [
        cell(2, "Memory", "5,9605"),
        cell(2, "In Use MB", "60,5"),
        cell(3, "Memory", "16,384.5"),
        cell(3, "In Use MB", "59.6"),
        cell(4, "Memory", "1.234,5"),
        cell(4, "In Use MB", "1,234.5"),
        cell(5, "Memory", "1.234,567"),
        cell(5, "In Use MB", ",605"),
        cell(6, "Memory", "eight"),
        cell(6, "In Use MB", "16384.0"),
      ],
      more: 0,
    });
    // Grouped as it may be, a value is still held to the column's bounds.
    expect(mapVmRows("rvtools", parseCsv(`${vinfo}A,poweredOn,0,-1.000,esx01\nB,poweredOn,2.147.483.648,0,esx01\n`))).toEqual({
      ok: false,
      errors: [
        { line: 2, column: "Memory", message: "0 is out of range (1–2147483647)." },
        { line: 2, column: "In Use MB", message: "-1.000 is out of range (0 or more)." },
        { line: 3, column: "Memory", message: "2.147.483.648 is out of range (1–2147483647)." },
      ],
      more: 0,
    });
    // A generic file is written by hand or a script: plain digits, as the forms read them, and a
    // point in its decimal GB is the decimal point.
    expect(mapVmRows("vms", parseCsv('name,ramMiB\nA,"16,384"\n'))).toMatchObject({ ok: false, errors: [{ line: 2, column: "ramMiB" }] });
    expect(mapVmRows("vms", parseCsv("name,ramMiB,usedGB\nA,4096,59.605\n"))).toMatchObject({ ok: true, rows: [{ ramMiB: 4096, usedGB: 59.605 }] });
  });
});
