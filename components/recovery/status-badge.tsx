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

/**
 * A margin as "+3 h" (to spare) or "−1 day 9 h 15 min" (over the target); an unbounded breach as
 * "no recovery". Exact to the minute like the value beside it, and rounded as that value is: the
 * value shows round(value), so the margin shows target − round(value), not round(target − value),
 * which differ by a minute when the value ends in half a minute (48.5 min reads "49 min", so its
 * margin to 2 h reads "+1 h 11 min", not "+1 h 12 min"). Under a minute it shows the seconds.
 */
export function formatMargin(margin: number): string {
  if (margin === -Infinity) return "no recovery";
  const shown = Math.abs(margin) < 1 ? margin : -Math.round(-margin);
  return shown >= 0 ? `+${formatDuration(shown)}` : `−${formatDuration(-shown)}`;
}
