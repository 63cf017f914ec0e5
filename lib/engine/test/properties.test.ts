import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../index";
import { arbModel, MORE_OFTEN } from "./arbitrary";
import { run as assessed } from "./helpers";

/** Every (scenario, system) value of `pick`, keyed for comparison; null is "unbounded". */
function values(a: Assessment, pick: (s: Assessment["scenarios"][number]["systems"][number]) => number | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const sc of a.scenarios) for (const s of sc.systems) if (s.affected) out.set(`${sc.id}/${s.id}`, pick(s) ?? Infinity);
  return out;
}

function neverLonger(before: Map<string, number>, after: Map<string, number>): void {
  const longer = [...before].filter(([key, value]) => !((after.get(key) as number) <= value + 1e-6)).map(([key, value]) => `${key}: ${value} -> ${after.get(key)}`);
  expect(longer).toEqual([]);
}

const clone = <T>(x: T): T => structuredClone(x);

/** PROPERTY_RUNS=5000 for a deeper search than the default. */
const runs = (n: number) => ({ numRuns: Number(process.env.PROPERTY_RUNS) || n });

function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe("invariants", () => {
  it("adding bandwidth never lengthens an RTO", () => {
    fc.assert(
      fc.property(arbModel(true), fc.nat(), fc.integer({ min: 1, max: 8 }), (model, which, factor) => {
        const faster = clone(model);
        const l = faster.locations[which % faster.locations.length];
        l.throughputMBps = (l.throughputMBps as number) * factor;
        l.streamMBps = (l.streamMBps as number) * (1 + (factor % 3));
        neverLonger(values(assessed(model), (s) => s.rto.achievableMinutes), values(assessed(faster), (s) => s.rto.achievableMinutes));
      }),
      runs(150),
    );
  }, 120_000);

  it("backing up more often never lengthens an RPO", () => {
    fc.assert(
      fc.property(arbModel(false), fc.nat(), (generated, which) => {
        // A scheduled copy carries only the newest point, so under ransomware more
        // backups can leave it carrying a newer, infected point instead of an older
        // clean one (see ransomware.test.ts). Rotated media carry every point.
        const model = clone(generated);
        for (const p of model.backupPolicies)
          p.copies = p.copies?.map((c) => (c.mode === "scheduled" ? { ...c, mode: "rotation" as const, schedule: { cron: "0 6 * * *", timezone: "UTC" } } : c));
        const often = clone(model);
        const p = often.backupPolicies[which % often.backupPolicies.length];
        // A schedule firing at a superset of the instants: half the period from the
        // same anchor, or a cron rule with more hours, minutes or days.
        p.schedule = "everyMinutes" in p.schedule ? { ...p.schedule, everyMinutes: (p.schedule.everyMinutes as number) / 2 } : { ...p.schedule, cron: MORE_OFTEN[p.schedule.cron as string] };
        const [a, b] = [assessed(model), assessed(often)];
        neverLonger(values(a, (s) => s.rpo.worstCaseMinutes), values(b, (s) => s.rpo.worstCaseMinutes));
        neverLonger(values(a, (s) => s.rpo.atDisasterMinutes), values(b, (s) => s.rpo.atDisasterMinutes));
      }),
      runs(150),
    );
  }, 120_000);

  it("removing a dependency never lengthens an RTO", () => {
    fc.assert(
      fc.property(arbModel(true), fc.nat(), fc.nat(), (model, who, which) => {
        const withDeps = model.systems.filter((s) => (s.dependsOn ?? []).length > 0);
        fc.pre(withDeps.length > 0);
        const fewer = clone(model);
        const s = fewer.systems.find((x) => x.id === withDeps[who % withDeps.length].id)!;
        s.dependsOn = s.dependsOn!.filter((_, i) => i !== which % s.dependsOn!.length);
        neverLonger(values(assessed(model), (x) => x.rto.achievableMinutes), values(assessed(fewer), (x) => x.rto.achievableMinutes));
      }),
      runs(150),
    );
  }, 120_000);

  it("results do not depend on the order of the input lists", () => {
    fc.assert(
      fc.property(arbModel(false), fc.integer({ min: 1 }), (model, seed) => {
        const m = clone(model);
        const lists = m as unknown as Record<string, unknown>;
        for (const key of Object.keys(lists)) {
          const value = lists[key];
          if (Array.isArray(value)) lists[key] = shuffle(value, seed + key.length);
        }
        for (const s of m.systems) s.dependsOn = shuffle(s.dependsOn ?? [], seed);
        for (const p of m.backupPolicies) {
          p.systems = shuffle(p.systems, seed);
          p.copies = shuffle(p.copies ?? [], seed + 1);
        }
        for (const g of [...(m.consistencyGroups ?? []), ...(m.processes ?? [])]) g.systems = shuffle(g.systems, seed);
        expect(assessed(m)).toEqual(assessed(model));
      }),
      runs(100),
    );
  }, 120_000);
});
