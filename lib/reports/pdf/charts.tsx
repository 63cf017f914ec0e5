import type { Pdf } from "@/lib/reports/pdf/load-pdf";
import { COLORS } from "@/lib/reports/pdf/styles";
import { duration } from "@/lib/reports/pdf/format";

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

export type TimelineBar = { system: string; restoreStart: number; transferEnd: number; ready: number; target: number | null };

/**
 * The recovery timeline of a scenario: per system, waiting (grey) until its restore starts, the
 * data transfer (light blue), then boot and checks (blue) until ready; a red tick marks its RTO.
 */
export function Timeline({ pdf, bars, width }: { pdf: Pdf; bars: TimelineBar[]; width: number }) {
  const { Svg, Rect, Text, Line, G } = pdf;
  const label = 110;
  const rowHeight = 12;
  const top = 14;
  const plot = width - label - 10;
  const end = Math.max(1, ...bars.map((b) => Math.max(b.ready, b.target ?? 0)));
  const x = (minutes: number) => label + (minutes / end) * plot;
  const height = top + bars.length * rowHeight + 20;
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <Text x={label} y={9} style={{ fontSize: 7, fill: COLORS.muted }}>
        {`0 — ${duration(end)} after the disaster`}
      </Text>
      {bars.map((b, i) => {
        const y = top + i * rowHeight;
        return (
          <G key={b.system}>
            <Text x={2} y={y + 8} style={{ fontSize: 7 }}>
              {b.system.length > 24 ? `${b.system.slice(0, 23)}…` : b.system}
            </Text>
            <Rect x={x(0)} y={y + 2} width={Math.max(0, x(b.restoreStart) - x(0))} height={8} fill={COLORS.wait} />
            <Rect x={x(b.restoreStart)} y={y + 2} width={Math.max(0.5, x(b.transferEnd) - x(b.restoreStart))} height={8} fill={COLORS.transfer} />
            <Rect x={x(b.transferEnd)} y={y + 2} width={Math.max(0.5, x(b.ready) - x(b.transferEnd))} height={8} fill={b.target !== null && b.ready > b.target ? COLORS.breached : COLORS.bar} />
            {b.target !== null ? <Line x1={x(b.target)} y1={y} x2={x(b.target)} y2={y + 12} stroke={COLORS.breached} strokeWidth={1} /> : null}
          </G>
        );
      })}
      <Line x1={label} y1={top + bars.length * rowHeight + 2} x2={label + plot} y2={top + bars.length * rowHeight + 2} stroke={COLORS.ink} strokeWidth={0.5} />
    </Svg>
  );
}
