import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { deletePersonSchema, PERSON_LABELS } from "@/lib/people/schemas";
import { personScope } from "@/lib/people/scope";
import { lockPlans } from "@/lib/plans/lock-plans";
import { personSnapshot } from "@/lib/people/person-fields";
import { describeUses, listPersonUses } from "@/lib/people/person-uses";
import { orgNames, showLabelled } from "@/lib/concurrency/show-fields";
import { atVersionShown, deletedAtVersion } from "@/lib/concurrency/stale-delete";
import { relabelPersonItems } from "@/lib/inventories/relabel-person-items";

/**
 * Deletes a person from the register, but only when nothing names them: a plan must never lose a
 * committee seat, a call-out contact or an owner silently. The refusal says which plans name them,
 * and how. The delete names the version the page showed: a person someone saved since is not
 * deleted, and the user is told who changed what (docs/decisions/0073).
 */
export async function deletePerson({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { personId, version } = parseInput(deletePersonSchema, input);
  return db.$transaction(async (tx) => {
    // The plans first, then the person (lock-plans.ts): a save naming them that took its plan first
    // commits first, and is among the uses listed below.
    await lockPlans(tx, { orgId: actor.orgId });
    const found = await tx.person.findFirst({ where: personScope(actor, personId) });
    const person = await atVersionShown(tx, {
      actor,
      record: found,
      version,
      what: "The person",
      entityType: "person",
      actions: ["person.updated"],
      snapshot: found ? personSnapshot(found) : {},
      show: async () => showLabelled(PERSON_LABELS, await orgNames(tx, actor, "department")),
    });
    const blocking = (await listPersonUses(tx, actor, personId))
      .map((plan) => ({ ...plan, uses: plan.uses.filter((use) => use.blocksDeletion) }))
      .filter((plan) => plan.uses.length > 0);
    if (blocking.length) {
      throw new AppError("CONFLICT", `${person.name} cannot be deleted: ${describeUses(blocking)}. Replace them there first.`);
    }
    deletedAtVersion(await tx.person.deleteMany({ where: { ...personScope(actor, personId), version } }), "The person");
    await relabelPersonItems(tx, { orgId: actor.orgId, personIds: [personId] });
    await recordAudit(tx, {
      actor,
      action: "person.deleted",
      entityType: "person",
      entityId: personId,
      planId: null,
      before: personSnapshot(person),
    });
  });
}
