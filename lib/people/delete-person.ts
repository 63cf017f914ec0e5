import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { deletePersonSchema } from "@/lib/people/schemas";
import { personScope } from "@/lib/people/scope";
import { personSnapshot } from "@/lib/people/person-fields";

/** What a person can be named in, in the words the refusal uses. */
const REFERENCES = {
  committeeSeats: "a committee seat",
  ertPrimary: "an ERT role (primary)",
  ertAlternate: "an ERT role (alternate)",
  sponsoredPlans: "a plan's sponsorship",
  ownedThreats: "a threat they own",
  keyForFunctions: "a business function's key people",
  ownedRegisters: "an inventory register they own",
  exercises: "a test's participants",
  ownedFindings: "a test finding they own",
} as const;

type Reference = keyof typeof REFERENCES;

/**
 * Deletes a person from the register, but only when nothing names them: a plan must never lose a
 * committee seat, a call-out contact or an owner silently. The refusal says where they are named.
 */
export async function deletePerson({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { personId } = parseInput(deletePersonSchema, input);
  return db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({
      where: personScope(actor, personId),
      include: { _count: { select: Object.fromEntries(Object.keys(REFERENCES).map((key) => [key, true])) as Record<Reference, true> } },
    });
    if (!person) throw notFound("The person");
    const uses = (Object.keys(REFERENCES) as Reference[]).filter((key) => person._count[key] > 0).map((key) => REFERENCES[key]);
    if (uses.length) {
      throw new AppError(
        "CONFLICT",
        `${person.name} cannot be deleted: they are named in ${uses.join(", ")}. Replace them there first.`,
      );
    }
    await tx.person.deleteMany({ where: personScope(actor, personId) });
    await recordAudit(tx, {
      actor,
      action: "person.deleted",
      entityType: "person",
      entityId: personId,
      before: personSnapshot(person),
    });
  });
}
