/**
 * How many PDF reports may be asked for, and the job options those limits depend on. Rendering a
 * large plan costs tens of seconds of CPU and every organisation shares the workers, so one
 * member or organisation must not be able to fill the queue (docs/reports.md explains the numbers).
 */

/**
 * The options of every report job (lib/reports/queue.ts): an attempt still running after
 * `expireInSeconds` is taken as dead (its worker crashed) and retried, `retryLimit` times.
 */
export const REPORT_JOB = { retryLimit: 3, retryDelay: 10, expireInSeconds: 15 * 60 } as const;

export const REPORT_LIMITS = {
  /** Queued or running reports one member may have. */
  unfinishedPerMember: 2,
  /** Queued or running reports an organisation may have, all members together. */
  unfinishedPerOrganisation: 5,
  /** Requests one member may make in any hour, finished or not. */
  requestsPerMemberPerHour: 30,
} as const;

const HOUR_MS = 60 * 60_000;

/**
 * A report still queued or running this long after it was requested is abandoned: every attempt
 * of its job has expired, so a worker died mid-render and could not mark it failed. It stops
 * counting as unfinished, so such a crash cannot block a member for good.
 */
export const ABANDONED_AFTER_MS = (REPORT_JOB.retryLimit + 1) * (REPORT_JOB.expireInSeconds + REPORT_JOB.retryDelay) * 1000;

/** What a member and their organisation have asked for recently (lib/reports/check-report-limits.ts counts it). */
export type ReportLoad = {
  memberUnfinished: number;
  organisationUnfinished: number;
  memberLastHour: number;
  /** When the oldest of the member's requests of the last hour was made. */
  oldestOfLastHour: Date | null;
};

/** The windows the counts cover, ending at `now`. */
export function reportLoadWindows(now: Date): { unfinishedSince: Date; hourSince: Date } {
  return { unfinishedSince: new Date(now.getTime() - ABANDONED_AFTER_MS), hourSince: new Date(now.getTime() - HOUR_MS) };
}

const reports = (n: number) => (n === 1 ? "1 report" : `${n} reports`);

/**
 * Why a new request is refused, in words that say what to wait for; null when it may go ahead.
 * The hourly limit comes first: waiting for a report to finish would not lift it.
 */
export function reportLimitRefusal(load: ReportLoad, now: Date): string | null {
  if (load.memberLastHour >= REPORT_LIMITS.requestsPerMemberPerHour) {
    const freedAt = (load.oldestOfLastHour?.getTime() ?? now.getTime()) + HOUR_MS;
    const minutes = Math.max(1, Math.ceil((freedAt - now.getTime()) / 60_000));
    return `You have requested ${reports(load.memberLastHour)} in the last hour, the most allowed — you can request another in ${minutes === 1 ? "1 minute" : `${minutes} minutes`}.`;
  }
  if (load.memberUnfinished >= REPORT_LIMITS.unfinishedPerMember) {
    return `You already have ${reports(load.memberUnfinished)} being prepared — wait for one to finish, then request another.`;
  }
  if (load.organisationUnfinished >= REPORT_LIMITS.unfinishedPerOrganisation) {
    return `Your organisation already has ${reports(load.organisationUnfinished)} being prepared — wait for one of them to finish, then request another.`;
  }
  return null;
}
