import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { loadRecoveryRows } from "@/lib/recovery/load-recovery-rows";
import { assessRecovery } from "@/lib/recovery/assess-recovery";

/**
 * The plan's model and assessment for a scope the caller has already checked, once per request:
 * the overview's completeness source and its readiness panel share one engine run.
 */
export const assessScope = cache(async (orgId: string, planId: string) => {
  return assessRecovery({ orgId, planId, now: new Date(), load: () => loadRecoveryRows(db, { orgId, planId }) });
});
