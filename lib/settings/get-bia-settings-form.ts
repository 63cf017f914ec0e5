import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { getBiaSettings } from "@/lib/settings/get-bia-settings";
import { ratedFunctionsByCategory } from "@/lib/settings/rated-functions";

/**
 * What the settings form starts from: the BIA settings and how many functions rate each category,
 * which the form says before a category is removed. Counted only here: the BIA pages, which also
 * read the settings, do not need it.
 */
export async function getBiaSettingsForm({ actor }: { actor: Actor }) {
  authorize(actor, "org:settings");
  const settings = await getBiaSettings({ actor });
  const ratedFunctions = await ratedFunctionsByCategory(db, { orgId: actor.orgId, horizons: settings.horizons });
  return { ...settings, ratedFunctions };
}
