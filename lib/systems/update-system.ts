import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { orgNames } from "@/lib/concurrency/show-fields";
import { planRecordScope } from "@/lib/bia/scope";
import { updateSystemSchema } from "@/lib/systems/schemas";
import { showSystem, systemSnapshot } from "@/lib/systems/system-fields";
import { ownerColumns } from "@/lib/systems/system-owner";

/**
 * Edits a system's register entry (name, kind, owner, description) under its `version`; the
 * technical columns are the recovery feature's, under `recoveryVersion` (docs/decisions/0007). A
 * save that changes nothing writes nothing: no new version, no audit row. The owner is a person of
 * the register, or the text typed while owners were free text, kept (lib/systems/system-owner.ts).
 */
export async function updateSystem({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, systemId, version, ownerPersonId, ...fields } = parseInput(updateSystemSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      // The plan first, then its rows: the lock order of lock-plan.ts.
      await lockPlan(tx, { orgId: actor.orgId, planId });
      const before = await tx.system.findFirst({ where: planRecordScope(actor, planId, systemId) });
      if (!before) throw notFound("The system");
      if (before.version !== version) {
        throw staleEdit(
          "this system",
          await describeConflict(tx, {
            actor,
            entityType: "system",
            entityId: systemId,
            actions: ["system.updated"],
            startedFrom: version,
            current: { version: before.version, snapshot: systemSnapshot(before) },
            show: showSystem(await orgNames(tx, actor, "person")),
          }),
        );
      }
      const data = { ...fields, ...(await ownerColumns(tx, { orgId: actor.orgId, choice: ownerPersonId, ownerText: before.ownerText })) };
      if (writesNothing(before, data)) return { ...before, changed: false };
      const { count } = await tx.system.updateMany({
        where: { ...planRecordScope(actor, planId, systemId), version },
        data: { ...data, version: { increment: 1 } },
      });
      // A write that committed between the read above and this one: refused without details.
      if (count === 0) throw staleEdit("this system");
      await recordAudit(tx, {
        actor,
        action: "system.updated",
        entityType: "system",
        entityId: systemId,
        planId,
        before: systemSnapshot(before),
        after: systemSnapshot(data),
      });
      return { ...before, ...data, version: version + 1, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", "This plan already has a system with this name.");
    throw error;
  }
}
