import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { reportLimitRefusal, reportLoadWindows } from "@/lib/reports/report-limits";

/** The advisory-lock class of report requests (the second key is the organisation's). */
const REPORT_REQUEST_LOCK = 8_020_101;

/**
 * Refuses a report request over the limits of lib/reports/report-limits.ts, in the caller's
 * transaction, which must create the report next. The counts come from Postgres, so they hold
 * across app instances; a transaction-scoped advisory lock on the organisation makes concurrent
 * requests of its members count one after the other, so two cannot both slip under a limit (the
 * lock is released when the caller's transaction ends, with the new report committed or not).
 */
export async function checkReportLimits(tx: Tx, { actor, now = new Date() }: { actor: Pick<Actor, "orgId" | "userId">; now?: Date }): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REPORT_REQUEST_LOCK}::int, hashtext(${actor.orgId}))`;
  const { unfinishedSince, hourSince } = reportLoadWindows(now);
  const unfinished = { orgId: actor.orgId, status: { in: ["queued" as const, "running" as const] }, createdAt: { gte: unfinishedSince } };
  const memberUnfinished = await tx.report.count({ where: { ...unfinished, requestedById: actor.userId } });
  const organisationUnfinished = await tx.report.count({ where: unfinished });
  const lastHour = await tx.report.aggregate({
    where: { orgId: actor.orgId, requestedById: actor.userId, createdAt: { gte: hourSince } },
    _count: { _all: true },
    _min: { createdAt: true },
  });
  const refusal = reportLimitRefusal({ memberUnfinished, organisationUnfinished, memberLastHour: lastHour._count._all, oldestOfLastHour: lastHour._min.createdAt }, now);
  if (refusal) throw new AppError("CONFLICT", refusal);
}
