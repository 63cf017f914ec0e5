import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { createFindingSchema, findingSourceSchema, heldToSource } from "@/lib/findings/schemas";
import { checkOwner, findingSnapshot } from "@/lib/findings/finding-fields";
import { loadFindingSource } from "@/lib/findings/load-finding-source";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";

/**
 * Records a finding of a plan, usually from one of its tests or, as a corrective action, from one
 * of its incidents (docs/decisions/0058), with who will fix it and by when (not before the test's
 * date or the incident's declaration). It stays open until closed.
 */
export async function createFinding({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  // The source first: its date bounds the due date, checked in the same pass as the other fields.
  const { planId, exerciseId, incidentId } = parseInput(findingSourceSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // The plan first, then its rows: the lock order of lock-plan.ts.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const bound = await loadFindingSource(tx, actor, planId, { exerciseId, incidentId });
    const { ownerId, dueOn, description, severity } = parseInput(heldToSource(createFindingSchema, bound), input);
    await checkOwner(tx, actor, ownerId);
    const finding = await tx.finding.create({
      data: { description, severity, orgId: actor.orgId, planId, exerciseId: exerciseId ?? null, incidentId: incidentId ?? null, ownerId, dueOn },
    });
    await recordAudit(tx, { actor, action: "finding.created", entityType: "finding", entityId: finding.id, planId, after: findingSnapshot(finding) });
    return finding;
  });
}
