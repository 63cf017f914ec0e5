import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { createPlanSchema } from "@/lib/plans/schemas";
import { isUniqueViolation, planSnapshot } from "@/lib/plans/plan-fields";

export async function createPlan({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:create");
  const data = parseInput(createPlanSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const plan = await tx.plan.create({ data: { ...data, orgId: actor.orgId } });
      await recordAudit(tx, {
        actor,
        action: "plan.created",
        entityType: "plan",
        entityId: plan.id,
        planId: plan.id,
        after: planSnapshot(plan),
      });
      return plan;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", "A plan with this name already exists.");
    throw error;
  }
}
