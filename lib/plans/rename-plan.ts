import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { renamePlanSchema } from "@/lib/plans/schemas";
import { planScope } from "@/lib/plans/scope";
import { takenPlanName } from "@/lib/plans/taken-plan-name";
import { isUniqueViolation, planSnapshot } from "@/lib/plans/plan-fields";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { stalePlan } from "@/lib/plans/plan-conflict";

/**
 * Renames a plan (and edits its description). The write names the version the editor started
 * from: if someone else saved in between, nothing is overwritten and the editor is told what
 * changed. A save that changes nothing writes nothing: no new version, no audit row.
 */
export async function renamePlan({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, name, description, version } = parseInput(renamePlanSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.plan.findFirst({ where: planScope(actor, planId) });
      if (!before) throw notFound("The plan");
      if (before.status === "archived") throw new AppError("CONFLICT", "An archived plan cannot be edited.");
      if (before.version !== version) throw await stalePlan(tx, actor, before, version, { name: { label: "Name" }, description: { label: "Scope" } });
      if (before.name === name && before.description === description) return { ...before, changed: false };
      const { count } = await tx.plan.updateMany({
        where: { ...planScope(actor, planId), version, status: "active" },
        data: { name, description, version: { increment: 1 } },
      });
      // A write that committed between the read above and this one: refused without details.
      if (count === 0) throw staleEdit("this plan");
      const after = { ...before, name, description };
      await recordAudit(tx, {
        actor,
        action: "plan.renamed",
        entityType: "plan",
        entityId: planId,
        planId,
        before: planSnapshot(before),
        after: planSnapshot(after),
      });
      return { ...after, version: version + 1, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await takenPlanName({ orgId: actor.orgId, name: name });
    throw error;
  }
}
