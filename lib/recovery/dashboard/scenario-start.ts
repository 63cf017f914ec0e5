import { formatDuration } from "@/lib/engine";

/**
 * When recovery begins in a scenario, in the words of its page's header: when the disaster is
 * declared (and, for an attack, contained), and when restores actually start, from the engine's
 * restore starts of the affected systems. Those are later than the declaration wherever a copy has
 * to be retrieved or a recovery host is not yet ready, so the header must not call the
 * declaration "the recovery start". Without an assessment (an invalid model) or without a
 * restore that starts, only the declaration is said.
 */
export function scenarioStartWords({ declareMinutes, containmentMinutes, restoreStarts = [] }: {
  declareMinutes: number;
  containmentMinutes: number;
  restoreStarts?: readonly (number | null)[];
}): string[] {
  const declared = declareMinutes > 0 ? `declared ${formatDuration(declareMinutes)}` : "declared at once";
  const parts = [
    containmentMinutes > 0
      ? `${declared}${declareMinutes > 0 ? " and" : ","} contained ${formatDuration(containmentMinutes)} after the disaster`
      : `${declared}${declareMinutes > 0 ? " after the disaster" : ""}`,
  ];
  const starts = restoreStarts.filter((m): m is number => m !== null);
  if (starts.length > 0) {
    const earliest = Math.min(...starts);
    parts.push(starts.every((m) => m === earliest) ? `restores start at ${formatDuration(earliest)}` : `restores start from ${formatDuration(earliest)} (the earliest restore start)`);
  }
  return parts;
}
