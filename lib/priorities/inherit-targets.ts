export type DependentFunction = { id: string; name: string; rtoMinutes: number | null; rpoMinutes: number | null };

export type InheritedTarget = { minutes: number; functionId: string; functionName: string };

/**
 * A system must meet the tightest target of every function that depends on it: its RTO is the
 * smallest RTO of those functions and its RPO the smallest RPO, each with the function it came
 * from (ties: the function first by name). Functions without the target set do not count.
 */
export function inheritTargets(functions: readonly DependentFunction[]): { rto: InheritedTarget | null; rpo: InheritedTarget | null } {
  const tightest = (pick: (f: DependentFunction) => number | null): InheritedTarget | null => {
    let best: InheritedTarget | null = null;
    for (const f of [...functions].sort((a, b) => a.name.localeCompare(b.name))) {
      const minutes = pick(f);
      if (minutes === null) continue;
      if (!best || minutes < best.minutes) best = { minutes, functionId: f.id, functionName: f.name };
    }
    return best;
  };
  return { rto: tightest((f) => f.rtoMinutes), rpo: tightest((f) => f.rpoMinutes) };
}

/**
 * The functions that set a target: every one with the tightest value, by name, since several may
 * tie ("2 h, from Order taking, Dispatch"); none when no function sets it.
 */
export function tightestFunctions(functions: readonly { name: string; value: number | null }[]): { minutes: number | null; from: string[] } {
  const set = functions.filter((f): f is { name: string; value: number } => f.value !== null);
  if (set.length === 0) return { minutes: null, from: [] };
  const minutes = Math.min(...set.map((f) => f.value));
  return { minutes, from: set.filter((f) => f.value === minutes).map((f) => f.name).sort((a, b) => a.localeCompare(b)) };
}
