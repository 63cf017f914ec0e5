// Consistency groups at the disaster instant: the spread of the points the
// members would come back from.
import type { Compiled } from "./compile";
import type { ScenarioView } from "./scenario";
import type { GroupResult } from "./types";

export interface GroupDetail {
  result: GroupResult;
  /** Each member's chosen pointInTime (null: affected but nothing usable at the disaster). */
  chosen: Array<{ system: number; pit: number | null }>;
}

/**
 * `atPits[s]` is the point an affected system's RPO at the disaster uses. An
 * unaffected member counts as current. In a system scenario each member is
 * lost alone while the others run on, so the skew is the largest distance of a
 * member's point from the disaster instant.
 */
export function assessGroup(c: Compiled, view: ScenarioView, index: number, atPits: Array<number | null>, round: (x: number) => number): GroupDetail {
  const g = c.groups[index];
  const at = view.sc.at;
  if (at === null) return { result: { id: g.id, skewMinutes: null, consistent: null, rpoAtDisasterMinutes: null }, chosen: [] };
  const chosen = g.systems.map((s) => ({ system: s, pit: view.affected[s] ? atPits[s] : at }));
  if (chosen.some((x) => x.pit === null)) {
    return { result: { id: g.id, skewMinutes: null, consistent: false, rpoAtDisasterMinutes: null }, chosen };
  }
  const pits = chosen.map((x) => x.pit as number);
  const oldest = Math.min(at, ...pits);
  const newest = view.isolated ? at : Math.max(...pits, oldest);
  const skew = round(newest - oldest);
  return {
    result: { id: g.id, skewMinutes: skew, consistent: skew <= g.maxSkew, rpoAtDisasterMinutes: round(at - oldest) },
    chosen,
  };
}
