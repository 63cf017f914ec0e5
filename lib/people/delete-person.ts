import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { deletePersonSchema } from "@/lib/people/schemas";
import { personScope } from "@/lib/people/scope";
import { personSnapshot } from "@/lib/people/person-fields";
import { describeUses, listPersonUses } from "@/lib/people/person-uses";

/**
 * Deletes a person from the register, but only when nothing names them: a plan must never lose a
 * committee seat, a call-out contact or an owner silently. The refusal says which plans name them,
 * and how.
 */
export async function deletePerson({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { personId } = parseInput(deletePersonSchema, input);
  return db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({ where: personScope(actor, personId) });
    if (!person) throw notFound("The person");
    const blocking = (await listPersonUses(tx, actor, personId))
      .map((plan) => ({ ...plan, uses: plan.uses.filter((use) => use.blocksDeletion) }))
      .filter((plan) => plan.uses.length > 0);
    if (blocking.length) {
      throw new AppError("CONFLICT", `${person.name} cannot be deleted: ${describeUses(blocking)}. Replace them there first.`);
    }
    await tx.person.deleteMany({ where: personScope(actor, personId) });
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
