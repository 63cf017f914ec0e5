import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { planRecordScope } from "@/lib/bia/scope";
import { deleteTierSchema } from "@/lib/priorities/schemas";

/** Deletes a tier; functions placed in it by hand fall back to the tier their RTO gives them. */
export async function deleteTier({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, tierId } = parseInput(deleteTierSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const before = await tx.recoveryTier.findFirst({ where: planRecordScope(actor, planId, tierId) });
    if (!before) throw notFound("The tier");
    await tx.recoveryTier.deleteMany({ where: planRecordScope(actor, planId, tierId) });
    await recordAudit(tx, {
      actor,
      action: "tier.deleted",
      entityType: "tier",
      entityId: tierId,
      planId,
      before: { name: before.name, maxRtoMinutes: before.maxRtoMinutes, description: before.description },
    });
  });
}
