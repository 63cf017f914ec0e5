import { describe, expect, it } from "vitest";
import { assessModel, type RecoveryModelInput } from "@/lib/engine";
import { neverReadyReasons, reasonWords, type NeverReadyReason } from "@/lib/recovery/never-ready-reason";

/**
 * An office (hv1) and a DR site (standby). Nightly backups to a NAS in the office, copied at once
 * to the cloud at the DR site. DC and DC2 have no backup at all; SQL depends on both; BIG is too
 * large for the standby host it is to be restored to; APP is to come back on hv1, which the site
 * loss takes; WEB runs at the DR site and is not affected.
 */
function model(): RecoveryModelInput {
  const vm = (id: string, host: string, ramMiB: number, extra: object = {}) => ({ id, name: id, host, ramMiB, usedGB: 50, bootMinutes: 5, ...extra });
  return {
    version: 1,
    assessedAt: "2026-11-25T12:00:00Z",
    sites: [{ id: "office" }, { id: "dr" }],
    locations: [
      { id: "nas", site: "office", throughputMBps: 200 },
      { id: "cloud", site: "dr", throughputMBps: 100 },
    ],
    hosts: [
      { id: "hv1", site: "office", ramMiB: 131072 },
      { id: "standby", site: "dr", ramMiB: 16384 },
    ],
    systems: [
      vm("DC", "hv1", 2048),
      vm("DC2", "hv1", 2048),
      vm("SQL", "hv1", 4096, { dependsOn: ["DC", "DC2"], recoveryHosts: { "site-loss": "standby" } }),
      vm("BIG", "hv1", 65536, { recoveryHosts: { "site-loss": "standby" } }),
      vm("APP", "hv1", 2048),
      vm("WEB", "standby", 2048, { dependsOn: ["DC"] }),
    ],
    backupPolicies: [
      {
        id: "nightly",
        systems: ["SQL", "BIG", "APP", "WEB"],
        schedule: { everyMinutes: 1440, anchor: "2026-01-01T23:00:00Z" },
        windowMinutes: 60,
        target: "nas",
        copies: [{ to: "cloud", mode: "immediate", lagMinutes: 30 }],
      },
    ],
    scenarios: [
      { id: "site-loss", kind: "site", lostSites: ["office"] },
      { id: "vm-loss", kind: "system" },
    ],
  };
}

function reasons(scenario: string, hosts = new Map([["standby", "Standby host"]]), m = model()) {
  const result = assessModel(m);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const sc = result.assessment.scenarios.find((s) => s.id === scenario)!;
  return { reasons: neverReadyReasons({ model: m, scenario: sc, names: { hosts } }), scenario: sc };
}

describe("why a system never becomes ready", () => {
  it("says which of the engine's three causes holds, per affected system that is never ready", () => {
    const { reasons: site, scenario } = reasons("site-loss");
    expect(Object.fromEntries(site)).toEqual({
      DC: { kind: "no-copy" },
      DC2: { kind: "no-copy" },
      SQL: { kind: "waits-for", systems: ["DC", "DC2"] },
      BIG: { kind: "no-room", host: "Standby host", hostKey: "standby" },
      APP: { kind: "host-lost", host: "hv1", hostKey: "hv1" },
    });
    // Exactly the systems the engine leaves without a ready time, and never one not affected.
    const never = scenario.systems.filter((s) => s.affected && s.rto.achievableMinutes === null).map((s) => s.id);
    expect([...site.keys()].sort()).toEqual(never.sort());
    expect(scenario.systems.find((s) => s.id === "WEB")?.affected).toBe(false);
  });

  it("never says 'waits for' in a system scenario, where what a system depends on keeps running", () => {
    const { reasons: alone } = reasons("vm-loss");
    expect(Object.fromEntries(alone)).toEqual({ DC: { kind: "no-copy" }, DC2: { kind: "no-copy" } });
  });

  it("gives a system both unplaced and waiting as unplaced: that is the first thing to fix", () => {
    const m = model();
    m.systems!.find((s) => s.id === "SQL")!.ramMiB = 32768;
    expect(reasons("site-loss", undefined, m).reasons.get("SQL")).toEqual({ kind: "no-room", host: "Standby host", hostKey: "standby" });
  });

  it("names a host by its key when the plan has no name for it", () => {
    expect(reasons("site-loss", new Map()).reasons.get("BIG")).toMatchObject({ host: "standby" });
  });

  it("puts each reason in words", () => {
    const words = (reason: NeverReadyReason) => reasonWords(reason);
    expect(words({ kind: "no-copy" })).toBe("no surviving copy");
    expect(words({ kind: "no-room", host: "Standby host", hostKey: "standby" })).toBe("no room on Standby host");
    // A lost host is not a lack of room: the host chosen for this scenario is the thing to change.
    expect(words({ kind: "host-lost", host: "HV01 (Hyper-V, server room)", hostKey: "hv01" })).toBe("its recovery host HV01 (Hyper-V, server room) is lost in this scenario");
    expect(words({ kind: "waits-for", systems: ["SQL"] })).toBe("waits for SQL");
    expect(words({ kind: "waits-for", systems: ["DC", "DC2", "SQL"] })).toBe("waits for DC, DC2 and SQL");
  });
});
