import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { planRecordScope } from "@/lib/bia/scope";
import { updateSystemSchema } from "@/lib/systems/schemas";
import { systemSnapshot } from "@/lib/systems/system-fields";

/** Edits a system's register entry (name, kind, owner, description); the technical columns are the recovery feature's. */
export async function updateSystem({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, systemId, version, ...data } = parseInput(updateSystemSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      const before = await tx.system.findFirst({ where: planRecordScope(actor, planId, systemId) });
      if (!before) throw notFound("The system");
      const { count } = await tx.system.updateMany({
        where: { ...planRecordScope(actor, planId, systemId), version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw staleEdit("this system");
      await recordAudit(tx, {
        actor,
        action: "system.updated",
        entityType: "system",
        entityId: systemId,
        before: systemSnapshot(before),
        after: systemSnapshot(data),
      });
      return { ...before, ...data, version: version + 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", "This plan already has a system with this name.");
    throw error;
  }
}
