import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import type { AppError } from "@/lib/errors";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { showFields, type FieldDisplay } from "@/lib/concurrency/show-fields";
import { planSnapshot } from "@/lib/plans/plan-fields";

/**
 * Every write that bumps Plan.version, each audited with the `before` of what it changed (no
 * trigger touches the version): renaming, the commitment, the test and review cadences, archiving
 * and restoring. The plan's forms share the version, so each names the fields it shows.
 */
export const PLAN_WRITES = ["plan.renamed", "plan.commitment-updated", "plan.test_cadence_changed", "plan.review_cadence_changed", "plan.archived", "plan.restored"];

type PlanRow = {
  id: string;
  version: number;
  name: string;
  description: string;
  status: string;
  sponsorId: string | null;
  endorsedOn: Date | null;
  testCadenceDays: number;
  reviewCadenceDays: number;
};

/** The day top management endorsed the plan, as the commitment form shows and the audit log keeps it. */
export const endorsedDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** The refused save of a plan form started from `startedFrom`, with what changed in `fields` since. */
export async function stalePlan(tx: Tx, actor: Pick<Actor, "orgId">, plan: PlanRow, startedFrom: number, fields: FieldDisplay): Promise<AppError> {
  return staleEdit(
    "this plan",
    await describeConflict(tx, {
      actor,
      entityType: "plan",
      entityId: plan.id,
      actions: PLAN_WRITES,
      startedFrom,
      current: {
        version: plan.version,
        snapshot: {
          ...planSnapshot(plan),
          sponsorId: plan.sponsorId,
          endorsedOn: endorsedDay(plan.endorsedOn),
          testCadenceDays: plan.testCadenceDays,
          reviewCadenceDays: plan.reviewCadenceDays,
        },
      },
      show: showFields(fields),
    }),
  );
}
