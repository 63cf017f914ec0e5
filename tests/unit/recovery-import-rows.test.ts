import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsvTable as parseCsv } from "@/lib/csv/read-csv";
import { mapRestorePointRows, mapVmRows, mibToGB } from "@/lib/recovery/imports/map-rows";
import { findHost, planVmChanges } from "@/lib/recovery/imports/plan-changes";

const fixture = (name: string) => parseCsv(readFileSync(`tests/fixtures/${name}`, "utf8"));

describe("import row mapping", () => {
  it("maps RVTools vInfo: Memory is MiB, In Use MB is MiB converted to decimal GB", () => {
    const mapped = mapVmRows("rvtools", fixture("rvtools-vinfo.csv"));
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
    });
  });

  it("refuses unknown generic columns, missing required ones and duplicate names", () => {
    expect(mapVmRows("vms", parseCsv("name,ramMB\nA,1\n"))).toMatchObject({ ok: false, errors: [{ line: 1, column: "ramMB" }] });
    expect(mapVmRows("rvtools", parseCsv("Memory\n1\n"))).toMatchObject({ ok: false, errors: [{ line: 1, column: "VM" }] });
    expect(mapVmRows("vms", parseCsv("name\nDC01\ndc01\n"))).toMatchObject({ ok: false, errors: [{ line: 3, column: "name", message: "This name already appears on line 2." }] });
  });

  it("reads restore points with offsets, and refuses one usable before its point in time", () => {
    const mapped = mapRestorePointRows(fixture("restore-points.csv"));
    expect(mapped.ok && mapped.rows[2]).toMatchObject({ system: "APP-EDI", pointInTime: new Date("2026-11-24T23:00:00Z"), sizeGB: null });
    const bad = mapRestorePointRows(parseCsv("system,location,pointInTime,usableAt\nA,nas,2026-11-24T23:00:00Z,2026-11-24T22:00:00Z\nA,nas,2026-11-24,2026-11-24T22:00:00Z\n"));
    expect(bad).toMatchObject({ ok: false, errors: [{ line: 3, column: "pointInTime" }] });
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
    const bad = mapRestorePointRows(parseCsv(`${header}A,nas,2026-02-30T23:00:00Z,2026-03-02T23:30:00Z\nA,nas,2026-11-24T24:00:00Z,2026-11-25T01:00:00Z\n`));
    expect(bad).toMatchObject({ ok: false, errors: [{ line: 2, column: "pointInTime", message: expect.stringContaining('"2026-02-30T23:00:00Z" is not a date') }, { line: 3, column: "pointInTime" }] });
    const good = mapRestorePointRows(parseCsv(`${header}A,nas,2028-02-29 23:00+01:00,2028-03-01T00:30:00.250Z\n`));
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
      { kind: "create", line: 3, name: "NEW", data: { hostName: "esx09", ramMiB: 1024 }, changes: [{ field: "hostName", from: "—", to: "esx09" }, { field: "ramMiB", from: "—", to: "1024" }] },
    ]);
    expect(plan.warnings[0]).toMatch(/Line 3: host "esx09" is not one of this plan's hosts/);
  });
});
