import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { exerciseRefSchema } from "@/lib/exercises/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { exerciseScope } from "@/lib/exercises/scope";
import { checkAttachment, cleanFileName, evidenceFileName } from "@/lib/exercises/attachment-rules";
import { attachmentSnapshots } from "@/lib/exercises/attachment-audit";

export type UploadedFile = { name: string; type: string; bytes: Uint8Array };

/** Stores evidence for a test in Postgres after checking its size, declared type and content. */
export async function uploadAttachment({ actor, input, file }: { actor: Actor; input: unknown; file: UploadedFile | null }) {
  authorize(actor, "plan:edit");
  const { planId, exerciseId } = parseInput(exerciseRefSchema, input);
  // Another organisation's test is not found, whatever the file: say nothing about the file first.
  if (!(await db.exercise.count({ where: exerciseScope(actor, planId, exerciseId) }))) throw notFound("The test");
  if (!file) throw invalid("file", "Choose a file to attach.");
  const fileName = cleanFileName(file.name);
  const check = checkAttachment({ fileName, declaredType: file.type, bytes: file.bytes });
  if (!check.ok) throw invalid("file", check.message);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  // Writing up to MAX_ATTACHMENT_BYTES (plus the revision triggers) took 6.6 s on a busy 2-core
  // machine: Prisma's default 5 s timeout would roll a good upload back.
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // The plan first, then its rows: the lock order of lock-plan.ts.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const test = await tx.exercise.findFirst({ where: exerciseScope(actor, planId, exerciseId), select: { title: true } });
    if (!test) throw notFound("The test");
    const attachment = await tx.attachment.create({
      data: {
        orgId: actor.orgId,
        planId,
        exerciseId,
        fileName: evidenceFileName(fileName, check.contentType),
        contentType: check.contentType,
        sizeBytes: file.bytes.length,
        sha256,
        data: Buffer.from(file.bytes),
        uploadedBy: actor.userId,
      },
      select: { id: true, fileName: true, contentType: true, sizeBytes: true, sha256: true },
    });
    await recordAudit(tx, { actor, action: "exercise.attachment_added", entityType: "exercise", entityId: exerciseId, planId, ...attachmentSnapshots({ title: test.title, after: attachment }) });
    return attachment;
  }, { timeout: 30_000 });
}
