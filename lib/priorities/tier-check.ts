import { formatDuration } from "@/lib/durations";
import { tierFor, type TierInput } from "@/lib/priorities/rank";

export type TierNote = {
  code: "tier_looser_than_rto" | "tier_tighter_than_rto";
  level: "warning" | "info";
  message: string;
};

/**
 * How a tier set by hand squares with the function's RTO, against the tier the RTO alone gives.
 * A looser tier than that is a warning: recovered with its tier, the function may miss its RTO.
 * A tier whose limit is shorter than the RTO is information only: the function is recovered
 * sooner than its RTO needs, which is safe but may cost more. No RTO, or no tier by hand: nothing.
 */
export function checkHandTier(rtoMinutes: number | null, handTier: TierInput | null, tiers: readonly TierInput[]): TierNote | null {
  if (rtoMinutes === null || handTier === null) return null;
  const rto = formatDuration(rtoMinutes);
  if (rtoMinutes > handTier.maxRtoMinutes) {
    return {
      code: "tier_tighter_than_rto",
      level: "info",
      message: `RTO ${rto} is longer than ${handTier.name}'s limit of ${formatDuration(handTier.maxRtoMinutes)}: the tier recovers it sooner than its RTO needs.`,
    };
  }
  const fits = tierFor(rtoMinutes, tiers);
  if (fits && handTier.maxRtoMinutes > fits.maxRtoMinutes) {
    return {
      code: "tier_looser_than_rto",
      level: "warning",
      message: `${handTier.name} allows up to ${formatDuration(handTier.maxRtoMinutes)}, but the RTO is ${rto} (${fits.name}, up to ${formatDuration(fits.maxRtoMinutes)}): recovered with ${handTier.name}, it may miss its RTO.`,
    };
  }
  return null;
}
