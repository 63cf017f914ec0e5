import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { attachmentRefSchema } from "@/lib/exercises/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { attachmentScope } from "@/lib/exercises/scope";

export async function deleteAttachment({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, exerciseId, attachmentId } = parseInput(attachmentRefSchema, input);
  await db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const where = attachmentScope(actor, planId, exerciseId, attachmentId);
    const before = await tx.attachment.findFirst({ where, select: { id: true, fileName: true, contentType: true, sizeBytes: true, sha256: true } });
    if (!before) throw notFound("The attachment");
    await tx.attachment.deleteMany({ where });
    await recordAudit(tx, { actor, action: "exercise.attachment_deleted", entityType: "exercise", entityId: exerciseId, before });
  });
}
