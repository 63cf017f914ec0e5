// Point streams of one backup policy: its target and each copy is a path, and
// each path is computed once per policy (every system of the policy shares it).
// A path knows the newest point landed by any instant (its step function) and,
// for ransomware, every point it holds with its first landing.
import type { CPolicy } from "./compile";
import { firesBetween, largestGap } from "./schedule";
import type { StepFn } from "./stepfn";

export type PathKind = "target" | "immediate" | "scheduled" | "rotation";

export interface PathStream {
  location: number;
  kind: PathKind;
  /** Index in policy.copies; -1 for the target. */
  copy: number;
  /** Newest pointInTime landed by t. */
  steps: StepFn;
  /** pointInTime of every point held there (ascending)... */
  held: Float64Array;
  /** ...and the instant each first landed there. */
  landed: Float64Array;
  /** Largest gap of the schedule that paces this path (jobs, or copy/rotation fires). */
  cadence: number;
  /** Fixed delay from the paced event to landing (window, plus lag for an immediate copy; lag otherwise). */
  delay: number;
}

const DAY = 1440;
const MAX_LEAD = 12 * 366 * DAY; // a Feb-29-only rule fires at least every 8 years

/**
 * The policy's paths, exact for every t in [exactFrom, hi]. Schedules run
 * forever in both directions, so the expansion starts early enough that each
 * path already holds a point at exactFrom (doubling the lead until it does).
 */
export function buildPolicyStreams(p: CPolicy, exactFrom: number, hi: number): PathStream[] {
  const maxLag = Math.max(0, ...p.copies.map((c) => c.lag));
  for (let lead = 8 * DAY + p.window + maxLag; ; lead *= 2) {
    const from = exactFrom - lead;
    const jobs = firesBetween(p.schedule, from, hi);
    const paths = [targetPath(p, jobs), ...p.copies.map((_, i) => copyPath(p, i, jobs, from, hi))];
    if (lead >= MAX_LEAD || paths.every((x) => x.steps.b.length > 0 && x.steps.b[0] < exactFrom)) return paths;
  }
}

function shifted(a: Float64Array, by: number): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] + by;
  return out;
}

function targetPath(p: CPolicy, jobs: Float64Array): PathStream {
  const landed = shifted(jobs, p.window);
  return {
    location: p.target,
    kind: "target",
    copy: -1,
    steps: { b: landed, v: jobs, monotone: true },
    held: jobs,
    landed,
    cadence: largestGap(jobs),
    delay: p.window,
  };
}

function copyPath(p: CPolicy, index: number, jobs: Float64Array, from: number, hi: number): PathStream {
  const c = p.copies[index];
  const base = { location: c.to, kind: c.mode, copy: index };
  if (c.mode === "immediate" || c.schedule === null) {
    const landed = shifted(jobs, p.window + c.lag);
    return { ...base, steps: { b: landed, v: jobs, monotone: true }, held: jobs, landed, cadence: largestGap(jobs), delay: p.window + c.lag };
  }
  const fires = firesBetween(c.schedule, from, hi);
  const b: number[] = [];
  const v: number[] = [];
  // Rotation takes what is usable strictly before the departure; a scheduled
  // copy what is usable by the fire. Only a newer point makes a new landing: a
  // point copied again keeps its first landing.
  const strict = c.mode === "rotation";
  const landedOfJob = new Float64Array(jobs.length);
  let j = -1;
  let carried = -1;
  for (const f of fires) {
    while (j + 1 < jobs.length && (strict ? jobs[j + 1] + p.window < f : jobs[j + 1] + p.window <= f)) j++;
    if (j < 0 || j <= carried) continue;
    b.push(f + c.lag);
    v.push(jobs[j]);
    // The medium holds every point written so far; each first lands now.
    for (let k = carried + 1; k <= j; k++) landedOfJob[k] = f + c.lag;
    carried = j;
  }
  const steps: StepFn = { b: Float64Array.from(b), v: Float64Array.from(v), monotone: true };
  const rotation = c.mode === "rotation";
  return {
    ...base,
    steps,
    held: rotation ? jobs.subarray(0, carried + 1) : steps.v, // views: no copies of a year of jobs
    landed: rotation ? landedOfJob.subarray(0, carried + 1) : steps.b,
    cadence: largestGap(fires),
    delay: c.lag,
  };
}
