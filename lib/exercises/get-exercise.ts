import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { exerciseScope } from "@/lib/exercises/scope";
import { versionsCitingEvidence } from "@/lib/exercises/evidence-citations";
import { measurementJudge } from "@/lib/exercises/measurement-checker";
import { resultFlag, tallyChecks } from "@/lib/exercises/target-check";
import { todayFlag } from "@/lib/exercises/verdict-words";

const named = { select: { id: true, name: true }, orderBy: { name: "asc" } } as const;

/**
 * One test of a plan with its scope, measurements, findings and attachments (without bytes; each
 * with the plan versions that list it, which keep it if it is removed). Each measured restore is
 * judged against the targets recorded with it (`check`) and against today's (`verdict`; decision
 * 45). `flag`: a result that reads as success over targets missed then; `todayFlag`: how today's
 * targets would judge the restores, where that differs.
 */
export async function getExercise({ actor, planId, exerciseId }: { actor: Actor; planId: string; exerciseId: string }) {
  authorize(actor, "plan:read");
  const exercise = await db.exercise.findFirst({
    where: exerciseScope(actor, planId, exerciseId),
    include: {
      functions: named,
      systems: named,
      scenarios: { select: { id: true, name: true, key: true }, orderBy: { name: "asc" } },
      participants: named,
      measurements: { include: { system: { select: { name: true } } }, orderBy: [{ system: { name: "asc" } }, { locationKey: "asc" }] },
      findings: { include: { owner: { select: { name: true } } }, orderBy: [{ status: "asc" }, { createdAt: "asc" }] },
      attachments: {
        select: { id: true, fileName: true, contentType: true, sizeBytes: true, sha256: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!exercise) throw notFound("The test");
  const [cited, judge] = await Promise.all([
    versionsCitingEvidence(db, { orgId: actor.orgId, planId, attachmentIds: exercise.attachments.map((a) => a.id) }),
    measurementJudge({ actor, planId }),
  ]);
  const measurements = exercise.measurements.map((m) => {
    const verdict = judge(m);
    return { ...m, check: verdict.check, verdict };
  });
  const targets = tallyChecks(measurements.map((m) => m.check));
  return {
    ...exercise,
    measurements,
    targets,
    flag: resultFlag(exercise.result, targets.missed),
    todayFlag: todayFlag(measurements.map((m) => m.verdict)),
    attachments: exercise.attachments.map((a) => ({ ...a, keptForVersions: cited.get(a.id) ?? [] })),
  };
}
