/**
 * When inventory data is due for review. The organisation sets a review period
 * (Organization.reviewPeriodDays, 365 days unless changed):
 * - a register is stale when it was never reviewed, or its last review is older than the period;
 *   that is the register's own status, shown in its header;
 * - an item is stale when it was last changed before the period began (nobody has touched it for
 *   a whole period, even if the register was reviewed). An item created or changed within the
 *   period is not, whatever the register's review says: a register never reviewed would
 *   otherwise flag the row added a minute ago.
 * Pure functions of a `now`, so the rules can be tested with fixed dates.
 */
import { DAY_MS, utcDay } from "@/lib/days";

export function reviewCutoff(now: Date, reviewPeriodDays: number): Date {
  return new Date(now.getTime() - reviewPeriodDays * DAY_MS);
}

export function isRegisterStale(lastReviewedAt: Date | null, reviewPeriodDays: number, now: Date): boolean {
  return lastReviewedAt === null || lastReviewedAt < reviewCutoff(now, reviewPeriodDays);
}

/**
 * A register nobody has filled in or reviewed is not started: it has nothing to review yet, and a
 * new plan's eighteen registers would otherwise all "need a review". The list of registers and a
 * register's own page both judge it by this.
 */
export function registerReviewState(register: { itemCount: number; lastReviewedAt: Date | null }, reviewPeriodDays: number, now: Date) {
  const notStarted = register.itemCount === 0 && register.lastReviewedAt === null;
  return { notStarted, stale: !notStarted && isRegisterStale(register.lastReviewedAt, reviewPeriodDays, now) };
}

export function isItemStale(item: { updatedAt: Date }, reviewPeriodDays: number, now: Date): boolean {
  return item.updatedAt < reviewCutoff(now, reviewPeriodDays);
}

/** Items expiring within this many days (or already expired) show on the plan overview. */
export const EXPIRY_WARNING_DAYS = 90;


export function expiryHorizon(now: Date): Date {
  return new Date(utcDay(now).getTime() + EXPIRY_WARNING_DAYS * DAY_MS);
}

export function daysUntil(date: Date, now: Date): number {
  return Math.round((date.getTime() - utcDay(now).getTime()) / DAY_MS);
}

/** How soon an item expires, as the overview and the register say it: "expired 3 days ago", "expires today", "in 12 days". */
export function expiryWords(daysLeft: number): string {
  if (daysLeft < 0) return `expired ${-daysLeft} ${-daysLeft === 1 ? "day" : "days"} ago`;
  if (daysLeft === 0) return "expires today";
  return `in ${daysLeft} ${daysLeft === 1 ? "day" : "days"}`;
}
