import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { versionRefSchema } from "@/lib/versions/schemas";
import { resolveVersionRequests } from "@/lib/notifications/notify";

/** The committee takes back a version awaiting approval (e.g. to fix something first). */
export async function withdrawVersion({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:submit");
  const { planId, number } = parseInput(versionRefSchema, input);
  return db.$transaction(async (tx) => {
    const version = await tx.planVersion.findFirst({ where: { orgId: actor.orgId, planId, number }, select: { id: true } });
    if (!version) throw notFound("The version");
    const { count } = await tx.planVersion.updateMany({ where: { id: version.id, status: "submitted" }, data: { status: "withdrawn", decidedAt: new Date() } });
    if (count === 0) throw new AppError("CONFLICT", `Version ${number} is no longer awaiting approval.`);
    await resolveVersionRequests(tx, { orgId: actor.orgId, versionIds: [version.id] });
    await recordAudit(tx, { actor, action: "plan.version_withdrawn", entityType: "plan_version", entityId: version.id, planId, before: { status: "submitted" }, after: { status: "withdrawn" } });
  });
}
