import { formatDuration } from "@/lib/engine";
import { criticalPathWords, SEGMENT_FILL as FILL, SEGMENT_NAME as NAMES, type SegmentKind, type StartCause, type Timeline } from "@/lib/recovery/dashboard/timeline";
import { andList } from "@/lib/count";
import { timeAxis } from "@/lib/recovery/dashboard/time-axis";
import type { InheritedRto } from "@/lib/recovery/to-model";
import { ScrollBox } from "@/components/ui/scroll-box";
import { KeyedName } from "@/components/recovery/keyed-name";

const LABEL = 170;
const WIDTH = 620;
// Room after the last bar for its ready time and how late it is.
const RIGHT = 150;
const ROW = 26;
const TOP = 24;
const LABEL_CHARS = 24;

type Names = { locations: ReadonlyMap<string, string>; hosts: ReadonlyMap<string, string> };

const nameOf = (key: string, names: ReadonlyMap<string, string>) => names.get(key) ?? key;

/** One wait a restore's start was held back by, as the table says it ("after …"). */
function causeWords(cause: StartCause, names: Names): string {
  switch (cause.kind) {
    case "declare":
      return "declaring the disaster";
    case "containment":
      return "containing the attack";
    case "retrieval":
      return `retrieving the copy from ${nameOf(cause.location, names.locations)}`;
    case "host":
      return `${nameOf(cause.host, names.hosts)} being ready`;
  }
}

const short = (name: string) => (name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name);

/**
 * A scenario's recovery as a Gantt chart: server-rendered SVG with a title and description, on an
 * axis of whole steps (1 h, 6 h, 1 day); each bar ends with its ready time, and where that is past
 * the RTO target the overrun is hatched red and the delay given in words. The critical path is
 * outlined in red, dependencies are lines from the end of what a system waits for, and systems
 * never ready get a row of their own. The table after it gives the same facts for screen readers
 * and for copying, with where an RTO target passed down from a dependent system comes from
 * (`inheritedRto`, by system).
 */
const NO_NAMES: Names = { locations: new Map<string, string>(), hosts: new Map<string, string>() };

export function TimelineChart({
  timeline,
  title,
  inheritedRto = {},
  neverReady = {},
  names = NO_NAMES,
}: {
  timeline: Timeline;
  title: string;
  inheritedRto?: Record<string, InheritedRto>;
  /** Why each system never ready is not, in words ("no room on Cloud standby host"), by system. */
  neverReady?: Record<string, string>;
  /** The plan's names of the locations and hosts the bars restore from and to. */
  names?: Names;
}) {
  const { bars, unbounded } = timeline;
  const axis = timeAxis({ span: timeline.span });
  const x = (t: number) => LABEL + (t / axis.end) * WIDTH;
  const y = (i: number) => TOP + i * ROW;
  const row = new Map(bars.map((b, i) => [b.system, i]));
  const rows = bars.length + unbounded.length;
  const height = TOP + rows * ROW + 8;
  const viewWidth = LABEL + WIDTH + RIGHT;
  return (
    <figure className="space-y-4">
      <ScrollBox label={title} className="rounded-lg border border-slate-200 bg-white p-2">
        <svg
          role="img"
          aria-labelledby="timeline-title timeline-desc"
          viewBox={`0 0 ${viewWidth} ${height}`}
          width="100%"
          style={{ minWidth: viewWidth * 0.8 }}
          className="font-sans text-xs"
        >
          <title id="timeline-title">{title}</title>
          <desc id="timeline-desc">
            {`Restore of ${bars.length} systems${unbounded.length ? `; ${unbounded.length} never ready` : ""}. Transfer in blue, boot in orange, verification in green, measured restores in purple, waiting in grey; time past a system's RTO target is hatched red; the critical path (${timeline.criticalPath.join(" → ") || "none"}${timeline.criticalEnd?.overrun ? ", the chain behind the worst breach" : ""}) is outlined in red; a tick marks each system's RTO target.`}
          </desc>
          <defs>
            <pattern id="timeline-late" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#dc2626" fillOpacity="0.12" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#dc2626" strokeWidth="2" />
            </pattern>
          </defs>
          {axis.ticks.map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={height - 6} stroke="#e2e8f0" />
              <text x={x(t)} y={12} textAnchor="middle" fill="#475569">
                {formatDuration(t)}
              </text>
            </g>
          ))}
          {bars.flatMap((bar, i) =>
            bar.dependsOn.map((dep) => {
              const j = row.get(dep);
              if (j === undefined) return null;
              const from = bars[j];
              return (
                <line
                  key={`${dep}->${bar.system}`}
                  x1={x(from.ready)}
                  y1={y(j) + ROW / 2}
                  x2={x(Math.max(from.ready, bar.segments[0]?.start ?? bar.restoreStart))}
                  y2={y(i) + ROW / 2}
                  stroke="#64748b"
                  strokeDasharray="3 2"
                />
              );
            }),
          )}
          {bars.map((bar, i) => {
            const late = bar.status === "breached" && bar.target !== null ? bar.ready - bar.target : 0;
            // A target beyond the scale (timeline.ts) has no tick: the bar's label gives it instead.
            const tick = bar.target !== null && bar.target <= axis.end ? bar.target : null;
            const beyond = bar.target !== null && tick === null;
            // The ready time follows the bar, or the target tick when that is just after it (no overlap).
            const labelAt = tick !== null && tick > bar.ready && x(tick) - x(bar.ready) < 72 ? tick : bar.ready;
            return (
              <g key={bar.system} data-bar={bar.system} data-critical={bar.critical ? "true" : undefined}>
                <text x={LABEL - 8} y={y(i) + ROW / 2 + 4} textAnchor="end" fill="#0f172a" fontWeight={bar.critical ? 700 : 400}>
                  <title>{bar.system}</title>
                  {short(bar.system)}
                </text>
                {bar.segments.map((s) => (
                  <rect key={`${s.kind}-${s.start}`} x={x(s.start)} y={y(i) + 5} width={Math.max(1, x(s.end) - x(s.start))} height={ROW - 10} fill={FILL[s.kind]}>
                    <title>{`${bar.system}: ${NAMES[s.kind]} ${formatDuration(s.start)} – ${formatDuration(s.end)}`}</title>
                  </rect>
                ))}
                {late > 0 && bar.target !== null ? (
                  <rect x={x(bar.target)} y={y(i) + 5} width={Math.max(1, x(bar.ready) - x(bar.target))} height={ROW - 10} fill="url(#timeline-late)">
                    <title>{`${bar.system}: ${formatDuration(late)} past its RTO target of ${formatDuration(bar.target)}`}</title>
                  </rect>
                ) : null}
                {bar.critical ? (
                  <rect x={x(bar.restoreStart) - 2} y={y(i) + 3} width={x(bar.ready) - x(bar.restoreStart) + 4} height={ROW - 6} fill="none" stroke="#dc2626" strokeWidth={2} />
                ) : null}
                {tick !== null ? <line x1={x(tick)} x2={x(tick)} y1={y(i) + 2} y2={y(i) + ROW - 2} stroke="#0f172a" strokeWidth={2} /> : null}

                <text x={x(labelAt) + 6} y={y(i) + ROW / 2 + 4} fill={late > 0 ? "#b91c1c" : "#334155"} fontWeight={late > 0 ? 600 : 400}>
                  {formatDuration(bar.ready)}
                  {late > 0 ? ` · ${formatDuration(late)} late` : ""}
                  {beyond ? ` · RTO ${formatDuration(bar.target)} →` : ""}
                </text>
              </g>
            );
          })}
          {unbounded.map((system, k) => {
            const i = bars.length + k;
            return (
              <g key={system} data-never-ready={system}>
                <text x={LABEL - 8} y={y(i) + ROW / 2 + 4} textAnchor="end" fill="#0f172a">
                  <title>{system}</title>
                  {short(system)}
                </text>
                <text x={LABEL + 6} y={y(i) + ROW / 2 + 4} fill="#b91c1c" fontWeight={600}>
                  {`never ready in this scenario${neverReady[system] ? `: ${neverReady[system]}` : ""}`}
                </text>
              </g>
            );
          })}
        </svg>
      </ScrollBox>
      <ul aria-hidden="true" className="flex flex-wrap gap-4 text-xs text-slate-700">
        {(Object.keys(FILL) as SegmentKind[]).map((kind) => (
          <li key={kind} className="flex items-center gap-1">
            <span className="inline-block h-3 w-5 rounded-sm" style={{ background: FILL[kind] }} />
            {NAMES[kind]}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <span className="inline-block h-3 w-5 rounded-sm border-2 border-red-600" />
          critical path
        </li>
        <li className="flex items-center gap-1">
          <span className="inline-block h-3 w-0.5 bg-slate-900" />
          RTO target
        </li>
        <li className="flex items-center gap-1">
          <svg width="20" height="12" aria-hidden="true">
            <rect width="20" height="12" fill="#fee2e2" />
            <path d="M0 12 L12 0 M8 12 L20 0" stroke="#dc2626" strokeWidth="2" />
          </svg>
          past the RTO target
        </li>
      </ul>
      <figcaption className="text-sm text-slate-700">
        <CriticalPathCaption timeline={timeline} />
      </figcaption>
      <ScrollBox>
        <table className="min-w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
          <caption className="p-2 text-left font-medium">Recovery steps per system (minutes after the disaster)</caption>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="p-2">System</th>
              <th scope="col" className="column-text p-2">Restore starts</th>
              <th scope="col" className="column-text p-2">Transfer ends</th>
              <th scope="col" className="p-2">Ready (RTO)</th>
              <th scope="col" className="p-2">RTO target</th>
              <th scope="col" className="p-2">Waits for</th>
              <th scope="col" className="p-2">From / to</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.system} className={`border-t border-slate-100 ${bar.critical ? "bg-red-50" : ""}`}>
                <th scope="row" className="p-2 font-medium">
                  {bar.system}
                  {bar.critical ? <span className="ml-1 text-xs text-red-800">(critical path)</span> : null}
                </th>
                <td className="p-2 tabular-nums">
                  {formatDuration(bar.restoreStart)}
                  {bar.startCauses.length ? <span className="block text-xs text-slate-600">after {andList(bar.startCauses.map((c) => causeWords(c, names)))}</span> : null}
                </td>
                <td className="p-2 tabular-nums">
                  {bar.transferEnd === null ? "measured restore" : formatDuration(bar.transferEnd)}
                  {bar.aloneTransfer !== null && bar.location ? (
                    <span className="block text-xs text-amber-800">
                      slowed by other restores from {nameOf(bar.location, names.locations)} (alone: {formatDuration(bar.aloneTransfer)})
                    </span>
                  ) : null}
                </td>
                <td className="p-2 tabular-nums">{formatDuration(bar.ready)}</td>
                <td className="p-2 tabular-nums">
                  {bar.target === null ? "no target" : `${formatDuration(bar.target)} (${bar.status})`}
                  {inheritedRto[bar.system] ? <span className="block text-xs text-slate-500">inherited from {inheritedRto[bar.system].through[0]}</span> : null}
                </td>
                <td className="p-2">{bar.dependsOn.length ? bar.dependsOn.join(", ") : "—"}</td>
                <td className="p-2">
                  {bar.location ? <KeyedName modelKey={bar.location} names={names.locations} /> : "—"} →{" "}
                  {bar.host ? <KeyedName modelKey={bar.host} names={names.hosts} /> : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {timeline.unbounded.length ? (
        <div className="text-sm text-red-800">
          <p>Never ready in this scenario:</p>
          <ul className="list-disc pl-5">
            {timeline.unbounded.map((system) => (
              <li key={system}>
                <strong>{system}</strong>: {neverReady[system] ?? "not restored"}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </figure>
  );
}

/** Says what the outlined chain is: the way to the worst breach, or to the end of the recovery. */
function CriticalPathCaption({ timeline }: { timeline: Timeline }) {
  const { lead, detail } = criticalPathWords(timeline);
  return lead ? (
    <>
      <strong>{lead}</strong> {detail}
    </>
  ) : (
    <>{detail}</>
  );
}
