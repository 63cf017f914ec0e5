import "server-only";
import { authorize, type Actor } from "@/lib/auth/context";
import { listLocationNames } from "@/lib/recovery/model-names";

/** The plan's backup locations by key and name: what a measured restore can come from, and how its table names them. */
export async function listMeasurementLocations({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  return listLocationNames(actor, planId);
}
