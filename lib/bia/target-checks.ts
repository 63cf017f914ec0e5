import { formatDuration } from "@/lib/durations";
import { andList, count } from "@/lib/count";

export type TargetFlag = { code: "rto_not_below_mtd" | "rto_wrt_exceed_mtd"; message: string };
type TargetValues = { mtdMinutes: number | null; rtoMinutes: number | null; wrtMinutes: number | null };

/**
 * The soundness checks on a function's targets (NIST SP 800-34: the RTO must be shorter than the
 * MTD, and the systems' RTO plus the work recovery time must fit in it). RTO ≥ MTD is the
 * stronger finding and replaces the RTO + WRT one. RPO is not part of the MTD.
 */
export function checkTargets({ mtdMinutes, rtoMinutes, wrtMinutes }: TargetValues): TargetFlag[] {
  if (mtdMinutes === null || rtoMinutes === null) return [];
  if (rtoMinutes >= mtdMinutes) {
    return [
      {
        code: "rto_not_below_mtd",
        message: `The RTO (${formatDuration(rtoMinutes)}) is not shorter than the MTD (${formatDuration(mtdMinutes)}).`,
      },
    ];
  }
  const wrt = wrtMinutes ?? 0;
  if (rtoMinutes + wrt > mtdMinutes) {
    return [
      {
        code: "rto_wrt_exceed_mtd",
        message: `RTO + WRT (${formatDuration(rtoMinutes + wrt)}) exceeds the MTD (${formatDuration(mtdMinutes)}).`,
      },
    ];
  }
  return [];
}

// Enough names to find them on the BIA list; the rest are counted.
const NAMED = 5;

function named(names: string[]): string {
  return names.length > NAMED ? `${names.slice(0, NAMED).join(", ")} and ${names.length - NAMED} more` : andList(names);
}

/**
 * What the BIA stage still lacks for the functions whose targets fail a check, one sentence per
 * check naming them ("Make 1 function's RTO + WRT fit in its MTD: Temperature monitoring."): a
 * function may be saved so, with a reason, but a sound plan has none (pure).
 */
export function unsoundTargetsTodo(functions: readonly ({ name: string } & TargetValues)[]): string[] {
  const failing = (code: TargetFlag["code"]) => functions.filter((fn) => checkTargets(fn).some((flag) => flag.code === code)).map((fn) => fn.name);
  const sentence = (names: string[], fix: (its: string) => string) =>
    names.length ? [`Make ${count(names.length, "function's", "functions'")} ${fix(names.length === 1 ? "its" : "their")}: ${named(names)}.`] : [];
  return [
    ...sentence(failing("rto_not_below_mtd"), (its) => `RTO shorter than ${its} MTD`),
    ...sentence(failing("rto_wrt_exceed_mtd"), (its) => `RTO + WRT fit in ${its} MTD`),
  ];
}

const TARGET_NAMES = [
  ["mtdMinutes", "MTD"],
  ["rtoMinutes", "RTO"],
  ["rpoMinutes", "RPO"],
  ["wrtMinutes", "WRT"],
] as const;

type Targets = Record<(typeof TARGET_NAMES)[number][0], number | null>;

/**
 * What a function's list row says beside its flags: every target not yet set ("RPO not set"), or
 * "Targets not set" when none is. "OK" is only for a function with all four set and no flag, so a
 * missing RPO or WRT never reads as a passed check.
 */
export function targetGaps(targets: Targets): string[] {
  const missing = TARGET_NAMES.filter(([field]) => targets[field] === null).map(([, name]) => `${name} not set`);
  return missing.length === TARGET_NAMES.length ? ["Targets not set"] : missing;
}
