import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { versionRefSchema } from "@/lib/versions/schemas";

/**
 * Marks the actor's own unread notifications about one version of a plan read: opening the
 * version is what they asked for. The version page calls it once it is shown
 * (components/notifications/mark-read-on-view.tsx), not while it renders: a render must not
 * write. Returns how many were marked.
 */
export async function markVersionRead({ actor, input }: { actor: Actor; input: unknown }): Promise<number> {
  authorize(actor, "plan:read");
  const { planId, number } = parseInput(versionRefSchema, input);
  const version = await db.planVersion.findFirst({ where: { orgId: actor.orgId, planId, number }, select: { id: true } });
  if (!version) throw notFound("The version");
  const { count } = await db.notification.updateMany({
    where: { orgId: actor.orgId, userId: actor.userId, versionId: version.id, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
