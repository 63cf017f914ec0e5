/**
 * A system's targets once dependencies between systems are counted (docs/decisions/0016). Pure.
 *
 * RTO flows down the dependency graph: a system is ready only after everything it depends on, so
 * whatever a dependent must be back within, its dependencies must be back within too. A system's
 * effective RTO is the tightest of its own functions' RTOs and the effective RTO of every system
 * that depends on it, directly or through others. RPO does not flow: a dependent's tolerance for
 * lost data says nothing about the data of what it depends on (a directory server, a licence
 * server); a system whose data a function needs is linked to that function, which sets its RPO.
 */
import { inheritTargets, type DependentFunction, type InheritedTarget } from "./inherit-targets";

export type SystemRef = { id: string; name: string };

/** A system as the graph needs it: what it depends on (ids) and the functions that use it directly. */
export type TargetGraphSystem = SystemRef & { dependsOn: readonly string[]; functions: readonly DependentFunction[] };

/**
 * An RTO with the function it comes from and, when a dependent passed it on, the systems it came
 * through: the nearest dependent first, the system the function uses last. Empty when the
 * function uses this system itself.
 */
export type EffectiveRto = InheritedTarget & { through: SystemRef[] };

export type EffectiveTargets = { rto: EffectiveRto | null; rpo: InheritedTarget | null };

const byName = (a: SystemRef, b: SystemRef) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/**
 * Every system's effective RTO and its own RPO, by system id. Ties: a target of the system's own
 * functions wins over an inherited one of the same length, then the shortest chain, then the
 * function first by name, then the systems first by name, so the same graph always names the same
 * source. Dependencies on ids not in the list are ignored; a cycle (refused at save, see
 * lib/recovery/setup/dependency-cycle.ts) cannot loop it.
 */
export function effectiveTargets(systems: readonly TargetGraphSystem[]): Map<string, EffectiveTargets> {
  const byId = new Map(systems.map((s) => [s.id, s]));
  const dependencies = new Map(
    systems.map((s) => [s.id, [...new Set(s.dependsOn)].flatMap((id) => byId.get(id) ?? []).sort(byName)]),
  );
  const own = new Map(systems.map((s) => [s.id, inheritTargets(s.functions)]));
  const seeds = systems
    .flatMap((s) => {
      const rto = own.get(s.id)!.rto;
      return rto ? [{ system: s, rto }] : [];
    })
    .sort((a, b) => a.rto.minutes - b.rto.minutes || a.rto.functionName.localeCompare(b.rto.functionName) || byName(a.system, b.system));

  // Seeds in order of tightness, each value's seeds spread breadth-first together: the first to
  // reach a system gives it the tightest RTO by the shortest chain, and each system is reached once.
  const rto = new Map<string, EffectiveRto>();
  for (let i = 0; i < seeds.length; ) {
    const minutes = seeds[i].rto.minutes;
    let queue: string[] = [];
    for (; i < seeds.length && seeds[i].rto.minutes === minutes; i++) {
      const { system, rto: target } = seeds[i];
      if (rto.has(system.id)) continue;
      rto.set(system.id, { ...target, through: [] });
      queue.push(system.id);
    }
    while (queue.length) {
      const next: string[] = [];
      for (const id of queue) {
        const from = rto.get(id)!;
        const self = byId.get(id)!;
        for (const dep of dependencies.get(id)!) {
          if (rto.has(dep.id)) continue;
          rto.set(dep.id, { ...from, through: [{ id: self.id, name: self.name }, ...from.through] });
          next.push(dep.id);
        }
      }
      queue = next;
    }
  }
  return new Map(systems.map((s) => [s.id, { rto: rto.get(s.id) ?? null, rpo: own.get(s.id)!.rpo }]));
}

/**
 * Where an inherited RTO comes from, in words, given the function and the names of the systems it
 * came through (nearest first): "inherited from PAYROLL-APP, which depends on it (the RTO of
 * Payroll)"; down a longer chain, how it got there: "inherited from ERP-APP, which depends on it
 * (the RTO of Web orders, which uses WEB-SHOP, which depends on ERP-APP)". Null for an RTO the
 * system's own functions set.
 */
export function inheritedRtoWords({ functionName, through }: { functionName: string; through: readonly string[] }): string | null {
  if (through.length === 0) return null;
  return `inherited from ${through[0]}, which depends on it (the RTO of ${functionName}${chainWords(through)})`;
}

/** The way an RTO came down a chain longer than one dependent: ", which uses WEB-SHOP, which depends on ERP-APP"; "" for one. */
export function chainWords(through: readonly string[]): string {
  if (through.length < 2) return "";
  const [origin, ...below] = [...through].reverse();
  return `, which uses ${origin}${below.map((name) => `, which depends on ${name}`).join("")}`;
}
