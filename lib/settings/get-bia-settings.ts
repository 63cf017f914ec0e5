import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { storedCategories } from "@/lib/bia/impact";

/** The organisation's BIA settings: the grid's outage lengths and categories, and the first intolerable rating. */
export async function getBiaSettings({ actor }: { actor: Actor }) {
  authorize(actor, "plan:read");
  const org = await db.organization.findUniqueOrThrow({
    where: { id: actor.orgId },
    select: { impactHorizonsMinutes: true, impactCategories: true, intolerableRating: true, biaSettingsVersion: true },
  });
  return {
    horizons: [...org.impactHorizonsMinutes].sort((a, b) => a - b),
    categories: storedCategories(org.impactCategories),
    intolerableRating: org.intolerableRating,
    version: org.biaSettingsVersion,
  };
}
