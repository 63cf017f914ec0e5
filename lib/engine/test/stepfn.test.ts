import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PathStream } from "../paths";
import { eligibleAt, eligibleFn } from "../ransomware";
import { fromIntervals, nextUp, NONE, StepIndex, unionFns, valueAt, worstOfMax, worstOver, type StepFn } from "../stepfn";

const fn = (b: number[], v: number[]): StepFn => ({ b: Float64Array.from(b), v: Float64Array.from(v), monotone: v.every((x, i) => i === 0 || x >= v[i - 1]) });

describe("step functions", () => {
  // Points landing at 10, 20, 40 with pointInTime 5, 15, 30.
  const f = fn([10, 20, 40], [5, 15, 30]);

  it("value at an instant is the newest point landed by then", () => {
    expect([valueAt(f, 9), valueAt(f, 10), valueAt(f, 39), valueAt(f, 100)]).toEqual([NONE, 5, 15, 30]);
  });

  it("worst case is the supremum of t - value over the window", () => {
    // [10, 50): just before 20: 20 - 5 = 15; before 40: 40 - 15 = 25; before 50: 50 - 30 = 20.
    expect(worstOver(f, 10, 50)).toBe(25);
    // [25, 35): only the segment valued 15: 35 - 15 = 20.
    expect(worstOver(f, 25, 35)).toBe(20);
    // Nothing usable at 5: unbounded.
    expect(worstOver(f, 5, 50)).toBe(Infinity);
  });

  it("the union is the newest of either, and its worst case can be walked without building it", () => {
    const g = fn([15, 30], [12, 25]);
    const u = unionFns([f, g]);
    expect([...u.b]).toEqual([10, 15, 20, 30, 40]);
    expect([...u.v]).toEqual([5, 12, 15, 25, 30]);
    // [10, 50): before 15: 10; before 20: 8; before 30: 15; before 40: 15; before 50: 20.
    expect(worstOver(u, 10, 50)).toBe(20);
    expect(worstOfMax([f, g], 10, 50)).toBe(20);
    expect(worstOfMax([f, g, fn([12], [11])], 10, 50)).toBe(20);
  });

  it("an index answers the worst case over any stretch, with an extra point on top, without walking the steps", () => {
    const index = new StepIndex(f, 50);
    expect(index.worstWith(10, 50, NONE)).toBe(25);
    expect(index.worstWith(25, 35, NONE)).toBe(20);
    expect(index.worstWith(5, 50, NONE)).toBe(Infinity);
    // A point of 12 from 5 on: it is the newest until 20 (20 - 12 = 8), then 15 until 40 (25), then 30.
    expect(index.worstWith(5, 50, 12)).toBe(25);
    // A point of 28: the newest until 40 (40 - 28 = 12), then 30 until 50 (20).
    expect(index.worstWith(10, 50, 28)).toBe(20);
    // Against the union built step by step: steps that lose their point (ransomware's expiring
    // locks) and values that fall, any stretch, any extra point.
    const step = fc.record({ gap: fc.integer({ min: 1, max: 20 }), value: fc.option(fc.integer({ min: -50, max: 300 }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.integer({ min: -20, max: 320 }), fc.integer({ min: 1, max: 200 }), fc.option(fc.integer({ min: -60, max: 320 }), { nil: undefined }), (steps, a, length, extra) => {
        let t = 0;
        const h = fn(steps.map((x) => (t += x.gap)), steps.map((x) => x.value ?? NONE));
        const c = extra ?? NONE;
        const expected = worstOver(c === NONE ? h : unionFns([h, fn([a], [c])]), a, a + length);
        expect(new StepIndex(h, a + length + 30).worstWith(a, a + length, c)).toBe(expected);
      }),
    );
  });

  it("builds the newest active point from points usable over intervals", () => {
    // Points that never stop being usable: the one landing at 20 is older than one already there.
    const landed = fromIntervals([
      { start: 30, end: Infinity, value: 25 },
      { start: 10, end: Infinity, value: 5 },
      { start: 20, end: Infinity, value: 1 },
    ]);
    expect([...landed.b]).toEqual([10, 30]);
    expect([...landed.v]).toEqual([5, 25]);
    const intervals = fromIntervals([
      { start: 0, end: 10, value: 4 },
      { start: 5, end: 20, value: 2 },
    ]);
    expect([...intervals.b]).toEqual([0, 10, 20]);
    expect([...intervals.v]).toEqual([4, 2, NONE]);
    expect(intervals.monotone).toBe(false);
  });

  it("nextUp is the next double", () => {
    expect(nextUp(1)).toBe(1 + Number.EPSILON);
    expect(nextUp(-1)).toBe(-1 + Number.EPSILON / 2);
    expect(nextUp(2 ** 32 - 0.5)).toBeGreaterThan(2 ** 32 - 0.5); // carries into the high word
    // Nothing lies strictly between x and nextUp(x): their midpoint rounds to one of them.
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e15, max: 1e15 }), (x) => {
        const y = nextUp(x);
        return y > x && ((x + y) / 2 === x || (x + y) / 2 === y);
      }),
    );
  });
});

describe("ransomware eligibility as a function of the attack time", () => {
  // A path of points every 10 min (pit 0, 10, ..., 200), each landing 3 min after its pit.
  const pits = Array.from({ length: 21 }, (_, i) => i * 10);
  const path = (lag: number): PathStream => {
    const landed = Float64Array.from(pits.map((p) => p + lag));
    const held = Float64Array.from(pits);
    return { location: 0, kind: "target", copy: -1, steps: { b: landed, v: held, monotone: true }, held, landed, cadence: 10, delay: lag };
  };

  it("agrees with the point-wise definition at every instant", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 250 }), (shift, lock, lag, t) => {
        const p = path(lag);
        const f = eligibleFn(p, shift, lock);
        expect(valueAt(f, t + 0.5)).toBe(eligibleAt(p, t + 0.5, shift, lock));
      }),
    );
  });

  it("is exact at the clean boundary: a point is clean only strictly before it", () => {
    const p = path(0);
    // Attack at 50 with clean boundary 50 - 20 = 30: the point of 30 is not clean, 20 is.
    expect(eligibleAt(p, 50, 20, Infinity)).toBe(20);
    expect(valueAt(eligibleFn(p, 20, Infinity), 50)).toBe(20);
    // Locked 15 min: the point of 20 landed at 20 and is unlocked from 35 on.
    expect(eligibleAt(p, 50, 20, 15)).toBe(NONE);
  });
});
