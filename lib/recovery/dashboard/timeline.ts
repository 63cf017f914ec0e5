/**
 * A scenario's recovery timeline, from the engine's RTO result: per affected system the restore
 * start, transfer end and ready time (minutes after the disaster), split into segments (transfer,
 * waiting for dependencies, boot, verification — or one measured restore when a test replaces
 * the estimate), the dependencies inside the scenario, and the critical path: the chain of
 * systems behind the worst RTO breach, or, when every target is met, behind the last system
 * ready. Pure.
 */
import { aloneTransferMinutes, formatDuration, type RecoveryModelInput, type ScenarioResult, type TargetStatus } from "@/lib/engine";

/** How far beyond the last ready time the chart's scale reaches to show a target. */
export const TARGET_ROOM = 1.5;

export type SegmentKind = "transfer" | "wait" | "boot" | "verify" | "measured";
/** What a restore waits for before it can start (recovery-model.md, "Restore time"). */
export type StartCause =
  | { kind: "declare"; minutes: number }
  | { kind: "containment"; minutes: number }
  | { kind: "retrieval"; location: string; minutes: number }
  | { kind: "host"; host: string; minutes: number };
export type Segment = { kind: SegmentKind; start: number; end: number };

/** Each segment's shade and name: one palette, so the chart on screen and in the PDF read alike. */
export const SEGMENT_FILL: Record<SegmentKind, string> = {
  transfer: "#2563eb",
  wait: "#e2e8f0",
  boot: "#d97706",
  verify: "#16a34a",
  measured: "#7c3aed",
};

export const SEGMENT_NAME: Record<SegmentKind, string> = {
  transfer: "transfer",
  wait: "waiting for dependencies",
  boot: "boot",
  verify: "verification",
  measured: "measured restore (test)",
};

export type TimelineBar = {
  system: string;
  host: string | null;
  location: string | null;
  source: "estimate" | "test" | null;
  restoreStart: number;
  transferEnd: number | null;
  ready: number;
  target: number | null;
  status: TargetStatus;
  /** Affected systems this one waits for (unaffected ones keep running). */
  dependsOn: string[];
  segments: Segment[];
  critical: boolean;
  /** What held the restore's start back: each wait that ends at `restoreStart` (none when it is 0). */
  startCauses: StartCause[];
  /**
   * The transfer's time alone at the location's per-stream rate, when the transfer took longer:
   * it waited for a stream or shared the location's bandwidth with other restores. Null otherwise.
   */
  aloneTransfer: number | null;
};

export type Timeline = {
  bars: TimelineBar[];
  /** Affected systems that never become ready (no path, unplaced, or blocked by one that is). */
  unbounded: string[];
  /** The critical path, first system to last. */
  criticalPath: string[];
  /**
   * Where the critical path ends: the system with the largest RTO overrun (`overrun` in minutes),
   * or, when no target is breached, the last system ready (`overrun` null). Null when no bar.
   */
  criticalEnd: { system: string; overrun: number | null } | null;
  /** The chart's scale: the latest ready time, or a target a little beyond it (see TARGET_ROOM). */
  span: number;
};

const EPS = 1e-6;

export function buildTimeline(model: Pick<RecoveryModelInput, "systems" | "scenarios" | "locations" | "hosts">, scenario: ScenarioResult): Timeline {
  const facts = new Map((model.systems ?? []).map((s) => [s.id, s]));
  const locations = new Map((model.locations ?? []).map((l) => [l.id, l]));
  const hosts = new Map((model.hosts ?? []).map((h) => [h.id, h]));
  const scenarioFacts = (model.scenarios ?? []).find((s) => s.id === scenario.id);
  // In a `system` scenario each system is lost alone: what it depends on keeps running.
  const alone = scenarioFacts?.kind === "system";
  const affected = new Set(alone ? [] : scenario.systems.filter((s) => s.affected).map((s) => s.id));
  const readyOf = new Map<string, number>();
  for (const s of scenario.systems) if (s.affected && s.rto.ready !== null) readyOf.set(s.id, s.rto.ready);

  const bars: TimelineBar[] = [];
  const unbounded: string[] = [];
  for (const s of scenario.systems) {
    if (!s.affected) continue;
    if (s.rto.ready === null || s.rto.restoreStart === null) {
      unbounded.push(s.id);
      continue;
    }
    const fact = facts.get(s.id);
    const dependsOn = (fact?.dependsOn ?? []).filter((d) => affected.has(d));
    const depsReady = Math.max(s.rto.restoreStart, ...dependsOn.map((d) => readyOf.get(d) ?? 0));
    const { restoreStart, transferEnd, ready } = s.rto;
    const segments: Segment[] = [];
    if (transferEnd === null) {
      segments.push({ kind: "measured", start: Math.min(depsReady, ready), end: ready });
      if (depsReady > restoreStart + EPS) segments.unshift({ kind: "wait", start: restoreStart, end: Math.min(depsReady, ready) });
    } else {
      const verifyStart = ready - (fact?.verifyMinutes ?? 0);
      const bootStart = verifyStart - (fact?.bootMinutes ?? 0);
      segments.push({ kind: "transfer", start: restoreStart, end: transferEnd });
      if (bootStart > transferEnd + EPS) segments.push({ kind: "wait", start: transferEnd, end: bootStart });
      segments.push({ kind: "boot", start: bootStart, end: verifyStart }, { kind: "verify", start: verifyStart, end: ready });
    }
    bars.push({
      system: s.id,
      host: s.rto.host,
      location: s.rpo.location,
      source: s.rto.source,
      restoreStart,
      transferEnd,
      ready,
      target: s.rto.target,
      status: s.rto.status,
      dependsOn,
      segments: segments.filter((x) => x.end - x.start > EPS || x.kind === "transfer"),
      critical: false,
      startCauses: startCauses({
        restoreStart,
        waits: [
          { kind: "declare", minutes: scenarioFacts?.declareMinutes ?? 0 },
          { kind: "containment", minutes: scenarioFacts?.containmentMinutes ?? 0 },
          ...(s.rpo.location ? [{ kind: "retrieval" as const, location: s.rpo.location, minutes: locations.get(s.rpo.location)?.retrievalMinutes ?? 0 }] : []),
          ...(s.rto.host ? [{ kind: "host" as const, host: s.rto.host, minutes: hosts.get(s.rto.host)?.readyAfterMinutes ?? 0 }] : []),
        ],
      }),
      aloneTransfer: aloneTransfer({ restoreStart, transferEnd, usedGB: fact?.usedGB, location: s.rpo.location ? locations.get(s.rpo.location) : undefined }),
    });
  }

  const criticalEnd = chainEnd(bars);
  const criticalPath = criticalEnd ? criticalChain(bars, criticalEnd.system) : [];
  const onPath = new Set(criticalPath);
  for (const bar of bars) bar.critical = onPath.has(bar.system);
  bars.sort((a, b) => a.restoreStart - b.restoreStart || a.ready - b.ready || a.system.localeCompare(b.system));
  return { bars, unbounded, criticalPath, criticalEnd, span: timelineSpan(bars) };
}

/**
 * The scale is the recovery itself: a target far beyond the last ready time (a 3-day RTO when
 * all is back in 11 h) would squeeze every bar into the left edge. Targets up to half as long
 * again still fit; the chart marks the others at its edge, and the table gives them in full.
 */
export function timelineSpan(bars: Pick<TimelineBar, "ready" | "target">[]): number {
  const lastReady = Math.max(0, ...bars.map((b) => b.ready));
  return Math.max(1, lastReady, ...bars.map((b) => b.target ?? 0).filter((t) => t <= lastReady * TARGET_ROOM));
}

/**
 * What the outlined chain is, in words: the way to the worst breach, or to the end of the
 * recovery. `lead` names the path (set in bold), `detail` says what shortening it brings; no lead
 * when nothing is restored. The PDF's built-in fonts have no "→", so it passes an arrow they have.
 */
export function criticalPathWords(timeline: Pick<Timeline, "criticalEnd" | "criticalPath">, { arrow = "→" }: { arrow?: string } = {}): { lead: string | null; detail: string } {
  const end = timeline.criticalEnd;
  if (!end) return { lead: null, detail: "Nothing is restored in this scenario." };
  const path = timeline.criticalPath.join(` ${arrow} `);
  const chained = timeline.criticalPath.length > 1;
  if (end.overrun !== null) {
    return {
      lead: `Critical path to the worst breach: ${path}.`,
      detail: `${end.system} is ready ${formatDuration(end.overrun)} after its RTO target. ${
        chained
          ? `Each system on the path waited for the one before it to be ready: shortening any step on it brings ${end.system} closer to its target.`
          : `It waited for nothing but its own restore: an earlier start, or a faster transfer, boot or verification of ${end.system}, brings it closer to its target.`
      }`,
    };
  }
  return {
    lead: `Critical path: ${path}.`,
    detail: chained
      ? "No RTO target is breached. Each system on the path waited for the one before it to be ready, so the last is ready only when the whole chain is: shortening any step on it brings the end of the recovery forward."
      : "No RTO target is breached. The last system to be ready waited for nothing but its own restore: a faster transfer, boot or verification of it brings the end of the recovery forward.",
  };
}

/** The waits that set the restore's start: the engine starts it at the latest of them. */
function startCauses({ restoreStart, waits }: { restoreStart: number; waits: StartCause[] }): StartCause[] {
  if (restoreStart <= EPS) return [];
  // The engine rounds its times; a wait within half a minute of the start is the one that set it.
  return waits.filter((w) => w.minutes > EPS && Math.abs(w.minutes - restoreStart) <= 0.5);
}

/**
 * A transfer that took longer than the system's size at the location's per-stream rate waited
 * for a free stream or shared the location's throughput (max-min fair) with other restores.
 * The engine's result gives only the transfer's end, so the alone time (the engine's own
 * arithmetic) is the yardstick.
 */
function aloneTransfer({
  restoreStart,
  transferEnd,
  usedGB,
  location,
}: {
  restoreStart: number;
  transferEnd: number | null;
  usedGB: number | undefined;
  location: { throughputMBps: number; streamMBps?: number } | undefined;
}): number | null {
  if (transferEnd === null || !location || !usedGB) return null;
  const alone = aloneTransferMinutes(usedGB, { streamMBps: location.streamMBps ?? location.throughputMBps, throughputMBps: location.throughputMBps });
  // A minute's slack: the engine rounds, and a difference under a minute is nobody's concern.
  return transferEnd - restoreStart > alone + 1 ? alone : null;
}

/**
 * The chain worth shortening ends at the worst breach: the last system ready may well meet its
 * own (longer) target while an earlier one misses a short one, and the chain behind the last one
 * then points at work that needs no speeding up. With no breach, the end of the recovery is what
 * there is to bring forward. Ties go to the later ready time, then the name, so the choice is
 * stable.
 */
function chainEnd(bars: TimelineBar[]): Timeline["criticalEnd"] {
  if (bars.length === 0) return null;
  const later = (a: TimelineBar, b: TimelineBar) => b.ready > a.ready + EPS || (Math.abs(b.ready - a.ready) <= EPS && b.system < a.system);
  const overrun = (b: TimelineBar) => (b.target === null ? 0 : b.ready - b.target);
  const breached = bars.filter((b) => b.status === "breached" && overrun(b) > EPS);
  if (breached.length) {
    const worst = breached.reduce((a, b) => (overrun(b) > overrun(a) + EPS || (Math.abs(overrun(b) - overrun(a)) <= EPS && later(a, b)) ? b : a));
    return { system: worst.system, overrun: overrun(worst) };
  }
  return { system: bars.reduce((a, b) => (later(a, b) ? b : a)).system, overrun: null };
}

/**
 * From the chain's end, walk back through the dependency each system waited for: the one whose
 * readiness came after the system's own restore work could start (its transfer end, or its
 * restore start for a measured restore). Where nothing was waited for, the chain starts.
 */
function criticalChain(bars: TimelineBar[], end: string): string[] {
  const byId = new Map(bars.map((b) => [b.system, b]));
  let current: TimelineBar | undefined = byId.get(end);
  const chain: string[] = [];
  while (current && !chain.includes(current.system)) {
    chain.unshift(current.system);
    const ownWorkReady: number = current.transferEnd ?? current.restoreStart;
    const waitedFor: TimelineBar | undefined = current.dependsOn
      .map((d) => byId.get(d))
      .filter((d): d is TimelineBar => d !== undefined)
      .reduce<TimelineBar | undefined>((a, b) => (!a || b.ready > a.ready ? b : a), undefined);
    current = waitedFor && waitedFor.ready > ownWorkReady + EPS ? waitedFor : undefined;
  }
  return chain;
}
