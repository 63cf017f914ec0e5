import { describe, expect, it } from "vitest";
import { hostsLostIn, lostHostIdsOf } from "@/lib/recovery/lost-hosts";
import { lostRecoveryHostWarning, recoveryHostOptions, recoveryHostText } from "@/lib/recovery/setup/recovery-host-options";

const hosts = [
  { id: "h1", key: "hv01", name: "HV01 (Hyper-V, server room)", siteId: "room" },
  { id: "h2", key: "hv02", name: "HV02", siteId: "room" },
  { id: "h3", key: "standby", name: "Cloud standby", siteId: "cloud" },
  { id: "h4", key: "spare", name: "Spare", siteId: null },
];

describe("the hosts a scenario loses", () => {
  it("is its lost hosts in a host scenario, those and every host on a lost site in a site scenario, none otherwise", () => {
    const model = hosts.map((h) => ({ id: h.key, site: h.siteId }));
    expect([...hostsLostIn({ kind: "host", lostHosts: ["hv01"], lostSites: ["room"] }, model)]).toEqual(["hv01"]);
    expect([...hostsLostIn({ kind: "site", lostHosts: ["spare"], lostSites: ["room"] }, model)].sort()).toEqual(["hv01", "hv02", "spare"]);
    expect([...hostsLostIn({ kind: "ransomware", lostHosts: ["hv01"] }, model)]).toEqual([]);
    expect([...hostsLostIn({ kind: "system" }, model)]).toEqual([]);
  });

  it("gives the database's host ids for lost hosts kept by key and lost sites kept by id", () => {
    expect(lostHostIdsOf({ kind: "site", lostHostKeys: [], lostSites: [{ id: "room" }] }, hosts)).toEqual(["h1", "h2"]);
    expect(lostHostIdsOf({ kind: "host", lostHostKeys: ["standby"], lostSites: [] }, hosts)).toEqual(["h3"]);
  });
});

describe("the recovery host choices of a system in a scenario", () => {
  it("names its own host and marks every host the scenario loses", () => {
    expect(recoveryHostOptions({ hosts, ownHost: "h1", lostHosts: ["h1"] })).toEqual([
      { value: "", label: "Its own host, HV01 (Hyper-V, server room) — lost in this scenario" },
      { value: "h1", label: "HV01 (Hyper-V, server room) (hv01) — lost in this scenario" },
      { value: "h2", label: "HV02 (hv02)" },
      { value: "h3", label: "Cloud standby (standby)" },
      { value: "h4", label: "Spare (spare)" },
    ]);
    expect(recoveryHostOptions({ hosts, ownHost: null, lostHosts: [] })[0]).toEqual({ value: "", label: "Its own host (none chosen)" });
  });

  it("words the what-if's choices, which name hosts by key, as the VM facts form words its own", () => {
    const byKey = hosts.map(({ key, name }) => ({ key, name }));
    expect(recoveryHostOptions({ hosts: byKey, by: "key", ownHost: "hv02", lostHosts: ["hv02", "standby"] })).toEqual([
      { value: "", label: "Its own host, HV02 — lost in this scenario" },
      { value: "hv01", label: "HV01 (Hyper-V, server room) (hv01)" },
      { value: "hv02", label: "HV02 (hv02) — lost in this scenario" },
      { value: "standby", label: "Cloud standby (standby) — lost in this scenario" },
      { value: "spare", label: "Spare (spare)" },
    ]);
  });

  it("warns at the field when what it would be restored to is lost, whether chosen or its own", () => {
    const warn = (chosenHostId: string) => lostRecoveryHostWarning({ system: "DC01", hosts, ownHostId: "h1", chosenHostId, lostHostIds: ["h1", "h2"] });
    expect(warn("")).toBe("HV01 (Hyper-V, server room) is lost in this scenario, so DC01 cannot come back there: choose a host that survives it.");
    expect(warn("h2")).toBe("HV02 is lost in this scenario, so DC01 cannot come back there: choose a host that survives it.");
    expect(warn("h3")).toBeUndefined();
  });

  it("says the same on the page that only shows it", () => {
    const text = (chosenHostId: string) => recoveryHostText({ hosts, ownHostId: "h2", chosenHostId, lostHostIds: ["h2"] });
    expect(text("")).toBe("Its own host, HV02 — lost in this scenario");
    expect(text("h3")).toBe("Cloud standby");
    expect(text("h2")).toBe("HV02 — lost in this scenario");
  });
});
