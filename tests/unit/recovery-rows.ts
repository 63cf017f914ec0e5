/** Recovery rows for the unit tests: a DC and a SQL VM on an office host, nightly to a NAS. */
import type { RecoveryRows } from "@/lib/recovery/to-model";

export const NOW = new Date("2026-11-25T12:00:00Z");

export function officeRows(): RecoveryRows {
  const fn = (rpoMinutes: number | null, rtoMinutes: number | null) => ({ id: `f-${rpoMinutes}-${rtoMinutes}`, name: `RPO ${rpoMinutes} RTO ${rtoMinutes}`, rpoMinutes, rtoMinutes });
  return {
    sites: [{ name: "Office" }, { name: "DR" }],
    locations: [
      { key: "nas", site: { name: "Office" }, online: true, immutableDays: 0, throughputMBps: 200, streamMBps: 150, maxStreams: 2, retrievalMinutes: 0 },
      { key: "cloud", site: { name: "DR" }, online: true, immutableDays: 30, throughputMBps: 100, streamMBps: null, maxStreams: 1, retrievalMinutes: 15 },
    ],
    hosts: [
      { key: "hv1", site: { name: "Office" }, ramMiB: 65536, reservedMiB: 4096, readyAfterMinutes: 0 },
      { key: "standby", site: { name: "DR" }, ramMiB: 32768, reservedMiB: 0, readyAfterMinutes: 60 },
    ],
    systems: [
      { id: "dc", name: "DC", host: { key: "hv1" }, ramMiB: 4096, usedGB: 60, bootMinutes: 5, verifyMinutes: 5, priority: 1, dependsOn: [], recoveryHosts: [{ scenario: { key: "site-loss" }, host: { key: "standby" } }], functions: [fn(1440, 120)] },
      { id: "sql", name: "SQL", host: { key: "hv1" }, ramMiB: 16384, usedGB: 540, bootMinutes: 10, verifyMinutes: 10, priority: 1, dependsOn: [{ name: "DC" }], recoveryHosts: [{ scenario: { key: "site-loss" }, host: { key: "standby" } }], functions: [fn(240, 480), fn(1440, 120)] },
    ],
    policies: [
      {
        key: "nightly", cron: "0 23 * * *", timezone: "UTC", everyMinutes: null, anchor: null, windowMinutes: 60, target: { key: "nas" },
        systems: [{ name: "DC" }, { name: "SQL" }],
        copies: [{ cron: "0 6 * * *", timezone: "UTC", everyMinutes: null, anchor: null, to: { key: "cloud" }, mode: "scheduled", lagMinutes: 60 }],
      },
    ],
    replicas: [],
    restorePoints: [
      { system: { name: "DC" }, location: { key: "nas" }, pointInTime: new Date("2026-11-24T23:00:00Z"), usableAt: new Date("2026-11-25T00:00:00Z") },
    ],
    measurements: [],
    groups: [],
    functions: [{ name: "Invoicing", mtdMinutes: 1440, wrtMinutes: 60, systems: [{ name: "SQL" }] }],
    scenarios: [
      { key: "site-loss", kind: "site", lostSites: [{ name: "Office" }], lostHostKeys: [], at: null, declareMinutes: 30, containmentMinutes: 0, cleanBefore: null },
      { key: "vm-loss", kind: "system", lostSites: [], lostHostKeys: [], at: null, declareMinutes: 0, containmentMinutes: 0, cleanBefore: null },
    ],
  };
}
