import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { exerciseRefSchema } from "@/lib/exercises/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { exerciseSnapshot } from "@/lib/exercises/exercise-fields";
import { exerciseScope } from "@/lib/exercises/scope";
import { lockPlanForEvidence, versionsCitingEvidence } from "@/lib/exercises/evidence-citations";

/**
 * Deletes a test with its measurements and attachments. Its findings stay on the plan (unlinked)
 * until someone closes them: deleting the test must not make a known weakness disappear. Evidence
 * a frozen plan version lists is detached and kept for that version instead of deleted with the
 * test (decision 18); each kept file has its own audit entry naming the versions.
 */
export async function deleteExercise({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, exerciseId } = parseInput(exerciseRefSchema, input);
  await db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    await lockPlanForEvidence(tx, { orgId: actor.orgId, planId });
    const before = await tx.exercise.findFirst({
      where: exerciseScope(actor, planId, exerciseId),
      include: {
        _count: { select: { measurements: true } },
        attachments: { select: { id: true, fileName: true, contentType: true, sizeBytes: true, sha256: true } },
      },
    });
    if (!before) throw notFound("The test");
    const cited = await versionsCitingEvidence(tx, { orgId: actor.orgId, planId, attachmentIds: before.attachments.map((a) => a.id) });
    const kept = before.attachments.filter((a) => cited.has(a.id));
    const removedAt = new Date();
    // Detached first: the test's deletion cascades to the attachments still linked to it.
    if (kept.length) {
      await tx.attachment.updateMany({ where: { orgId: actor.orgId, planId, exerciseId, id: { in: kept.map((a) => a.id) } }, data: { exerciseId: null, removedAt, removedBy: actor.userId } });
    }
    await tx.exercise.deleteMany({ where: exerciseScope(actor, planId, exerciseId) });
    await recordAudits(
      tx,
      kept.map((a) => ({
        actor,
        action: "exercise.attachment_removed",
        entityType: "exercise",
        entityId: exerciseId,
        planId,
        before: { ...a, exerciseId, removedAt: null },
        after: { ...a, exerciseId: null, removedAt: removedAt.toISOString(), keptForVersions: cited.get(a.id)! },
      })),
    );
    await recordAudit(tx, {
      actor,
      action: "exercise.deleted",
      entityType: "exercise",
      entityId: exerciseId,
      planId,
      before: { ...exerciseSnapshot(before), measurements: before._count.measurements, attachments: before.attachments.length, attachmentsKept: kept.length },
    });
  });
}
