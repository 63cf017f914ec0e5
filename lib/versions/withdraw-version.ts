import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { versionRefSchema } from "@/lib/versions/schemas";
import { resolveVersionRequests } from "@/lib/notifications/notify";

/**
 * Withdraws a version if it is still awaiting approval, in the caller's transaction: a conditional
 * write, its approvers' requests settled, and its audit row (with `reason` when the committee did
 * not ask for it itself). False when it was no longer awaiting approval, and nothing is written.
 */
export async function withdrawSubmitted(
  tx: Tx,
  { actor, planId, versionId, now = new Date(), reason }: { actor: Actor; planId: string; versionId: string; now?: Date; reason?: string },
): Promise<boolean> {
  const { count } = await tx.planVersion.updateMany({ where: { id: versionId, orgId: actor.orgId, status: "submitted" }, data: { status: "withdrawn", decidedAt: now } });
  if (count === 0) return false;
  await resolveVersionRequests(tx, { orgId: actor.orgId, versionIds: [versionId], now });
  await recordAudit(tx, {
    actor,
    action: "plan.version_withdrawn",
    entityType: "plan_version",
    entityId: versionId,
    planId,
    before: { status: "submitted" },
    after: { status: "withdrawn", ...(reason ? { reason } : {}) },
  });
  return true;
}

/** The committee takes back a version awaiting approval (e.g. to fix something first). */
export async function withdrawVersion({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:submit");
  const { planId, number } = parseInput(versionRefSchema, input);
  return db.$transaction(async (tx) => {
    const version = await tx.planVersion.findFirst({ where: { orgId: actor.orgId, planId, number }, select: { id: true } });
    if (!version) throw notFound("The version");
    if (!(await withdrawSubmitted(tx, { actor, planId, versionId: version.id }))) throw new AppError("CONFLICT", `Version ${number} is no longer awaiting approval.`);
  });
}
