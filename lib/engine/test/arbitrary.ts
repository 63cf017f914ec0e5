// Random small recovery models for property-based tests.
//
// `calm` models avoid what makes the contract's rules legitimately
// non-monotone (see docs/engine.md, "Invariants"): every restore at a location
// can start at the same moment, hosts have room for everything, a system
// belongs to one policy with at most one (strictly later) copy so its restore
// location never hangs on a tie, and there is no ransomware scenario.
import fc from "fast-check";
import type { RecoveryModelInput } from "../index";

/** Cron rules and a rule firing at a superset of their instants, DST included. */
export const MORE_OFTEN: Record<string, string> = {
  "0 * * * *": "0,30 * * * *",
  "30 */2 * * *": "0,30 */2 * * *",
  "0 23 * * *": "0 11,23 * * *",
  "0 2 * * 1-5": "0 2 * * *",
  "15 3 * * 0": "15 3 * * 0,3",
};
const CRONS = Object.keys(MORE_OFTEN);
const ZONES = ["UTC", "America/New_York", "Europe/Berlin", "Australia/Sydney"];
const EVERY = [60, 120, 180, 240, 360, 720, 1440];

type Model = RecoveryModelInput & Required<Pick<RecoveryModelInput, "locations" | "hosts" | "systems" | "backupPolicies" | "scenarios">>;

const schedule = fc.oneof(
  fc.record({ everyMinutes: fc.constantFrom(...EVERY), anchor: fc.constantFrom("2025-06-01T00:00:00Z", "2025-06-01T00:17:00Z") }),
  fc.record({ cron: fc.constantFrom(...CRONS), timezone: fc.constantFrom(...ZONES) }),
);

const instantIn = (fromIso: string, days: number) =>
  fc.integer({ min: 0, max: days * 1440 }).map((m) => new Date(Date.parse(fromIso) + m * 60_000).toISOString());

export function arbModel(calm: boolean): fc.Arbitrary<Model> {
  return fc
    .record({
      horizonDays: fc.integer({ min: 2, max: 8 }),
      locations: fc.array(
        fc.record({
          online: fc.boolean(),
          immutableDays: fc.constantFrom(0, 0, 2, 5),
          throughputMBps: fc.integer({ min: 20, max: 500 }),
          streamMBps: fc.integer({ min: 10, max: 600 }),
          maxStreams: fc.integer({ min: 1, max: 3 }),
          retrievalMinutes: fc.constantFrom(0, 0, 30),
          dr: fc.boolean(),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      readyAfter: fc.tuple(fc.constantFrom(0, 45), fc.constantFrom(0, 20)),
      systems: fc.array(
        fc.record({
          onDr: fc.boolean(),
          ramMiB: fc.integer({ min: 512, max: 16384 }),
          usedGB: fc.integer({ min: 0, max: 400 }),
          bootMinutes: fc.integer({ min: 0, max: 20 }),
          verifyMinutes: fc.integer({ min: 0, max: 20 }),
          priority: fc.integer({ min: 1, max: 5 }),
          deps: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
          rpo: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
          rto: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
          policies: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
          replicaLag: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined, freq: 4 }),
          observedHoursAgo: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
          test: fc.option(fc.record({ daysAgo: fc.integer({ min: 0, max: 300 }), minutes: fc.integer({ min: 1, max: 300 }), usedGB: fc.integer({ min: 1, max: 400 }) }), { nil: undefined, freq: 3 }),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      policies: fc.array(
        fc.record({
          schedule,
          windowMinutes: fc.integer({ min: 0, max: 120 }),
          target: fc.nat(),
          copies: fc.array(
            fc.record({
              to: fc.nat(),
              mode: fc.constantFrom("immediate" as const, "scheduled" as const, "rotation" as const),
              lagMinutes: fc.integer({ min: 1, max: 90 }),
            }),
            { maxLength: 2 },
          ),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      at: instantIn("2025-06-01T00:00:00Z", 10),
      dormantMinutes: fc.integer({ min: 0, max: 3000 }),
      declareMinutes: fc.integer({ min: 0, max: 60 }),
      groupMaxSkew: fc.integer({ min: 0, max: 600 }),
      mtd: fc.integer({ min: 0, max: 2000 }),
    })
    .map((g): Model => {
      const locations = g.locations.map((l, i) => ({
        id: `L${i}`,
        site: l.dr ? "dr" : "office",
        online: calm ? true : l.online,
        immutableDays: l.immutableDays,
        throughputMBps: l.throughputMBps,
        streamMBps: l.streamMBps,
        maxStreams: calm ? 8 : l.maxStreams,
        retrievalMinutes: l.retrievalMinutes,
      }));
      const loc = (n: number) => `L${n % locations.length}`;
      const ids = g.systems.map((_, i) => `S${i}`);
      const policies = g.policies.map((p, i) => ({
        id: `P${i}`,
        systems: ids.filter((_, s) => (calm ? s % g.policies.length === i : g.systems[s].policies[i])),
        schedule: p.schedule,
        windowMinutes: p.windowMinutes,
        target: loc(p.target),
        copies: (calm ? p.copies.slice(0, 1).map((c) => ({ ...c, mode: "immediate" as const })) : p.copies).map((c) => ({
          to: loc(c.to),
          mode: c.mode,
          lagMinutes: c.lagMinutes,
          ...(c.mode === "immediate" ? {} : { schedule: c.mode === "rotation" ? { cron: "0 17 * * 5", timezone: "UTC" } : { everyMinutes: 720 } }),
        })),
      }));
      const now = Date.parse("2025-06-02T00:00:00Z");
      const iso = (ms: number) => new Date(ms).toISOString();
      const systems = g.systems.map((s, i) => ({
        id: ids[i],
        host: s.onDr && !calm ? "h1" : "h0",
        recoveryHosts: { host: "h1", site: "h1" },
        ramMiB: s.ramMiB,
        usedGB: s.usedGB,
        bootMinutes: s.bootMinutes,
        verifyMinutes: s.verifyMinutes,
        priority: s.priority,
        dependsOn: ids.filter((_, d) => d < i && s.deps[d]),
        ...(s.rpo === undefined ? {} : { rpoMinutes: s.rpo }),
        ...(s.rto === undefined ? {} : { rtoMinutes: s.rto }),
      }));
      return {
        version: 1,
        assessedAt: iso(now),
        horizonDays: g.horizonDays,
        sites: [{ id: "office" }, { id: "dr" }],
        locations,
        hosts: [
          { id: "h0", site: "office", ramMiB: calm ? 1e7 : 40000, readyAfterMinutes: calm ? 0 : g.readyAfter[0] },
          { id: "h1", site: "dr", ramMiB: calm ? 1e7 : 40000, readyAfterMinutes: calm ? 0 : g.readyAfter[1] },
        ],
        systems,
        backupPolicies: policies,
        replicas: g.systems.flatMap((s, i) => (s.replicaLag === undefined ? [] : [{ system: ids[i], location: loc(i), lagMinutes: s.replicaLag }])),
        restorePoints: calm
          ? []
          : g.systems.flatMap((s, i) =>
              s.observedHoursAgo === undefined ? [] : [{ system: ids[i], location: loc(i + 1), pointInTime: iso(now - s.observedHoursAgo * 3_600_000), usableAt: iso(now - s.observedHoursAgo * 3_000_000) }],
            ),
        tests: g.systems.flatMap((s, i) =>
          s.test === undefined ? [] : [{ system: ids[i], location: policies.find((p) => p.systems.includes(ids[i]))?.target ?? "L0", date: iso(now - s.test.daysAgo * 86_400_000), restoreMinutes: s.test.minutes, usedGB: s.test.usedGB }],
        ),
        consistencyGroups: ids.length > 1 ? [{ id: "G", systems: ids.slice(0, 2), maxSkewMinutes: g.groupMaxSkew }] : [],
        processes: [{ id: "Proc", systems: ids.slice(0, 3), mtdMinutes: g.mtd, wrtMinutes: 30 }],
        scenarios: [
          { id: "system", kind: "system", declareMinutes: g.declareMinutes },
          { id: "host", kind: "host", lostHosts: ["h0"], declareMinutes: g.declareMinutes },
          { id: "site", kind: "site", lostSites: ["office"], at: g.at, declareMinutes: g.declareMinutes },
          ...(calm
            ? []
            : [{ id: "crypto", kind: "ransomware" as const, at: g.at, cleanBefore: iso(Date.parse(g.at) - g.dormantMinutes * 60_000), containmentMinutes: 30 }]),
        ],
      };
    });
}
