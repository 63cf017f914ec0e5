import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { assess, parseModel } from "@/lib/engine";
import { loadRecoveryRows } from "@/lib/recovery/load-recovery-rows";
import { toRecoveryModel } from "@/lib/recovery/to-model";

/**
 * The plan's model and assessment for a scope the caller has already checked, once per request:
 * the overview's completeness source and its readiness panel share one engine run.
 */
export const assessScope = cache(async (orgId: string, planId: string) => {
  const rows = await loadRecoveryRows(db, { orgId, planId });
  const { model, unmodelled } = toRecoveryModel(rows, new Date());
  const parsed = parseModel(model);
  if (!parsed.ok) return { model, unmodelled, ok: false as const, issues: parsed.issues };
  return { model, unmodelled, ok: true as const, assessment: assess(parsed.model) };
});
