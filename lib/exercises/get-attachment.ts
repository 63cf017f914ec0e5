import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { attachmentRefSchema } from "@/lib/exercises/schemas";
import { attachmentScope } from "@/lib/exercises/scope";
import { recordAudit } from "@/lib/audit/record-audit";

/**
 * An attachment's bytes for download; another organisation's is simply not found. Audited: who
 * took which evidence file, and when, is part of the evidence trail an auditor follows.
 */
export async function getAttachment({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:read");
  const { planId, exerciseId, attachmentId } = parseInput(attachmentRefSchema, input);
  const attachment = await db.attachment.findFirst({
    where: attachmentScope(actor, planId, exerciseId, attachmentId),
    select: { fileName: true, contentType: true, sizeBytes: true, sha256: true, data: true },
  });
  if (!attachment) throw notFound("The attachment");
  await db.$transaction((tx) =>
    recordAudit(tx, { actor, action: "exercise.attachment_downloaded", entityType: "exercise", entityId: exerciseId, planId, after: { fileName: attachment.fileName, sha256: attachment.sha256 } }),
  );
  return attachment;
}
