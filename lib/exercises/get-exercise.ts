import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { exerciseScope } from "@/lib/exercises/scope";
import { versionsCitingEvidence } from "@/lib/exercises/evidence-citations";
import { measurementChecker } from "@/lib/exercises/measurement-checker";
import { resultFlag, tallyChecks } from "@/lib/exercises/target-check";

const named = { select: { id: true, name: true }, orderBy: { name: "asc" } } as const;

/**
 * One test of a plan with its scope, measurements (each held against its system's targets as they
 * are today), findings and attachments (without bytes; each with the plan versions that list it,
 * which keep it if it is removed). `flag`: a result that reads as success over missed targets.
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
  const [cited, check] = await Promise.all([
    versionsCitingEvidence(db, { orgId: actor.orgId, planId, attachmentIds: exercise.attachments.map((a) => a.id) }),
    measurementChecker({ actor, planId }),
  ]);
  const measurements = exercise.measurements.map((m) => ({ ...m, check: check(m) }));
  const targets = tallyChecks(measurements.map((m) => m.check));
  return {
    ...exercise,
    measurements,
    targets,
    flag: resultFlag(exercise.result, targets.missed),
    attachments: exercise.attachments.map((a) => ({ ...a, keptForVersions: cited.get(a.id) ?? [] })),
  };
}
