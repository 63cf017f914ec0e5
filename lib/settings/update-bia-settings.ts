import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { updateBiaSettingsSchema } from "@/lib/settings/schemas";
import { staleEdit } from "@/lib/concurrency/stale-edit";

/**
 * Changes the outage lengths of the impact grid and the intolerable rating. The organisation has
 * no version column, so the write is conditional on the values the form started from. Ratings
 * at an outage length that is removed no longer show or count, and drop out when the function
 * is next saved.
 */
export async function updateBiaSettings({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "org:settings");
  const { horizons, intolerableRating, expectedHorizons, expectedRating } = parseInput(updateBiaSettingsSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: actor.orgId },
      select: { impactHorizonsMinutes: true, intolerableRating: true },
    });
    const unchanged =
      before.intolerableRating === expectedRating &&
      [...before.impactHorizonsMinutes].sort((a, b) => a - b).join() === expectedHorizons.join();
    const { count } = unchanged
      ? await tx.organization.updateMany({
          where: { id: actor.orgId, intolerableRating: before.intolerableRating, impactHorizonsMinutes: { equals: before.impactHorizonsMinutes } },
          data: { impactHorizonsMinutes: horizons, intolerableRating },
        })
      : { count: 0 };
    if (count === 0) {
      throw staleEdit("these settings");
    }
    await recordAudit(tx, {
      actor,
      action: "org.bia_settings_updated",
      entityType: "organization",
      entityId: actor.orgId,
      before: { impactHorizonsMinutes: before.impactHorizonsMinutes, intolerableRating: before.intolerableRating },
      after: { impactHorizonsMinutes: horizons, intolerableRating },
    });
    return { horizons, intolerableRating };
  });
}
