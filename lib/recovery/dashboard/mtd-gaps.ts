/**
 * What a business function's MTD check cannot see: its systems left out of the model. The engine
 * checks a function against the systems it is given, and a function whose systems are all left
 * out has nothing to wait for — recovered "in 0 min", "within MTD". That is no answer, so the MTD
 * table (screen and PDF) says what is not known instead. Pure; shared by both.
 */
import type { HostlessSystem, IncompleteSystem } from "@/lib/recovery/to-model";

export type FunctionGaps = {
  /** VMs left out for missing memory or used size. */
  notAssessed: string[];
  /** Systems with no host that are not SaaS (a physical server not yet mapped, say): nobody has assessed their restore. */
  noHost: string[];
  /** SaaS services: their provider restores them, so there is no restore of ours to time. */
  byProvider: string[];
  /** How many of its systems the engine assessed. */
  modelled: number;
};

export type LeftOut = { incomplete?: IncompleteSystem[]; hostless?: HostlessSystem[]; processes?: { id: string; systems: string[] }[] };

/** Each function's gaps, by the function's name (the model's process id). */
export function functionGaps({ incomplete = [], hostless = [], processes = [] }: LeftOut): (process: string) => FunctionGaps {
  const modelled = new Map(processes.map((p) => [p.id, p.systems.length]));
  const of = <T extends { system: string; functions: string[] }>(list: T[], process: string) => list.filter((x) => x.functions.includes(process)).map((x) => x.system);
  return (process) => ({
    notAssessed: of(incomplete, process),
    noHost: of(hostless.filter((h) => !h.saas), process),
    byProvider: of(hostless.filter((h) => h.saas), process),
    modelled: modelled.get(process) ?? 0,
  });
}

/**
 * How a function's MTD check reads given its gaps. A failed check stands (the systems not
 * assessed can only add time). Otherwise a system nobody assessed makes it "not known"; a
 * function with only SaaS services is not assessed here; one with SaaS services beside ours
 * passes for our systems only. `time`: whether its recovery time is the whole answer ("known"),
 * a lower bound ("at least") or nothing to show ("none", nothing of ours was assessed).
 */
export function mtdReading(row: { mtdOk: boolean | null }, gaps: FunctionGaps): { state: "exceeded" | "not-known" | "provider" | "no-mtd" | "met"; words: string | null; time: "known" | "at least" | "none"; slack: boolean } {
  const provider = gaps.byProvider.length ? `${gaps.byProvider.join(", ")} restored by ${gaps.byProvider.length === 1 ? "its" : "their"} provider` : null;
  const unknown = [
    gaps.notAssessed.length ? `${gaps.notAssessed.join(", ")} not assessed (facts missing)` : null,
    gaps.noHost.length ? `${gaps.noHost.join(", ")} not assessed (no host)` : null,
  ].filter((x) => x !== null);
  const partial = unknown.length > 0 || provider !== null;
  const time = !partial ? "known" : gaps.modelled === 0 ? "none" : unknown.length ? "at least" : "known";
  if (row.mtdOk === false) return { state: "exceeded", words: null, time, slack: true };
  if (unknown.length) return { state: "not-known", words: `not known: ${[...unknown, ...(provider ? [provider] : [])].join("; ")}`, time, slack: false };
  if (provider && gaps.modelled === 0) return { state: "provider", words: `not assessed here: ${provider}`, time, slack: false };
  if (row.mtdOk === null) return { state: "no-mtd", words: null, time, slack: true };
  return { state: "met", words: provider ? `for our systems; ${provider}` : null, time, slack: true };
}
