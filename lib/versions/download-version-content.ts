import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { versionRefSchema } from "@/lib/versions/schemas";
import { canonicalJson, sha256Hex } from "@/lib/versions/canonical-json";
import { fileSafe } from "@/lib/slug";

/**
 * A version's frozen content as the exact bytes its hash was computed over: the stored snapshot's
 * canonical JSON. Anyone holding the file can check, outside the app (`sha256sum`), that it is
 * the content the approvers' statements name, and keep it as the record of what was approved.
 * The bytes are the stored ones even when they no longer match the hash, so a check shows it.
 * The download is audited, as a report's is: the plan's content leaves the app.
 */
export async function downloadVersionContent({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:export");
  const { planId, number } = parseInput(versionRefSchema, input);
  return db.$transaction(async (tx) => {
    const version = await tx.planVersion.findFirst({
      where: { orgId: actor.orgId, planId, number },
      select: { id: true, hash: true, snapshot: true, plan: { select: { name: true } } },
    });
    if (!version) throw notFound("The version");
    const json = canonicalJson(version.snapshot);
    const sha256 = sha256Hex(json);
    await recordAudit(tx, { actor, action: "plan.version_content_downloaded", entityType: "plan_version", entityId: version.id, planId, after: { number, hash: version.hash, sha256 } });
    return { filename: `${fileSafe(version.plan.name)}-v${number}-${version.hash.slice(0, 12)}.json`, json };
  });
}
