// Recovery host capacity (recovery-model.md, "Capacity"). Unaffected systems
// keep their memory; affected systems with a surviving path are then placed on
// their recovery host in (priority, dependency depth, id) order; one that does
// not fit in what is left is unplaced and skipped, so a later, smaller one may
// still fit.
import type { Compiled, CSystem } from "./compile";
import type { ScenarioView } from "./scenario";

export interface HostPlan {
  demandMiB: number;
  availableMiB: number;
  unplaced: number[];
}

export interface Placement {
  placed: boolean[];
  hosts: HostPlan[];
  /** For an unplaced system: the memory that was left on its recovery host when its turn came. */
  leftWhenTried: Map<number, number>;
}

/** Queue order used for placement and for restore streams. */
export function queueOrder(a: CSystem, b: CSystem): number {
  return a.priority - b.priority || a.depth - b.depth || a.index - b.index; // index order is id order
}

export function placeSystems(c: Compiled, view: ScenarioView, hasPath: boolean[]): Placement {
  return view.isolated ? placeEachAlone(c, view, hasPath) : placeTogether(c, view, hasPath);
}

function placeTogether(c: Compiled, view: ScenarioView, hasPath: boolean[]): Placement {
  const available = c.hosts.map((h, i) => (view.hostLost[i] ? 0 : h.availableMiB));
  const running = c.hosts.map(() => 0);
  for (const s of c.systems) if (!view.affected[s.index]) running[s.host] += s.needMiB;
  const placed = c.systems.map(() => false);
  const left = available.map((a, h) => a - running[h]);
  const demand = [...running];
  const unplaced: number[][] = c.hosts.map(() => []);
  const leftWhenTried = new Map<number, number>();
  const queue = c.systems.filter((s) => view.affected[s.index] && hasPath[s.index]).sort(queueOrder);
  for (const s of queue) {
    const h = view.recoveryHost[s.index];
    demand[h] += s.needMiB;
    if (!view.hostLost[h] && s.needMiB <= left[h]) {
      placed[s.index] = true;
      left[h] -= s.needMiB;
    } else {
      unplaced[h].push(s.index);
      leftWhenTried.set(s.index, Math.max(0, left[h]));
    }
  }
  return { placed, hosts: c.hosts.map((_, h) => ({ demandMiB: demand[h], availableMiB: available[h], unplaced: unplaced[h] })), leftWhenTried };
}

// System scenarios: each system alone against its recovery host plus what
// normally runs there. A host's demand is its heaviest single check.
function placeEachAlone(c: Compiled, view: ScenarioView, hasPath: boolean[]): Placement {
  const normal = c.hosts.map(() => 0);
  for (const s of c.systems) normal[s.host] += s.needMiB;
  const demand = [...normal];
  const placed = c.systems.map(() => false);
  const unplaced: number[][] = c.hosts.map(() => []);
  const leftWhenTried = new Map<number, number>();
  for (const s of c.systems) {
    if (!hasPath[s.index]) continue;
    const h = view.recoveryHost[s.index];
    const others = normal[h] - (s.host === h ? s.needMiB : 0);
    demand[h] = Math.max(demand[h], others + s.needMiB);
    if (others + s.needMiB <= c.hosts[h].availableMiB) placed[s.index] = true;
    else {
      unplaced[h].push(s.index);
      leftWhenTried.set(s.index, Math.max(0, c.hosts[h].availableMiB - others));
    }
  }
  return { placed, hosts: c.hosts.map((host, h) => ({ demandMiB: demand[h], availableMiB: host.availableMiB, unplaced: unplaced[h] })), leftWhenTried };
}
