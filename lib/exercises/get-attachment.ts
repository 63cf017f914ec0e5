import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { attachmentRefSchema } from "@/lib/exercises/schemas";
import { attachmentScope } from "@/lib/exercises/scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { attachmentSnapshots } from "@/lib/exercises/attachment-audit";

/**
 * An attachment's bytes for download; another organisation's is simply not found. Audited: who
 * took which evidence file, and when, is part of the evidence trail an auditor follows.
 */
export async function getAttachment({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:read");
  const { planId, exerciseId, attachmentId } = parseInput(attachmentRefSchema, input);
  const attachment = await db.attachment.findFirst({
    where: attachmentScope(actor, planId, exerciseId, attachmentId),
    select: { fileName: true, contentType: true, sizeBytes: true, sha256: true, data: true, exercise: { select: { title: true } } },
  });
  if (!attachment?.exercise) throw notFound("The attachment");
  const { exercise, ...file } = attachment;
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: "exercise.attachment_downloaded",
      entityType: "exercise",
      entityId: exerciseId,
      planId,
      ...attachmentSnapshots({ title: exercise.title, after: { fileName: file.fileName, sha256: file.sha256 } }),
    }),
  );
  return file;
}
