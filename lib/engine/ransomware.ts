// Ransomware eligibility. Under an attack at t with clean boundary t - shift
// (shift = at - cleanBefore), a point on a path is eligible when it has landed,
// its pointInTime is before the boundary, and it is on offline media or still
// locked (landedAt + lock > t). Points land in pointInTime order, so the newest
// eligible point is min(newest landed, newest clean) provided that one is still
// locked: older points landed earlier and their locks ran out first.
import type { PathStream } from "./paths";
import { lastAtOrBefore, lastBefore, nextUp, NONE, StepBuilder, type StepFn } from "./stepfn";

/** pointInTime of the newest eligible point at t, or NONE. `lock` is Infinity for offline media. */
export function eligibleAt(path: PathStream, t: number, shift: number, lock: number): number {
  const i = lastAtOrBefore(path.steps.b, t);
  const k = lastBefore(path.held, t - shift);
  if (i < 0 || k < 0) return NONE;
  const landedNewest = path.steps.v[i];
  const newestIsOlder = landedNewest <= path.held[k];
  const point = newestIsOlder ? landedNewest : path.held[k];
  const landedAt = newestIsOlder ? path.steps.b[i] : path.landed[k];
  return landedAt + lock > t ? point : NONE;
}

/** eligibleAt as a step function of t: the attack shifted across every instant. */
export function eligibleFn(path: PathStream, shift: number, lock: number): StepFn {
  const { b, v } = path.steps;
  const { held, landed } = path;
  const cleanFrom = new Float64Array(held.length); // held[k] is clean for attacks from here on
  for (let k = 0; k < held.length; k++) cleanFrom[k] = nextUp(held[k] + shift);
  const out = new StepBuilder(b.length + held.length);
  let i = -1;
  let k = -1;
  let pi = 0;
  let pk = 0;
  while (pi < b.length || pk < held.length) {
    const t = Math.min(pi < b.length ? b[pi] : Infinity, pk < held.length ? cleanFrom[pk] : Infinity);
    while (pi < b.length && b[pi] <= t) i = pi++;
    while (pk < held.length && cleanFrom[pk] <= t) k = pk++;
    if (i < 0 || k < 0) continue;
    const next = Math.min(pi < b.length ? b[pi] : Infinity, pk < held.length ? cleanFrom[pk] : Infinity);
    const newestIsOlder = v[i] <= held[k];
    const point = newestIsOlder ? v[i] : held[k];
    const expires = (newestIsOlder ? b[i] : landed[k]) + lock;
    if (expires <= t) {
      out.push(t, NONE);
    } else {
      out.push(t, point);
      if (expires < next) out.push(expires, NONE);
    }
  }
  return out.build();
}
