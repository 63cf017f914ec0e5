import { describe, expect, it } from "vitest";
import { vmNeedMiB } from "../compile";
import { baseModel, row, run, scenario } from "./helpers";

describe("VM memory need", () => {
  it("adds 32 MiB for the first GiB and 8 MiB per further GiB, part GiB rounded up", () => {
    expect(vmNeedMiB(512)).toBe(544); // below 1 GiB: 32
    expect(vmNeedMiB(1024)).toBe(1056); // exactly 1 GiB: 32
    expect(vmNeedMiB(1025)).toBe(1065); // 2 GiB started: 32 + 8
    expect(vmNeedMiB(4096)).toBe(4152); // 32 + 3 * 8
    expect(vmNeedMiB(32768)).toBe(33048); // 32 + 31 * 8
  });
});

describe("recovery host capacity", () => {
  // The office (hv1, hv2) is lost; everything goes to the standby host at the DR
  // site: 65 536 MiB with 4 396 reserved = 61 140 MiB available. A file server
  // already runs there and is not affected: 8 192 + 32 + 7*8 = 8 280 MiB first.
  const model = baseModel({
    hosts: [
      { id: "hv1", site: "office", ramMiB: 262144 },
      { id: "standby", site: "dr", ramMiB: 65536, reservedMiB: 4396 },
    ],
    locations: [
      { id: "nas", site: "office", throughputMBps: 150 },
      { id: "cloud", site: "dr", throughputMBps: 100 },
    ],
    systems: [
      { id: "files", host: "standby", ramMiB: 8192 },
      { id: "db", host: "hv1", ramMiB: 32768, priority: 1, recoveryHosts: { "office-lost": "standby" }, rtoMinutes: 600 },
      { id: "erp", host: "hv1", ramMiB: 32768, priority: 2, recoveryHosts: { "office-lost": "standby" }, rtoMinutes: 600 },
      { id: "web", host: "hv1", ramMiB: 12288, priority: 3, recoveryHosts: { "office-lost": "standby" } },
      { id: "mail", host: "hv1", ramMiB: 4096, priority: 4, recoveryHosts: { "office-lost": "standby" } },
      { id: "print", host: "hv1", ramMiB: 4096, priority: 5, rtoMinutes: 600 },
    ],
    backupPolicies: [{ id: "p", systems: ["db", "erp", "web", "mail", "print"], schedule: { cron: "0 0 * * *", timezone: "UTC" }, target: "nas", copies: [{ to: "cloud" }] }],
    scenarios: [
      { id: "office-lost", kind: "site", lostSites: ["office"] },
      { id: "vm", kind: "system" },
    ],
  });

  it("places unaffected load first, then affected systems in queue order, skipping what does not fit", () => {
    const a = run(model);
    // Left after files: 61 140 - 8 280 = 52 860.
    //   db   32 768 + 280 = 33 048 -> placed, 19 812 left
    //   erp  33 048              -> does not fit: unplaced
    //   web  12 288 + 32 + 11*8 = 12 408 -> placed, 7 404 left (a later, smaller one fits)
    //   mail  4 152              -> placed, 3 252 left
    //   print stays on its lost host hv1: unplaced there.
    // demand(standby) = 8 280 + 33 048 + 33 048 + 12 408 + 4 152 = 90 936.
    expect(scenario(a, "office-lost").hosts).toEqual([
      { id: "hv1", demandMiB: 4152, availableMiB: 0, unplaced: ["print"] },
      { id: "standby", demandMiB: 90936, availableMiB: 61140, unplaced: ["erp"] },
    ]);
    expect(row(a, "office-lost", "erp").rto).toMatchObject({ achievableMinutes: null, status: "breached", host: "standby" });
    expect(row(a, "office-lost", "files").rto).toMatchObject({ status: "not-affected", host: "standby" });
    const unplaced = a.findings.filter((f) => f.code === "UNPLACED");
    expect(unplaced.map((f) => [f.system, f.host])).toEqual([
      ["erp", "standby"],
      ["print", "hv1"],
    ]);
    expect(unplaced[0].message).toBe(
      "erp needs 32.3 GiB on standby (its RAM plus the per-VM overhead) but only 19.3 GiB of 59.7 GiB is left when its turn comes. Add memory to standby, restore it to another host, or keep a standby host ready.",
    );
    expect(unplaced[1].message).toContain("hv1, which is lost in this scenario");
  });

  it("checks each system alone in a system scenario, against what normally runs on its recovery host", () => {
    const a = run(model);
    // standby normally carries files (8 280). db alone: 8 280 + 33 048 = 41 328 <= 61 140.
    // hv1 normally carries 33 048*2 + 12 408 + 4 152*2 = 86 808 and takes back its own.
    const hosts = scenario(a, "vm").hosts;
    expect(hosts).toEqual([
      { id: "hv1", demandMiB: 86808, availableMiB: 262144, unplaced: [] },
      { id: "standby", demandMiB: 8280, availableMiB: 61140, unplaced: [] },
    ]);
    expect(row(a, "vm", "erp").rto.achievableMinutes).toBe(0);
  });
});
