import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { idSet, sameSnapshot } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { updateDependenciesSchema } from "@/lib/bia/schemas";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { DEPENDENCY_WRITES, showDependencySection } from "@/lib/bia/function-conflict";
import { checkReferences } from "@/lib/bia/references";
import { planRecordScope } from "@/lib/bia/scope";

const ids = (rows: { id: string }[]) => idSet(rows.map((r) => r.id));

/**
 * Replaces what a function depends on: IT systems and vendors of the same plan, key people and
 * facilities (sites) of the organisation, and its vital records. They have their own version
 * (`dependenciesVersion`), apart from the impact analysis's: docs/decisions/0007. A save that
 * changes none of them writes nothing: no new version, no audit row.
 */
export async function updateFunctionDependencies({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, functionId, version, vitalRecords, ...refs } = parseInput(updateDependenciesSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // The plan first, then its rows: the lock order of lock-plan.ts.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const before = await tx.businessFunction.findFirst({
      where: planRecordScope(actor, planId, functionId),
      select: {
        dependenciesVersion: true,
        vitalRecords: true,
        systems: { select: { id: true } },
        keyPeople: { select: { id: true } },
        vendors: { select: { id: true } },
        facilities: { select: { id: true } },
      },
    });
    if (!before) throw notFound("The function");
    const snapshot = {
      systemIds: ids(before.systems),
      keyPersonIds: ids(before.keyPeople),
      vendorIds: ids(before.vendors),
      facilityIds: ids(before.facilities),
      vitalRecords: before.vitalRecords,
    };
    if (before.dependenciesVersion !== version) {
      throw staleEdit(
        "this function's dependencies",
        await describeConflict(tx, {
          actor,
          entityType: "function",
          entityId: functionId,
          actions: DEPENDENCY_WRITES,
          startedFrom: version,
          current: { version: before.dependenciesVersion, snapshot },
          show: await showDependencySection(tx, actor, planId),
        }),
      );
    }
    await checkReferences(tx, actor, planId, refs);
    const after = {
      systemIds: idSet(refs.systemIds),
      keyPersonIds: idSet(refs.keyPersonIds),
      vendorIds: idSet(refs.vendorIds),
      facilityIds: idSet(refs.facilityIds),
      vitalRecords,
    };
    if (sameSnapshot(snapshot, after)) return { dependenciesVersion: version, changed: false };
    const { count } = await tx.businessFunction.updateMany({
      where: { ...planRecordScope(actor, planId, functionId), dependenciesVersion: version },
      data: { vitalRecords, dependenciesVersion: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("this function's dependencies");
    const set = (list: string[]) => ({ set: list.map((id) => ({ id })) });
    await tx.businessFunction.update({
      where: { id: functionId },
      data: {
        systems: set(refs.systemIds),
        keyPeople: set(refs.keyPersonIds),
        vendors: set(refs.vendorIds),
        facilities: set(refs.facilityIds),
      },
    });
    await recordAudit(tx, {
      actor,
      action: "function.dependencies_updated",
      entityType: "function",
      entityId: functionId,
      planId,
      before: snapshot,
      after,
    });
    return { dependenciesVersion: version + 1, changed: true };
  });
}
