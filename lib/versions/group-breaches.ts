import { andList, count } from "@/lib/count";

/** A finding of a frozen assessment, as a version's snapshot stores it. */
export type Breach = { code: string; scenario?: string; system?: string; process?: string; message: string };

export type BreachGroup = {
  /** The scenario's key; null for findings that hold in every scenario. */
  key: string | null;
  name: string;
  /** How many of each objective the group misses: what the summary line counts. */
  counts: { rpo: number; rto: number; mtd: number; noPath: number; unplaced: number };
  breaches: Breach[];
};

/** The finding codes that are unmet objectives, and the count each adds to. */
const KIND: Record<string, keyof BreachGroup["counts"]> = {
  RPO_BREACHED: "rpo",
  RTO_BREACHED: "rto",
  MTD_EXCEEDED: "mtd",
  NO_RECOVERY_PATH: "noPath",
  UNPLACED: "unplaced",
};

/** Whether a finding is an unmet objective (as opposed to a warning about evidence or age). */
export const isBreach = (finding: { code: string }) => Object.hasOwn(KIND, finding.code);

/**
 * A version's unmet objectives by scenario, in the plan's scenario order (findings without a
 * scenario first), so an approver reads "ransomware: 6 RTOs missed" instead of one long list in
 * which the same system's sentence recurs once per scenario.
 */
export function groupBreaches(breaches: readonly Breach[], scenarios: readonly { key: string; name: string }[]): BreachGroup[] {
  const groups = new Map<string | null, BreachGroup>();
  const order = [null, ...scenarios.map((s) => s.key)];
  for (const breach of breaches) {
    if (!isBreach(breach)) continue;
    const kind = KIND[breach.code];
    const key = breach.scenario ?? null;
    let group = groups.get(key);
    if (!group) {
      const name = key === null ? "Every scenario" : (scenarios.find((s) => s.key === key)?.name ?? key);
      group = { key, name, counts: { rpo: 0, rto: 0, mtd: 0, noPath: 0, unplaced: 0 }, breaches: [] };
      groups.set(key, group);
    }
    group.counts[kind] += 1;
    group.breaches.push(breach);
  }
  const rank = (key: string | null) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key) || a.name.localeCompare(b.name));
}

/** "2 RPOs, 5 RTOs and 1 MTD missed; 1 system with no copy to restore from" — a group's counts in words. */
export function breachSummary({ rpo, rto, mtd, noPath, unplaced }: BreachGroup["counts"]): string {
  const missed = [rpo && count(rpo, "RPO"), rto && count(rto, "RTO"), mtd && count(mtd, "MTD")].filter((x): x is string => Boolean(x));
  const parts: string[] = [];
  if (missed.length) parts.push(`${andList(missed)} missed`);
  if (noPath) parts.push(`${count(noPath, "system")} with no copy to restore from`);
  if (unplaced) parts.push(`${count(unplaced, "system")} with no host to restore to`);
  return parts.join("; ");
}
