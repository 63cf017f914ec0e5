import "server-only";
import type { Tx } from "@/lib/db/client";
import { orgTables } from "@/lib/exports/org-tables";
import { copyStatements } from "@/lib/plans/copy-statements";

/**
 * Copies the content of one plan into another, new and empty, of the same organisation, inside
 * the caller's transaction (lib/plans/plan-content.ts says what is copied). The caller holds a
 * lock on the source plan's row, which every edit of its content also updates (decision 5), so
 * the statements, one per table, all read the same source.
 */
export async function copyPlanContent(tx: Tx, { sourcePlanId, planId }: { sourcePlanId: string; planId: string }): Promise<void> {
  for (const statement of copyStatements(await orgTables(tx))) await tx.$executeRawUnsafe(statement, sourcePlanId, planId);
}
