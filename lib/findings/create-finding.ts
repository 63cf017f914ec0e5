import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { createFindingSchema, heldToTest } from "@/lib/findings/schemas";
import { checkOwner, findingSnapshot } from "@/lib/findings/finding-fields";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { exerciseScope } from "@/lib/exercises/scope";

/**
 * Records a finding of a plan, usually from one of its tests, with who will fix it and by when
 * (not before the test's date). It stays open until closed.
 */
export async function createFinding({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  // The test first: its date bounds the due date, checked in the same pass as the other fields.
  const { planId, exerciseId } = parseInput(createFindingSchema.pick({ planId: true, exerciseId: true }), input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const exercise = exerciseId ? await tx.exercise.findFirst({ where: exerciseScope(actor, planId, exerciseId), select: { conductedOn: true } }) : null;
    if (exerciseId && !exercise) throw notFound("The test");
    const { ownerId, dueOn, description, severity } = parseInput(heldToTest(createFindingSchema, exercise), input);
    await checkOwner(tx, actor, ownerId);
    const finding = await tx.finding.create({
      data: { description, severity, orgId: actor.orgId, planId, exerciseId: exerciseId ?? null, ownerId, dueOn },
    });
    await recordAudit(tx, { actor, action: "finding.created", entityType: "finding", entityId: finding.id, planId, after: findingSnapshot(finding) });
    return finding;
  });
}
