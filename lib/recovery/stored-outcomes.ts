import "server-only";
import { db } from "@/lib/db/client";
import type { RecoveryOutcome } from "@/lib/recovery/recovery-outcome";

/**
 * What a plan's latest stored assessment found, when, and of which content revision. `outcome` is
 * null for a row stored before systems without a target were counted apart (docs/decisions/0030),
 * functions whose check is not known (docs/decisions/0083), or systems without a host: its counts
 * took them for systems that miss their targets, functions within their MTD, or no systems at
 * all, and cannot be said the new way.
 */
export type StoredOutcome = { assessedAt: Date; contentRevision: number; outcome: RecoveryOutcome | null };

/**
 * Stores a plan's assessment outcome for the plan list, in one statement, unless it would tell the
 * list nothing new: the row is replaced by an assessment of a later content revision, or of the
 * same revision made later with different counts (new restore points can change the answer
 * without changing the plan). The same counts again write nothing, so a busy page does not write
 * on every assessment, and an instance that assessed an older revision never overwrites a newer
 * one. The plan is read in the statement, so a plan of another organisation, or one deleted
 * meanwhile, gets no row. A failure is logged and never fails the page that assessed.
 */
export async function storeOutcome({
  orgId,
  planId,
  contentRevision,
  assessedAt,
  outcome,
}: { orgId: string; planId: string; contentRevision: number; assessedAt: Date; outcome: RecoveryOutcome }): Promise<void> {
  const { issues, systems, notAssessed, noHost, scenarios, noTarget, meetingEvery, functionsOverMtd, functionsNotKnown } = outcome;
  try {
    await db.$executeRaw`
      INSERT INTO "PlanReadiness" ("planId", "orgId", "contentRevision", "assessedAt", "issues", "systems", "notAssessed", "noHost", "scenarios", "noTarget", "meetingEvery", "functionsOverMtd", "functionsNotKnown")
      SELECT p."id", p."orgId", ${contentRevision}, ${assessedAt}, ${issues}, ${systems}, ${notAssessed}, ${noHost}, ${scenarios}, ${noTarget}, ${meetingEvery}, ${functionsOverMtd}, ${functionsNotKnown}
      FROM "Plan" p WHERE p."id" = ${planId} AND p."orgId" = ${orgId}
      ON CONFLICT ("planId") DO UPDATE SET
        "contentRevision" = EXCLUDED."contentRevision", "assessedAt" = EXCLUDED."assessedAt", "issues" = EXCLUDED."issues", "systems" = EXCLUDED."systems",
        "notAssessed" = EXCLUDED."notAssessed", "noHost" = EXCLUDED."noHost", "scenarios" = EXCLUDED."scenarios", "noTarget" = EXCLUDED."noTarget", "meetingEvery" = EXCLUDED."meetingEvery",
        "functionsOverMtd" = EXCLUDED."functionsOverMtd", "functionsNotKnown" = EXCLUDED."functionsNotKnown"
      WHERE "PlanReadiness"."contentRevision" < EXCLUDED."contentRevision"
        OR ("PlanReadiness"."contentRevision" = EXCLUDED."contentRevision" AND "PlanReadiness"."assessedAt" < EXCLUDED."assessedAt"
          AND ("PlanReadiness"."issues", "PlanReadiness"."systems", "PlanReadiness"."notAssessed", "PlanReadiness"."noHost", "PlanReadiness"."scenarios", "PlanReadiness"."noTarget", "PlanReadiness"."meetingEvery", "PlanReadiness"."functionsOverMtd", "PlanReadiness"."functionsNotKnown")
            IS DISTINCT FROM (EXCLUDED."issues", EXCLUDED."systems", EXCLUDED."notAssessed", EXCLUDED."noHost", EXCLUDED."scenarios", EXCLUDED."noTarget", EXCLUDED."meetingEvery", EXCLUDED."functionsOverMtd", EXCLUDED."functionsNotKnown"))`;
  } catch (error) {
    console.error("Could not store a plan's recovery outcome for the plan list", error);
  }
}

/** The stored outcome of each of the organisation's plans named that has one, in one query. */
export async function storedOutcomes({ orgId, planIds }: { orgId: string; planIds: readonly string[] }): Promise<Map<string, StoredOutcome>> {
  const rows = await db.planReadiness.findMany({
    where: { orgId, planId: { in: [...planIds] } },
    select: {
      planId: true, contentRevision: true, assessedAt: true, issues: true, systems: true, notAssessed: true, noHost: true, scenarios: true, noTarget: true, meetingEvery: true, functionsOverMtd: true, functionsNotKnown: true,
    },
  });
  return new Map(
    rows.map(({ planId, contentRevision, assessedAt, noTarget, functionsNotKnown, noHost, ...counts }) => [
      planId,
      { contentRevision, assessedAt, outcome: noTarget === null || functionsNotKnown === null || noHost === null ? null : { ...counts, noTarget, functionsNotKnown, noHost } },
    ]),
  );
}
