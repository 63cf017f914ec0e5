import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recoveryScope } from "@/lib/recovery/setup/scope";

/** The plan's backup locations by key (their id in the recovery model) and name: what a measured restore can come from, and how its table names them. */
export async function listMeasurementLocations({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  return db.backupLocation.findMany({ where: recoveryScope(actor, planId), select: { key: true, name: true }, orderBy: { key: "asc" } });
}
