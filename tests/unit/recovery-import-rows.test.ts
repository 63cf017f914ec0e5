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
        { line: 3, column: "ramMiB", message: '"lots" is not a number.' },
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
