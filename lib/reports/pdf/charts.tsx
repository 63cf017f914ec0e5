import type { Pdf } from "@/lib/reports/pdf/load-pdf";
import { COLORS } from "@/lib/reports/pdf/styles";
import { duration } from "@/lib/reports/pdf/format";
import { SEGMENT_FILL, SEGMENT_NAME, type SegmentKind } from "@/lib/recovery/dashboard/timeline";
import { OFF_SCALE, type TimelineView } from "@/lib/reports/pdf/timeline-view";

/** Green to red by likelihood × impact (1–25), the colours of a conventional risk matrix. */
function heat(score: number): string {
  if (score >= 15) return "#dc2626";
  if (score >= 10) return "#f97316";
  if (score >= 5) return "#facc15";
  return "#86efac";
}

/** The 5 × 5 risk heat map: impact across, likelihood up, each cell the number of threats in it. */
export function HeatMap({ pdf, points, title }: { pdf: Pdf; points: { likelihood: number; impact: number }[]; title: string }) {
  const { Svg, Rect, Text, Line, G } = pdf;
  const cell = 42;
  const left = 70;
  const top = 20;
  const size = cell * 5;
  const count = (l: number, i: number) => points.filter((p) => p.likelihood === l && p.impact === i).length;
  return (
    <Svg width={left + size + 10} height={top + size + 40} viewBox={`0 0 ${left + size + 10} ${top + size + 40}`}>
      <Text x={left} y={12} style={{ fontSize: 9, fontFamily: "Helvetica-Bold" }}>
        {title}
      </Text>
      {[1, 2, 3, 4, 5].map((likelihood) =>
        [1, 2, 3, 4, 5].map((impact) => {
          const x = left + (impact - 1) * cell;
          const y = top + (5 - likelihood) * cell;
          const n = count(likelihood, impact);
          return (
            <G key={`${likelihood}-${impact}`}>
              <Rect x={x} y={y} width={cell} height={cell} fill={heat(likelihood * impact)} stroke="#ffffff" strokeWidth={1.5} />
              {n > 0 ? (
                <Text x={x + cell / 2 - (n > 9 ? 6 : 3)} y={y + cell / 2 + 4} style={{ fontSize: 11, fontFamily: "Helvetica-Bold" }}>
                  {String(n)}
                </Text>
              ) : null}
            </G>
          );
        }),
      )}
      {[1, 2, 3, 4, 5].map((n) => (
        <G key={n}>
          <Text x={left - 12} y={top + (5 - n) * cell + cell / 2 + 3} style={{ fontSize: 8 }}>
            {String(n)}
          </Text>
          <Text x={left + (n - 1) * cell + cell / 2 - 2} y={top + size + 12} style={{ fontSize: 8 }}>
            {String(n)}
          </Text>
        </G>
      ))}
      <Line x1={left} y1={top + size} x2={left + size} y2={top + size} stroke={COLORS.ink} strokeWidth={0.5} />
      <Text x={left + size / 2 - 14} y={top + size + 26} style={{ fontSize: 8 }}>
        Impact
      </Text>
      <Text x={4} y={top + size / 2} style={{ fontSize: 8 }}>
        Likelihood
      </Text>
    </Svg>
  );
}

/**
 * Diagonal strokes over a bar from `from` to `to` (x in points), clipped to it: the time past the
 * RTO target hatched red as on screen. A tint would blend with the shade under it (red over the
 * transfer's blue reads as the measured restore's purple); strokes leave the shade as it is.
 */
function hatch({ from, to, top, height, gap = 3 }: { from: number; to: number; top: number; height: number; gap?: number }) {
  const strokes: { x1: number; y1: number; x2: number; y2: number }[] = [];
  for (let start = from - height; start < to; start += gap) {
    const x1 = Math.max(from, start);
    const x2 = Math.min(to, start + height);
    if (x2 > x1) strokes.push({ x1, y1: top + height - (x1 - start), x2, y2: top + height - (x2 - start) });
  }
  return strokes;
}

/** The width of a 7 pt label, roughly (Helvetica's digits are 0.56 em): to keep two labels apart. */
const approxWidth = (text: string) => text.length * 3.9;

/**
 * A scenario's recovery timeline as on screen (components/recovery/timeline-chart.tsx): per
 * system its segments (transfer, waiting for dependencies, boot, verification, or a measured
 * restore) in the screen's shades, the critical path outlined in red, a black tick at the RTO
 * target, the time past it hatched red, and the ready time after the bar. The axis spans the bars in
 * round steps; a target beyond it is named at the right edge ("RTO 3 days »") rather than
 * stretching the scale.
 */
export function Timeline({ pdf, view, width }: { pdf: Pdf; view: Pick<TimelineView, "bars" | "axis">; width: number }) {
  const { Svg, Rect, Text, Line, G } = pdf;
  const { bars, axis } = view;
  const label = 95;
  const right = 135;
  const rowHeight = 13;
  const top = 16;
  const plot = width - label - right;
  const x = (minutes: number) => label + (minutes / axis.end) * plot;
  const bottom = top + bars.length * rowHeight + 2;
  const height = bottom + 4;
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <Text x={2} y={9} style={{ fontSize: 7, fill: COLORS.muted }}>
        After the disaster
      </Text>
      {axis.ticks.map((t) => (
        <G key={t}>
          <Line x1={x(t)} y1={top - 3} x2={x(t)} y2={bottom} stroke={COLORS.rule} strokeWidth={0.5} />
          <Text x={x(t)} y={9} textAnchor={t === 0 ? "start" : "middle"} style={{ fontSize: 7, fill: COLORS.muted }}>
            {duration(t)}
          </Text>
        </G>
      ))}
      {bars.map((b, i) => {
        const y = top + i * rowHeight;
        const late = b.status === "breached" && b.target !== null && b.ready > b.target ? b.ready - b.target : 0;
        const tick = b.target !== null && b.target <= axis.end ? b.target : null;
        const measured = b.segments.some((seg) => seg.kind === "measured");
        const ready = `${duration(b.ready)}${measured ? " (measured)" : ""}${late ? ` · ${duration(late)} late` : ""}`;
        const offScale = b.target !== null && tick === null ? `RTO ${duration(b.target)} ${OFF_SCALE}` : null;
        // The off-scale target sits at the right edge, unless the ready time would run into it.
        const apart = offScale !== null && x(b.ready) + 4 + approxWidth(ready) + 6 <= width - 2 - approxWidth(offScale);
        return (
          <G key={b.system}>
            <Text x={2} y={y + 9} style={{ fontSize: 7, fontFamily: b.critical ? "Helvetica-Bold" : "Helvetica" }}>
              {b.system.length > 24 ? `${b.system.slice(0, 23)}…` : b.system}
            </Text>
            {b.segments.map((seg) => (
              <Rect key={`${seg.kind}-${seg.start}`} x={x(seg.start)} y={y + 3} width={Math.max(0.5, x(seg.end) - x(seg.start))} height={8} fill={SEGMENT_FILL[seg.kind]} />
            ))}
            {late && b.target !== null
              ? hatch({ from: x(b.target), to: x(b.ready), top: y + 3, height: 8 }).map((l, k) => <Line key={`late-${k}`} {...l} stroke={COLORS.breached} strokeWidth={0.9} />)
              : null}
            {b.critical ? (
              <Rect x={x(b.restoreStart) - 1.5} y={y + 1.5} width={x(b.ready) - x(b.restoreStart) + 3} height={11} fill="none" stroke={COLORS.breached} strokeWidth={1.2} />
            ) : null}
            {tick !== null ? <Line x1={x(tick)} y1={y + 1} x2={x(tick)} y2={y + 13} stroke={COLORS.ink} strokeWidth={1.2} /> : null}
            <Text x={x(b.ready) + 4} y={y + 9} style={{ fontSize: 7, fill: late ? COLORS.breached : COLORS.ink }}>
              {offScale && !apart ? `${ready} · ${offScale}` : ready}
            </Text>
            {offScale && apart ? (
              <Text x={width - 2} y={y + 9} textAnchor="end" style={{ fontSize: 7, fill: COLORS.muted }}>
                {offScale}
              </Text>
            ) : null}
          </G>
        );
      })}
      <Line x1={label} y1={bottom} x2={label + plot} y2={bottom} stroke={COLORS.ink} strokeWidth={0.5} />
    </Svg>
  );
}

/** The timeline's key, shade by shade, with the screen's names for them. */
export function TimelineLegend({ pdf }: { pdf: Pdf }) {
  const { View, Text, Svg, Line } = pdf;
  const swatch = { width: 12, height: 7, marginRight: 3 };
  const item = { flexDirection: "row" as const, alignItems: "center" as const, marginRight: 10, marginBottom: 2 };
  const words = { fontSize: 7, color: COLORS.ink };
  return (
    <View style={{ flexDirection: "row", flexWrap: "wrap", marginBottom: 4 }}>
      {(Object.keys(SEGMENT_FILL) as SegmentKind[]).map((kind) => (
        <View key={kind} style={item}>
          <View style={{ ...swatch, backgroundColor: SEGMENT_FILL[kind] }} />
          <Text style={words}>{SEGMENT_NAME[kind]}</Text>
        </View>
      ))}
      <View style={item}>
        <View style={{ ...swatch, borderWidth: 1.2, borderColor: COLORS.breached }} />
        <Text style={words}>critical path</Text>
      </View>
      <View style={item}>
        <View style={{ width: 1.2, height: 9, marginRight: 3, backgroundColor: COLORS.ink }} />
        <Text style={words}>RTO target</Text>
      </View>
      <View style={item}>
        <Svg width={swatch.width} height={swatch.height} style={{ marginRight: swatch.marginRight }}>
          {hatch({ from: 0, to: swatch.width, top: 0, height: swatch.height }).map((l, k) => (
            <Line key={k} {...l} stroke={COLORS.breached} strokeWidth={0.9} />
          ))}
        </Svg>
        <Text style={words}>past the RTO target</Text>
      </View>
      <View style={item}>
        <Text style={words}>{`RTO … ${OFF_SCALE}: a target beyond the scale`}</Text>
      </View>
    </View>
  );
}
