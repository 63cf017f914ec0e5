import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { createFindingSchema } from "@/lib/findings/schemas";
import { checkOwner, findingSnapshot } from "@/lib/findings/finding-fields";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { exerciseScope } from "@/lib/exercises/scope";

/** Records a finding of a plan, usually from one of its tests. It stays open until closed. */
export async function createFinding({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, exerciseId, ownerId, dueOn, ...fields } = parseInput(createFindingSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    if (exerciseId && !(await tx.exercise.count({ where: exerciseScope(actor, planId, exerciseId) }))) throw notFound("The test");
    await checkOwner(tx, actor, ownerId);
    const finding = await tx.finding.create({
      data: { ...fields, orgId: actor.orgId, planId, exerciseId: exerciseId ?? null, ownerId: ownerId ?? null, dueOn: dueOn ?? null },
    });
    await recordAudit(tx, { actor, action: "finding.created", entityType: "finding", entityId: finding.id, after: findingSnapshot(finding) });
    return finding;
  });
}
