import { vmNeedMiB } from "@/lib/engine/compile";
import { formatMiB } from "@/lib/engine/words";
import { fewOf } from "@/lib/count";
import { memoryPair } from "@/lib/recovery/memory-pair";

/** What a host's own systems need today: `memoryUnknown` names those whose memory is not recorded (sorted as given). */
export type HostLoad = { neededMiB: number; memoryUnknown: string[] };

/**
 * The memory a host's own systems need, as the engine counts a restore onto it (RAM plus the
 * per-VM overhead). A VM without memory is not assessed at all (lib/recovery/to-model.ts): the
 * engine would take its memory as 0 and its need as the overhead alone, so it is named as not
 * known rather than counted as next to nothing.
 */
export function hostLoad(systems: readonly { name: string; ramMiB: number | null }[]): HostLoad {
  let neededMiB = 0;
  const memoryUnknown: string[] = [];
  for (const s of systems) {
    if (s.ramMiB === null) memoryUnknown.push(s.name);
    else neededMiB += vmNeedMiB(s.ramMiB);
  }
  return { neededMiB, memoryUnknown };
}

/**
 * The load in words, against what the host has for them: "8.1 GiB of 7 GiB (over by 1.1 GiB: they
 * cannot all run here)"; with VMs whose memory is not recorded, a lower bound naming them ("at least
 * 4.1 GiB of 7 GiB; memory not recorded for SYS1 and SYS2"), or "not known" when none has it. The
 * two figures are given in MiB when they differ but would read alike (lib/recovery/memory-pair.ts).
 */
export function hostLoadText({ neededMiB, memoryUnknown, availableMiB }: HostLoad & { availableMiB: number }): string {
  const unknown = memoryUnknown.length > 0;
  const unrecorded = unknown ? `memory not recorded for ${fewOf(memoryUnknown)}` : "";
  if (unknown && neededMiB === 0) return `not known of ${formatMiB(availableMiB)}: ${unrecorded}`;
  const atLeast = unknown ? "at least " : "";
  const over = neededMiB > availableMiB ? ` (over by ${atLeast}${formatMiB(neededMiB - availableMiB)}: they cannot all run here)` : "";
  const [needed, available] = memoryPair({ neededMiB, availableMiB, format: formatMiB });
  return `${atLeast}${needed} of ${available}${over}${unknown ? `; ${unrecorded}` : ""}`;
}
