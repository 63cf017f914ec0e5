import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { createSystemSchema } from "@/lib/systems/schemas";
import { systemSnapshot } from "@/lib/systems/system-fields";
import { ownerColumns } from "@/lib/systems/system-owner";

export async function createSystem({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, ownerPersonId, ...data } = parseInput(createSystemSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      const owner = await ownerColumns(tx, { orgId: actor.orgId, choice: ownerPersonId });
      const system = await tx.system.create({ data: { ...data, ...owner, planId, orgId: actor.orgId } });
      await recordAudit(tx, { actor, action: "system.created", entityType: "system", entityId: system.id, planId, after: systemSnapshot(system) });
      return system;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", "This plan already has a system with this name.");
    throw error;
  }
}
