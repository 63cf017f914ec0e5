import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { snapshotHash } from "@/lib/versions/canonical-json";

/** Recomputes a version's hash from its stored snapshot and compares it with the recorded one. */
export async function verifyVersion({ actor, planId, number }: { actor: Actor; planId: string; number: number }) {
  authorize(actor, "plan:read");
  const version = await db.planVersion.findFirst({
    where: { orgId: actor.orgId, planId, number },
    select: { hash: true, snapshot: true, approvals: { select: { versionHash: true } } },
  });
  if (!version) throw notFound("The version");
  const computed = snapshotHash(version.snapshot);
  return {
    ok: computed === version.hash && version.approvals.every((a) => a.versionHash === version.hash),
    recorded: version.hash,
    computed,
  };
}
