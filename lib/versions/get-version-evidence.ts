import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { versionEvidenceRefSchema } from "@/lib/versions/schemas";
import { versionEvidence } from "@/lib/versions/version-evidence";
import { recordAudit } from "@/lib/audit/record-audit";

/**
 * An evidence file's bytes as a frozen version lists it, whether or not it is still on the current
 * plan (decision 18). Only files that version's own snapshot lists can be reached this way, and
 * only in the actor's organisation: anything else is simply not found. Audited, as a test's evidence
 * download is.
 */
export async function getVersionEvidence({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:read");
  const { planId, number, attachmentId } = parseInput(versionEvidenceRefSchema, input);
  const version = await db.planVersion.findFirst({ where: { orgId: actor.orgId, planId, number }, select: { id: true, snapshot: true } });
  if (!version) throw notFound("The version");
  if (!versionEvidence(version.snapshot).some((e) => e.id === attachmentId)) throw notFound("The evidence");
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, orgId: actor.orgId, planId },
    select: { fileName: true, contentType: true, sizeBytes: true, sha256: true, data: true },
  });
  if (!attachment) throw notFound("The evidence");
  await db.$transaction((tx) =>
    recordAudit(tx, { actor, action: "plan.version_evidence_downloaded", entityType: "plan_version", entityId: version.id, planId, after: { number, fileName: attachment.fileName, sha256: attachment.sha256 } }),
  );
  return attachment;
}
