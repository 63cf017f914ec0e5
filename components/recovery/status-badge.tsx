import { formatDuration, type TargetStatus } from "@/lib/engine";

const LABELS: Record<TargetStatus, string> = { met: "met", breached: "breached", "no-target": "no target", "not-affected": "not affected" };

/**
 * A target's status in words (never colour alone), with its margin when it has one. One element
 * with one text: the readiness matrix renders a thousand; the colours come from app/globals.css.
 */
export function StatusBadge({ label, status, margin }: { label: string; status: TargetStatus; margin?: number | null }) {
  const text = `${label} ${LABELS[status]}${margin !== undefined && margin !== null ? ` (${formatMargin(margin)})` : ""}`;
  // Nothing brings it back: red whether or not anyone set a target.
  const shown = status === "no-target" && margin === -Infinity ? "breached" : status;
  return (
    <span className="status-badge" data-status={shown}>
      {text}
    </span>
  );
}

/** A margin as "+3 h" (to spare) or "−1 h 20 min" (over the target); an unbounded breach as "no recovery". */
export function formatMargin(margin: number): string {
  if (margin === -Infinity) return "no recovery";
  return margin >= 0 ? `+${formatDuration(margin)}` : `−${formatDuration(-margin)}`;
}
