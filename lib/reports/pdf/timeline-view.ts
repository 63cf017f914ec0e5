/**
 * What the PDF draws of a scenario's recovery timeline: the screen's own bars and critical path
 * (lib/recovery/dashboard/timeline.ts), at most TIMELINE_MAX_BARS of them, on an axis of round
 * steps that spans the bars. Pure.
 */
import type { RecoveryModelInput, ScenarioResult } from "@/lib/engine";
import { buildTimeline, criticalPathWords, timelineSpan, type TimelineBar } from "@/lib/recovery/dashboard/timeline";
import { timeAxis, type TimeAxis } from "@/lib/recovery/dashboard/time-axis";
import { neverReadyReasons, reasonWords, type NeverReadyReason } from "@/lib/recovery/never-ready-reason";

/** The timeline shows the systems ready last and the critical path; above it, every affected system is tabled as a miss or named. */
export const TIMELINE_MAX_BARS = 40;

/**
 * The PDF's arrow: its built-in fonts (WinAnsi) have no "→", which would print as a stray quote.
 * "›" leads along the critical path, "»" off the scale.
 */
export const PATH_ARROW = "›";
export const OFF_SCALE = "»";

/** Ticks a page's width can label legibly: 4 to 6 of them (time-axis.ts picks the round step). */
const MAX_TICKS = 6;

export type TimelineView = {
  /** In the screen's order: by restore start, then ready time. */
  bars: TimelineBar[];
  axis: TimeAxis;
  caption: { lead: string | null; detail: string };
  /** Which systems the chart draws, when it cannot draw every affected one. */
  shown: string | null;
  /** Why the chart has no bars, or which affected systems it has no bar for. */
  note: string | null;
};

type ModelFacts = Pick<RecoveryModelInput, "systems" | "scenarios" | "locations" | "hosts">;

export function timelineView({ model, result }: { model: ModelFacts; result: ScenarioResult }): TimelineView {
  const timeline = buildTimeline(model, result);
  // The critical path is what the caption explains, so it is drawn whatever else is left out;
  // the rest of the room goes to the systems ready last.
  const path = timeline.criticalPath.slice(-TIMELINE_MAX_BARS);
  const latest = [...timeline.bars]
    .filter((b) => !path.includes(b.system))
    .sort((a, b) => b.ready - a.ready || a.system.localeCompare(b.system))
    .slice(0, TIMELINE_MAX_BARS - path.length)
    .map((b) => b.system);
  const drawn = new Set([...path, ...latest]);
  const bars = timeline.bars.filter((b) => drawn.has(b.system));
  const affected = result.systems.filter((x) => x.affected).length;
  return {
    bars,
    axis: timeAxis({ span: timelineSpan(bars), maxTicks: MAX_TICKS }),
    caption: criticalPathWords(timeline, { arrow: PATH_ARROW }),
    shown: bars.length < timeline.bars.length ? `${bars.length} of the ${affected} affected systems: the critical path and those ready last.` : null,
    note: timelineNote(result, bars.length, neverReadyReasons({ model, scenario: result })),
  };
}

/**
 * Why the timeline has no bars, or leaves some affected systems out: never "nothing to restore"
 * when something is. Each system never ready is named with its own reason, as the screen gives it
 * (`reasons`, lib/recovery/never-ready-reason.ts).
 */
export function timelineNote(result: ScenarioResult, shown: number, reasons: ReadonlyMap<string, NeverReadyReason> = new Map()): string | null {
  const affected = result.systems.filter((x) => x.affected);
  if (affected.length === 0) return "No system is affected in this scenario, so nothing needs restoring.";
  const never = affected.filter((x) => x.rto.ready === null).map((x) => {
    const reason = reasons.get(x.id);
    return reason ? `${x.id} (${reasonWords(reason)})` : x.id;
  });
  const part = never.length ? `Never ready in this scenario: ${never.join(", ")}.` : null;
  if (shown === 0) return [`None of the ${affected.length} affected systems can be drawn.`, part].filter(Boolean).join(" ");
  return part;
}
