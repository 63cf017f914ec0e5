import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { alreadyDeleted, atVersionShown, deletedAtVersion } from "@/lib/concurrency/stale-delete";
import { orgNames } from "@/lib/concurrency/show-fields";
import { parseInput } from "@/lib/validation";
import { planRecordScope } from "@/lib/bia/scope";
import { deleteSystemSchema } from "@/lib/systems/schemas";
import { showSystem, systemSnapshot } from "@/lib/systems/system-fields";
import { loadSystemDeletion } from "@/lib/systems/system-deletion";
import { citedRefusal } from "@/lib/exercises/citing-words";
import { lockForDeletion } from "@/lib/exercises/tests-citing";

/**
 * Deletes a system with its links (functions and systems that depended on it lose that
 * dependency), replicas, restore points and recovery hosts, all named in its audit row. Refused,
 * changing nothing, while a test names it: a test's measured restores and scope are its record and
 * are never rewritten by a deletion elsewhere (docs/decisions/0042). The delete names the version
 * of the register entry the page showed: a system someone saved since is not deleted, and the
 * user is told who changed what (docs/decisions/0073).
 */
export async function deleteSystem({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, systemId, version } = parseInput(deleteSystemSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    await lockForDeletion(tx, actor, { planId, kind: "system", id: systemId });
    const found = await loadSystemDeletion(tx, actor, { planId, systemId });
    if (!found) throw alreadyDeleted("The system");
    await atVersionShown(tx, {
      actor,
      record: found.system,
      version,
      what: "The system",
      entityType: "system",
      actions: ["system.updated"],
      snapshot: systemSnapshot(found.system),
      show: async () => showSystem(await orgNames(tx, actor, "person")),
    });
    if (found.tests.length) throw new AppError("CONFLICT", citedRefusal({ kind: "system", name: found.system.name, tests: found.tests }));
    deletedAtVersion(await tx.system.deleteMany({ where: { ...planRecordScope(actor, planId, systemId), version } }), "The system");
    await recordAudit(tx, {
      actor,
      action: "system.deleted",
      entityType: "system",
      entityId: systemId,
      planId,
      before: { ...systemSnapshot(found.system), ...found.removed },
    });
  });
}
