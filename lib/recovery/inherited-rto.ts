/**
 * How the recovery pages say where an RTO passed down a dependency comes from (the engine's
 * findings and statuses only carry the number). Pure.
 */
import { formatDuration } from "@/lib/engine";
import { inheritedRtoWords } from "@/lib/priorities/effective-targets";
import type { InheritedRto } from "@/lib/recovery/to-model";

/** In full, as a finding's note: "RTO 4 h, inherited from PAYROLL-APP, which depends on it (the RTO of Payroll)." */
export function inheritedRtoSentence(rto: InheritedRto): string {
  return `RTO ${formatDuration(rto.minutes)}, ${inheritedRtoWords(rto)}.`;
}

/** The inherited RTOs of the named systems (those a page shows), by system. */
export function inheritedRtoOf(inherited: readonly InheritedRto[], systems: readonly string[]): Record<string, InheritedRto> {
  const wanted = new Set(systems);
  return Object.fromEntries(inherited.filter((i) => wanted.has(i.system)).map((i) => [i.system, i]));
}
