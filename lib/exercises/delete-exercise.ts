import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { deleteExerciseSchema } from "@/lib/exercises/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { deletedExerciseSnapshot, storedExerciseSnapshot, type DeletedMeasurement } from "@/lib/exercises/exercise-fields";
import { EXERCISE_WRITES, showExercise } from "@/lib/exercises/exercise-conflict";
import { atVersionShown, deletedAtVersion } from "@/lib/concurrency/stale-delete";
import { attachmentRemovedSnapshots } from "@/lib/exercises/attachment-audit";
import { measurementJudge } from "@/lib/exercises/measurement-checker";
import { exerciseScope } from "@/lib/exercises/scope";
import { versionsCitingEvidence } from "@/lib/exercises/evidence-citations";
import { lockPlan } from "@/lib/plans/lock-plan";

const named = { select: { id: true, name: true }, orderBy: { name: "asc" } } as const;

type Judge = Awaited<ReturnType<typeof measurementJudge>>;
type Measurement = Parameters<Judge>[0] & { id: string; system: { name: string }; locationKey: string; usedGB: number | null; notes: string };

/**
 * A test's measured restores as its audit row keeps them: the location by name, each judged as its
 * record reads (against the targets recorded with it, and today's where they differ).
 */
async function describeMeasurements(tx: Tx, { actor, planId, judge }: { actor: Actor; planId: string; judge: Judge }, measurements: Measurement[]): Promise<DeletedMeasurement[]> {
  if (measurements.length === 0) return [];
  const locations = await tx.backupLocation.findMany({ where: { orgId: actor.orgId, planId }, select: { key: true, name: true } });
  const locationName = new Map(locations.map((l) => [l.key, l.name]));
  return measurements.map((m) => ({
    id: m.id,
    systemId: m.systemId,
    system: m.system.name,
    locationKey: m.locationKey,
    location: locationName.get(m.locationKey) ?? m.locationKey,
    restoreMinutes: m.restoreMinutes,
    dataLossMinutes: m.dataLossMinutes,
    usedGB: m.usedGB,
    notes: m.notes,
    verdict: judge(m),
  }));
}

/**
 * Deletes a test with its measurements and attachments. Its findings stay on the plan (unlinked)
 * until someone closes them: deleting the test must not make a known weakness disappear. Evidence
 * a frozen plan version lists is detached and kept for that version instead of deleted with the
 * test (decision 18); each kept file has its own audit entry naming the versions. The audit row
 * keeps what the test recorded: its scope and participants by name, every measured restore in
 * full, its files. The delete names the version the page showed: a test someone saved since is
 * not deleted, and the user is told who changed what (docs/decisions/0073).
 */
export async function deleteExercise({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, exerciseId, version } = parseInput(deleteExerciseSchema, input);
  // Today's targets, read (and kept per content revision) outside the transaction.
  const judge = await measurementJudge({ actor, planId });
  await db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // Submitting a version locks the plan too before it freezes the snapshot, so a removal and a
    // submission never cross: either the version lists the file and the removal sees that
    // version, or the file is gone before the snapshot is taken.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const found = await tx.exercise.findFirst({
      where: exerciseScope(actor, planId, exerciseId),
      include: {
        functions: named,
        systems: named,
        scenarios: named,
        participants: named,
        measurements: { include: { system: { select: { name: true } } }, orderBy: [{ system: { name: "asc" } }, { locationKey: "asc" }] },
        attachments: { select: { id: true, fileName: true, contentType: true, sizeBytes: true, sha256: true }, orderBy: { createdAt: "asc" } },
      },
    });
    const before = await atVersionShown(tx, {
      actor,
      record: found,
      version,
      what: "The test",
      entityType: "exercise",
      actions: EXERCISE_WRITES,
      snapshot: found ? storedExerciseSnapshot(found) : {},
      show: () => showExercise(tx, actor, planId),
    });
    const cited = await versionsCitingEvidence(tx, { orgId: actor.orgId, planId, attachmentIds: before.attachments.map((a) => a.id) });
    const kept = before.attachments.filter((a) => cited.has(a.id));
    const removedAt = new Date();
    // Detached first: the test's deletion cascades to the attachments still linked to it.
    if (kept.length) {
      await tx.attachment.updateMany({ where: { orgId: actor.orgId, planId, exerciseId, id: { in: kept.map((a) => a.id) } }, data: { exerciseId: null, removedAt, removedBy: actor.userId } });
    }
    const measurements = await describeMeasurements(tx, { actor, planId, judge }, before.measurements);
    deletedAtVersion(await tx.exercise.deleteMany({ where: { ...exerciseScope(actor, planId, exerciseId), version } }), "The test");
    await recordAudits(
      tx,
      kept.map((a) => ({
        actor,
        action: "exercise.attachment_removed",
        entityType: "exercise",
        entityId: exerciseId,
        planId,
        ...attachmentRemovedSnapshots({ title: before.title, attachment: a, removedAt, keptForVersions: cited.get(a.id)! }),
      })),
    );
    await recordAudit(tx, {
      actor,
      action: "exercise.deleted",
      entityType: "exercise",
      entityId: exerciseId,
      planId,
      before: deletedExerciseSnapshot({ ...before, measurements, attachmentsKept: kept.map((a) => a.fileName) }),
    });
  });
}
