import { tierFor } from "@/lib/priorities/rank";
import { fewOf } from "@/lib/count";

export type PriorityFacts = { name: string; mtdMinutes: number | null; rtoMinutes: number | null; manualRank: number | null; tierId: string | null };

/** "Payroll", "Payroll and Dispatch" or "A, B, C and 4 more", with the pronoun and verb that go with it. */
function named(names: string[]) {
  const one = names.length === 1;
  return { list: fewOf(names, 3), them: one ? "it" : "them", are: one ? "it is" : "they are" };
}

/**
 * How far the priorities stage has got and what it still lacks (pure). The stage asks for what
 * the priorities page shows, a third each: the functions ranked by criticality (an MTD to rank
 * by, or a rank set by hand: without either a function is ranked last, by its name alone), the
 * recovery tiers defined, and the functions that fall into one (set by hand, or an RTO within
 * a tier's limit). Ranking needs no tier, so a plan whose functions are ranked is not "not
 * started" because it has no tiers yet: the tiers are what it lacks. No functions → 0.
 */
export function prioritiesStage({ functions, tiers }: { functions: readonly PriorityFacts[]; tiers: readonly { id: string; name: string; maxRtoMinutes: number }[] }) {
  if (functions.length === 0) return { completeness: 0, todo: [] };
  const unranked = functions.filter((f) => f.mtdMinutes === null && f.manualRank === null).map((f) => f.name);
  const untiered = functions.filter((f) => f.tierId === null && tierFor(f.rtoMinutes, tiers) === null).map((f) => f.name);
  const parts = [1 - unranked.length / functions.length, tiers.length > 0 ? 1 : 0, tiers.length > 0 ? 1 - untiered.length / functions.length : 0];
  const todo: string[] = [];
  if (unranked.length) {
    const { list, them, are } = named(unranked);
    todo.push(`Set the MTD of ${list} in the impact analysis, or rank ${them} by hand, so ${are} ranked by criticality.`);
  }
  if (tiers.length === 0) {
    todo.push("Define the recovery tiers (for example Tier 0 within 4 h, Tier 1 within a day), so each function falls into one.");
  } else if (untiered.length) {
    const { list, them } = named(untiered);
    todo.push(`Put ${list} in a recovery tier: give ${them} an RTO within a tier's limit, or set the tier by hand.`);
  }
  return { completeness: (100 * parts.reduce((a, b) => a + b, 0)) / parts.length, todo };
}
