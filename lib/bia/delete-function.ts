import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { deleteFunctionSchema } from "@/lib/bia/schemas";
import { planRecordScope } from "@/lib/bia/scope";
import { functionSnapshot } from "@/lib/bia/function-fields";
import { DEPENDENCY_WRITES, IMPACT_WRITES, showDependencySection, showImpactSection } from "@/lib/bia/function-conflict";
import { atVersionShown, deletedAtVersion, staleDelete } from "@/lib/concurrency/stale-delete";
import { lockForDeletion, testsCiting } from "@/lib/exercises/tests-citing";
import { citedRefusal } from "@/lib/exercises/citing-words";

const WHAT = "The function";

/**
 * Deletes a function; refused, changing nothing, while a test covered it (docs/decisions/0042).
 * The delete names the versions of both sections its page showed, the impact analysis's and the
 * dependencies': a function someone saved since is not deleted, and the user is told who changed
 * what (docs/decisions/0073).
 */
export async function deleteFunction({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, functionId, version, dependenciesVersion } = parseInput(deleteFunctionSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    await lockForDeletion(tx, actor, { planId, kind: "function", id: functionId });
    const found = await tx.businessFunction.findFirst({
      where: planRecordScope(actor, planId, functionId),
      include: { systems: { select: { id: true } }, keyPeople: { select: { id: true } }, vendors: { select: { id: true } }, facilities: { select: { id: true } } },
    });
    const before = await atVersionShown(tx, {
      actor,
      record: found,
      version,
      what: WHAT,
      entityType: "function",
      actions: IMPACT_WRITES,
      snapshot: found ? functionSnapshot(found) : {},
      show: () => showImpactSection(tx, actor, planId),
    });
    await dependenciesAtVersionShown(tx, { actor, planId, fn: before, dependenciesVersion });
    const tests = await testsCiting(tx, actor, { planId, kind: "function", id: functionId });
    if (tests.length) throw new AppError("CONFLICT", citedRefusal({ kind: "function", name: before.name, tests }));
    deletedAtVersion(await tx.businessFunction.deleteMany({ where: { ...planRecordScope(actor, planId, functionId), version, dependenciesVersion } }), WHAT);
    await recordAudit(tx, { actor, action: "function.deleted", entityType: "function", entityId: functionId, planId, before: functionSnapshot(before) });
  });
}

type Ids = { id: string }[];

/**
 * The dependencies' own version checked like the impact analysis's. The refusal's conflict carries
 * the impact analysis's version: that is the `version` the confirmation sends again, while the
 * refreshed page gives it the dependencies' new one.
 */
async function dependenciesAtVersionShown(
  tx: Tx,
  {
    actor,
    planId,
    fn,
    dependenciesVersion,
  }: {
    actor: Actor;
    planId: string;
    fn: { id: string; version: number; dependenciesVersion: number; vitalRecords: string[]; systems: Ids; keyPeople: Ids; vendors: Ids; facilities: Ids };
    dependenciesVersion: number;
  },
) {
  const ids = (rows: Ids) => rows.map((row) => row.id);
  try {
    await atVersionShown(tx, {
      actor,
      record: { id: fn.id, version: fn.dependenciesVersion },
      version: dependenciesVersion,
      what: WHAT,
      entityType: "function",
      actions: DEPENDENCY_WRITES,
      snapshot: { systemIds: ids(fn.systems), keyPersonIds: ids(fn.keyPeople), vendorIds: ids(fn.vendors), facilityIds: ids(fn.facilities), vitalRecords: fn.vitalRecords },
      show: () => showDependencySection(tx, actor, planId),
    });
  } catch (error) {
    throw error instanceof AppError && error.conflict ? staleDelete(WHAT, { ...error.conflict, version: fn.version }) : error;
  }
}
