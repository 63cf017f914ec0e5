import { formatDuration, type TargetStatus } from "@/lib/engine";

const STYLES: Record<TargetStatus, string> = {
  met: "bg-green-100 text-green-900",
  breached: "bg-red-100 text-red-900",
  "no-target": "bg-slate-100 text-slate-700",
  "not-affected": "bg-white text-slate-500 ring-1 ring-slate-200",
};

const LABELS: Record<TargetStatus, string> = { met: "met", breached: "breached", "no-target": "no target", "not-affected": "not affected" };

/** A target's status in words (never colour alone), with its margin when it has one. */
export function StatusBadge({ label, status, margin }: { label: string; status: TargetStatus; margin?: number | null }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs ${STYLES[status]}`} data-status={status}>
      {label} {LABELS[status]}
      {margin !== undefined && margin !== null ? ` (${formatMargin(margin)})` : ""}
    </span>
  );
}

/** A margin as "+3 h" (to spare) or "−1 h 20 min" (over the target); an unbounded breach as "no recovery". */
export function formatMargin(margin: number): string {
  if (margin === -Infinity) return "no recovery";
  return margin >= 0 ? `+${formatDuration(margin)}` : `−${formatDuration(-margin)}`;
}
