import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recoveryScope } from "@/lib/recovery/setup/scope";

/** The plan's backup locations a measured restore can come from, by key (its id in the recovery model). */
export async function listMeasurementLocations({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  return db.backupLocation.findMany({ where: recoveryScope(actor, planId), select: { key: true, name: true }, orderBy: { key: "asc" } });
}
