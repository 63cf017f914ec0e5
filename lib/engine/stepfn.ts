// "The pointInTime of the newest point usable at t" as a step function of t.
// Every RPO question is asked of one: its value at an instant (RPO at the
// disaster), or the supremum of t - value(t) over the window (worst-case RPO),
// which only changes where the function steps, so the sweep visits steps only.
import { Heap } from "./heap";

/** Value v[i] on [b[i], b[i+1]); -Infinity (no usable point) before b[0] and wherever v is -Infinity. */
export interface StepFn {
  readonly b: Float64Array;
  readonly v: Float64Array;
  /** Values never decrease (no point ever stops being usable): the normal, non-ransomware case. */
  readonly monotone: boolean;
}

export const NONE = -Infinity;
export const EMPTY_FN: StepFn = { b: new Float64Array(0), v: new Float64Array(0), monotone: true };

/** Index of the last element <= t, or -1. */
export function lastAtOrBefore(a: Float64Array, t: number): number {
  let lo = 0;
  let hi = a.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the last element < t, or -1. */
export function lastBefore(a: Float64Array, t: number): number {
  let lo = 0;
  let hi = a.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function valueAt(fn: StepFn, t: number): number {
  const i = lastAtOrBefore(fn.b, t);
  return i < 0 ? NONE : fn.v[i];
}

/** sup over t in [lo, hi) of t - fn(t); Infinity when some t there has no point. */
export function worstOver(fn: StepFn, lo: number, hi: number): number {
  const { b, v } = fn;
  let i = lastAtOrBefore(b, lo);
  if (i < 0) return Infinity; // nothing usable at lo
  let worst = -Infinity;
  for (; i < b.length && b[i] < hi; i++) {
    const end = i + 1 < b.length ? Math.min(b[i + 1], hi) : hi;
    if (end <= Math.max(b[i], lo)) continue;
    if (v[i] === NONE) return Infinity;
    // t - v grows until the next step; the supremum is at the (excluded) end.
    worst = Math.max(worst, end - v[i]);
  }
  return worst;
}

/**
 * worstOver(max(fns...), lo, hi) without building the union: a k-way walk
 * over the breakpoints from lo, allocating nothing.
 */
export function worstOfMax(fns: readonly StepFn[], lo: number, hi: number): number {
  const k = fns.length;
  if (k === 1) return worstOver(fns[0], lo, hi);
  if (k === 2) return worstOfTwo(fns[0], fns[1], lo, hi);
  const at = new Int32Array(k);
  const cur = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const i = lastAtOrBefore(fns[j].b, lo);
    cur[j] = i < 0 ? NONE : fns[j].v[i];
    at[j] = i + 1;
  }
  let t = lo;
  let worst = -Infinity;
  for (;;) {
    let value = NONE;
    let next = hi;
    for (let j = 0; j < k; j++) {
      if (cur[j] > value) value = cur[j];
      const b = fns[j].b;
      if (at[j] < b.length && b[at[j]] < next) next = b[at[j]];
    }
    if (next > t) {
      if (value === NONE) return Infinity;
      if (next - value > worst) worst = next - value;
    }
    if (next >= hi) return worst;
    t = next;
    for (let j = 0; j < k; j++) {
      const f = fns[j];
      while (at[j] < f.b.length && f.b[at[j]] <= t) cur[j] = f.v[at[j]++];
    }
  }
}

/** worstOfMax for two functions: the common case (a system in two policies), kept tight. */
function worstOfTwo(f: StepFn, g: StepFn, lo: number, hi: number): number {
  const fb = f.b;
  const fv = f.v;
  const gb = g.b;
  const gv = g.v;
  let i = lastAtOrBefore(fb, lo);
  let j = lastAtOrBefore(gb, lo);
  let fcur = i < 0 ? NONE : fv[i];
  let gcur = j < 0 ? NONE : gv[j];
  i++;
  j++;
  let t = lo;
  let worst = -Infinity;
  for (;;) {
    const nf = i < fb.length ? fb[i] : Infinity;
    const ng = j < gb.length ? gb[j] : Infinity;
    let next = nf < ng ? nf : ng;
    if (next > hi) next = hi;
    const value = fcur > gcur ? fcur : gcur;
    if (next > t) {
      if (value === NONE) return Infinity;
      if (next - value > worst) worst = next - value;
    }
    if (next >= hi) return worst;
    t = next;
    if (nf === next) fcur = fv[i++];
    if (ng === next) gcur = gv[j++];
  }
}

/** Builds a function from breakpoints, merging repeats; times must be pushed in non-decreasing order. */
export class StepBuilder {
  private b: Float64Array;
  private v: Float64Array;
  private n = 0;
  constructor(capacity = 16) {
    this.b = new Float64Array(Math.max(4, capacity));
    this.v = new Float64Array(Math.max(4, capacity));
  }
  push(t: number, value: number): void {
    const n = this.n;
    if (n === 0 ? value === NONE : this.v[n - 1] === value) return;
    if (n > 0 && this.b[n - 1] === t) {
      // Same instant: the later value wins, and may now repeat the one before.
      if (n > 1 && this.v[n - 2] === value) this.n--;
      else this.v[n - 1] = value;
      return;
    }
    if (n === this.b.length) {
      const b = new Float64Array(n * 2);
      const v = new Float64Array(n * 2);
      b.set(this.b);
      v.set(this.v);
      this.b = b;
      this.v = v;
    }
    this.b[n] = t;
    this.v[n] = value;
    this.n = n + 1;
  }
  build(): StepFn {
    const { n } = this;
    let monotone = true;
    for (let i = 1; i < n && monotone; i++) if (this.v[i] < this.v[i - 1]) monotone = false;
    // A mostly full buffer is kept as a view rather than copied.
    const keep = n * 2 >= this.b.length;
    return { b: keep ? this.b.subarray(0, n) : this.b.slice(0, n), v: keep ? this.v.subarray(0, n) : this.v.slice(0, n), monotone };
  }
}

/** Pointwise maximum: the newest point usable on any of the paths. */
export function unionFns(fns: readonly StepFn[]): StepFn {
  const live = fns.filter((f) => f.b.length > 0);
  if (live.length === 0) return EMPTY_FN;
  if (live.length === 1) return live[0];
  const k = live.length;
  const at = new Int32Array(k);
  const cur = new Float64Array(k).fill(NONE);
  const out = new StepBuilder(live.reduce((n, f) => n + f.b.length, 0));
  for (;;) {
    let t = Infinity;
    for (let j = 0; j < k; j++) if (at[j] < live[j].b.length && live[j].b[at[j]] < t) t = live[j].b[at[j]];
    if (t === Infinity) break;
    let best = NONE;
    for (let j = 0; j < k; j++) {
      if (at[j] < live[j].b.length && live[j].b[at[j]] === t) cur[j] = live[j].v[at[j]++];
      if (cur[j] > best) best = cur[j];
    }
    out.push(t, best);
  }
  return out.build();
}

/** Step function of points each usable only during [start, end): the newest active at t. */
export function fromIntervals(items: ReadonlyArray<{ start: number; end: number; value: number }>): StepFn {
  const live = items.filter((x) => x.end > x.start);
  const times = [...new Set(live.flatMap((x) => [x.start, x.end]))].filter((t) => t !== Infinity).sort((a, b) => a - b);
  const byStart = [...live].sort((a, b) => a.start - b.start);
  // Max-heap of active values, lazily dropping the expired ones.
  const active = new Heap<{ end: number; value: number }>((a, b) => b.value - a.value);
  const out = new StepBuilder();
  let next = 0;
  for (const t of times) {
    while (next < byStart.length && byStart[next].start <= t) active.push(byStart[next++]);
    while (active.size > 0 && active.peek()!.end <= t) active.pop();
    out.push(t, active.size > 0 ? active.peek()!.value : NONE);
  }
  return out.build();
}

/**
 * A step function with range queries over its steps, so that the worst case of the function
 * with a few extra points on top (a system's own observed points over a union of paths that all
 * the policy's systems share) costs O(log n) per stretch of time where those points stay the
 * same, however many steps the function has: segment trees of each step's own worst case and of
 * its value.
 */
export class StepIndex {
  private readonly size: number;
  /** Leaf j: t − v(t) just before step j ends (at hi at the latest; Infinity without a point); a node: its leaves' largest. */
  private readonly worst: Float64Array;
  /** Leaf j: step j's value; a node: its leaves' smallest. */
  private readonly least: Float64Array;

  constructor(
    readonly fn: StepFn,
    hi: number,
  ) {
    const { b, v } = fn;
    let size = 1;
    while (size < b.length) size *= 2;
    this.size = size;
    this.worst = new Float64Array(2 * size).fill(-Infinity);
    this.least = new Float64Array(2 * size).fill(Infinity);
    for (let j = 0; j < b.length; j++) {
      this.worst[size + j] = (j + 1 < b.length ? Math.min(b[j + 1], hi) : hi) - v[j];
      this.least[size + j] = v[j];
    }
    for (let i = size - 1; i >= 1; i--) {
      this.worst[i] = Math.max(this.worst[2 * i], this.worst[2 * i + 1]);
      this.least[i] = Math.min(this.least[2 * i], this.least[2 * i + 1]);
    }
  }

  /** Largest worst case among steps l..r (-Infinity when l > r). */
  private worstIn(l: number, r: number): number {
    let best = -Infinity;
    for (l += this.size, r += this.size + 1; l < r; l >>= 1, r >>= 1) {
      if (l & 1) best = Math.max(best, this.worst[l++]);
      if (r & 1) best = Math.max(best, this.worst[--r]);
    }
    return best;
  }

  /** The last step among l..r whose value is below c, or -1. */
  private lastBelow(l: number, r: number, c: number, node = 1, from = 0, to = this.size - 1): number {
    if (to < l || from > r || !(this.least[node] < c)) return -1;
    if (from === to) return from;
    const mid = (from + to) >> 1;
    const right = this.lastBelow(l, r, c, 2 * node + 1, mid + 1, to);
    return right >= 0 ? right : this.lastBelow(l, r, c, 2 * node, from, mid);
  }

  /**
   * sup over t in [a, b) of t − max(fn(t), c), for a < b within the window the index was built
   * for, where c is an extra point usable all through [a, b) (NONE for none). Infinity when some
   * t there has no point.
   */
  worstWith(a: number, b: number, c: number): number {
    const { b: at, v } = this.fn;
    const first = lastAtOrBefore(at, a); // -1: no step yet at a
    const last = lastBefore(at, b);
    const end = (j: number) => (j + 1 < at.length ? Math.min(at[j + 1], b) : b);
    let worst = -Infinity;
    let from = first;
    if (c === NONE) {
      if (first < 0) return Infinity;
    } else {
      // Until the last stretch below c ends (no step yet counts as below), the newest point is
      // c; every stretch before it is older than c or ends sooner, so none does worse.
      const below = this.lastBelow(Math.max(first, 0), last, c);
      if (below >= 0 || first < 0) {
        worst = end(below) - c;
        from = below + 1;
      }
    }
    // Whole steps end where the next begins; the last one at b.
    if (from <= last) worst = Math.max(worst, this.worstIn(from, last - 1), end(last) - v[last]);
    return worst;
  }
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[0] low word, u32[1] high word

/** The next representable double above x: turns "after x" into "from nextUp(x)". */
export function nextUp(x: number): number {
  if (x === Infinity || Number.isNaN(x)) return x;
  if (x === 0) return Number.MIN_VALUE;
  f64[0] = x;
  // Doubles of one sign are ordered like their bit patterns: step the magnitude.
  if (x > 0) {
    u32[0] += 1; // wraps to 0 on carry
    if (u32[0] === 0) u32[1] += 1;
  } else {
    if (u32[0] === 0) u32[1] -= 1; // borrow
    u32[0] -= 1;
  }
  return f64[0];
}
