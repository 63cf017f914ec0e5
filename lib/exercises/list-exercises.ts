import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { readPage, type ListQuery } from "@/lib/lists/list-query";
import { containing } from "@/lib/lists/like";
import type { Prisma } from "@/lib/generated/prisma/client";
import { measurementJudge } from "@/lib/exercises/measurement-checker";
import { resultFlag, tallyChecks } from "@/lib/exercises/target-check";
import { todayFlag } from "@/lib/exercises/verdict-words";

export const EXERCISE_SORTS = ["conductedOn", "title", "type", "result"] as const;
export type ExerciseSort = (typeof EXERCISE_SORTS)[number];

/**
 * A plan's tests, searched by title, sorted and paged in the database; each with how many of its
 * measured restores missed the targets recorded with them, the flag of a result that reads as
 * success over them, and how today's targets would judge them where that differs (decision 45).
 */
export async function listExercises({ actor, planId, query }: { actor: Actor; planId: string; query: ListQuery<ExerciseSort> }) {
  authorize(actor, "plan:read");
  const where: Prisma.ExerciseWhereInput = {
    orgId: actor.orgId,
    planId,
    ...(query.q ? { title: containing(query.q) } : {}),
  };
  const [page, judge] = await Promise.all([
    readPage({
      query,
      read: async (window) => {
        const [rows, total] = await Promise.all([
          db.exercise.findMany({
            where,
            orderBy: [{ [query.sort]: query.dir }, { id: "asc" }],
            ...window,
            select: {
              id: true,
              title: true,
              type: true,
              conductedOn: true,
              result: true,
              _count: { select: { findings: { where: { status: { not: "closed" } } } } },
              measurements: {
                select: { systemId: true, restoreMinutes: true, dataLossMinutes: true, targetsRecorded: true, rtoTargetMinutes: true, rpoTargetMinutes: true },
              },
            },
          }),
          db.exercise.count({ where }),
        ]);
        return { rows, total };
      },
    }),
    measurementJudge({ actor, planId }),
  ]);
  const rows = page.rows.map(({ measurements, ...row }) => {
    const verdicts = measurements.map(judge);
    const targets = tallyChecks(verdicts.map((v) => v.check));
    return { ...row, measurementCount: measurements.length, targets, flag: resultFlag(row.result, targets.missed), todayFlag: todayFlag(verdicts) };
  });
  return { ...page, rows };
}
