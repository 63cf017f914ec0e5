/**
 * How long before something falls due the daily reminders tell the members who can act
 * (docs/decisions/0068): each organisation sets its own, within these bounds. Pure, and safe to
 * import from client components. The defaults are the columns' (30 and 14 days, decision 66's constants).
 */

export type ReminderWindows = {
  /** Days before an approval expires: time to submit the plan and have it approved. */
  approvalDays: number;
  /** Days before a test is due: time to arrange one. */
  testDays: number;
};

/**
 * A week is the least an approval can be arranged in, and three months the most that is still
 * "soon" beside a review cadence of a year; a test needs a day's notice at least, and two months
 * is as early as a date can be arranged without the reminder being forgotten before it.
 */
export const APPROVAL_WINDOW = { min: 7, max: 90, label: "Days before an approval expires" } as const;
export const TEST_WINDOW = { min: 1, max: 60, label: "Days before a test is due" } as const;
