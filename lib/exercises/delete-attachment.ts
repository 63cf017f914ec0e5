import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { attachmentRefSchema } from "@/lib/exercises/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { attachmentScope } from "@/lib/exercises/scope";
import { attachmentRemovedSnapshots, attachmentSnapshots } from "@/lib/exercises/attachment-audit";
import { versionsCitingEvidence } from "@/lib/exercises/evidence-citations";
import { lockPlan } from "@/lib/plans/lock-plan";

/**
 * Removes a file from a test's evidence. A file no plan version lists is deleted for good (a
 * mistaken upload must be removable). A file a frozen version lists is what that version's
 * approvers and auditors rely on: it leaves the test and the current plan, but its row and bytes
 * stay, downloadable from the version (decision 18). Returns the versions that keep it, if any.
 */
export async function deleteAttachment({ actor, input }: { actor: Actor; input: unknown }): Promise<{ keptForVersions: number[] }> {
  authorize(actor, "plan:edit");
  const { planId, exerciseId, attachmentId } = parseInput(attachmentRefSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // Submitting a version locks the plan too before it freezes the snapshot, so a removal and a
    // submission never cross: either the version lists the file and the removal sees that
    // version, or the file is gone before the snapshot is taken.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const where = attachmentScope(actor, planId, exerciseId, attachmentId);
    const found = await tx.attachment.findFirst({ where, select: { id: true, fileName: true, contentType: true, sizeBytes: true, sha256: true, exercise: { select: { title: true } } } });
    if (!found?.exercise) throw notFound("The attachment");
    const { exercise, ...before } = found;
    const keptForVersions = (await versionsCitingEvidence(tx, { orgId: actor.orgId, planId, attachmentIds: [attachmentId] })).get(attachmentId) ?? [];
    if (keptForVersions.length === 0) {
      await tx.attachment.deleteMany({ where });
      await recordAudit(tx, { actor, action: "exercise.attachment_deleted", entityType: "exercise", entityId: exerciseId, planId, ...attachmentSnapshots({ title: exercise.title, before }) });
      return { keptForVersions };
    }
    const removedAt = new Date();
    await tx.attachment.updateMany({ where, data: { exerciseId: null, removedAt, removedBy: actor.userId } });
    await recordAudit(tx, {
      actor,
      action: "exercise.attachment_removed",
      entityType: "exercise",
      entityId: exerciseId,
      planId,
      ...attachmentRemovedSnapshots({ title: exercise.title, attachment: before, removedAt, keptForVersions }),
    });
    return { keptForVersions };
  });
}
