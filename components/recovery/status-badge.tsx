import { formatDuration, type TargetStatus } from "@/lib/engine";
import { shownMargin } from "@/lib/durations";
import type { Cell, Objective } from "@/lib/recovery/dashboard/matrix";

const LABELS: Record<TargetStatus, string> = { met: "met", breached: "breached", "no-target": "no target", "not-affected": "not affected" };

/**
 * A target's status in words (never colour alone), for a page that shows the value beside it. One
 * element with one text; the colours come from app/globals.css.
 */
export function StatusBadge({ label, status }: { label: string; status: TargetStatus }) {
  return (
    <span className="status-badge" data-status={status}>
      {`${label} ${LABELS[status]}`}
    </span>
  );
}

/**
 * The badges of one readiness matrix cell, value first: "RPO 6 h: breached by 2 h", "RTO 1 h 30 min:
 * met, 2 h 30 min to spare", "RTO never: no recovery", "RPO 4 h: no target"; a scenario that leaves
 * the system running gets one "Not affected" (both objectives are then not affected). One element
 * with one text per badge: the matrix renders a thousand.
 */
export function CellBadges({ cell }: { cell: Cell }) {
  return cellBadges(cell).map((b) => (
    <span key={b.text} className="status-badge" data-status={b.status}>
      {b.text}
    </span>
  ));
}

export function cellBadges(cell: Cell): { status: TargetStatus; text: string }[] {
  if (cell.rpo.status === "not-affected" && cell.rto.status === "not-affected") return [{ status: "not-affected", text: "Not affected" }];
  return [objectiveBadge("RPO", cell.rpo), objectiveBadge("RTO", cell.rto)];
}

function objectiveBadge(label: "RPO" | "RTO", o: Objective): { status: TargetStatus; text: string } {
  // Nothing brings it back: red whether or not anyone set a target.
  if (o.unrecoverable) return { status: "breached", text: `${label} ${label === "RTO" ? "never" : "unbounded"}: no recovery` };
  const value = `${label} ${formatDuration(o.value)}`;
  if (o.status === "no-target" || o.margin === null) return { status: o.status, text: `${value}: ${LABELS[o.status]}` };
  const by = formatDuration(Math.abs(shownMargin(o.margin)));
  if (o.status === "breached") return { status: o.status, text: `${value}: breached by ${by}` };
  return { status: o.status, text: shownMargin(o.margin) === 0 ? `${value}: met, no time to spare` : `${value}: met, ${by} to spare` };
}

/** A system's own targets, the same in every scenario: "Targets: RPO 4 h, RTO none". */
export function targetWords({ rpo, rto }: { rpo: number | null; rto: number | null }): string {
  if (rpo === null && rto === null) return "No RPO or RTO target";
  return `Targets: RPO ${rpo === null ? "none" : formatDuration(rpo)}, RTO ${rto === null ? "none" : formatDuration(rto)}`;
}
