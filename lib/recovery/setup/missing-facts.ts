import { count, fewOf } from "@/lib/count";

/** A system as far as its recovery can be assessed: what it has of the facts the engine needs. */
export type DescribedSystem = { name: string; hasHost: boolean; hasMemory: boolean; hasUsedSize: boolean; hasPolicy: boolean };

/**
 * The to-do for systems not yet described well enough to assess, one line per missing fact with
 * the systems that lack it by name ("Put PRINT01 in a backup policy.", "Give 2 systems a used
 * size (WMS and PRINT01)."), so that an imported VM with its host, memory and size is asked only
 * for what it lacks. Names in the order given; a long list ends "and N more".
 */
export function missingFactsTodo(systems: readonly DescribedSystem[]): string[] {
  const facts: { lacks: (s: DescribedSystem) => boolean; one: (name: string) => string; many: (n: string, names: string) => string }[] = [
    { lacks: (s) => !s.hasHost, one: (name) => `Give ${name} a host.`, many: (n, names) => `Give ${n} a host (${names}).` },
    { lacks: (s) => !s.hasMemory, one: (name) => `Give ${name} a memory size.`, many: (n, names) => `Give ${n} a memory size (${names}).` },
    { lacks: (s) => !s.hasUsedSize, one: (name) => `Give ${name} a used size.`, many: (n, names) => `Give ${n} a used size (${names}).` },
    { lacks: (s) => !s.hasPolicy, one: (name) => `Put ${name} in a backup policy.`, many: (n, names) => `Put ${n} in a backup policy (${names}).` },
  ];
  return facts.flatMap(({ lacks, one, many }) => {
    const names = systems.filter(lacks).map((s) => s.name);
    if (names.length === 0) return [];
    return [names.length === 1 ? one(names[0]) : many(count(names.length, "system"), fewOf(names))];
  });
}
