import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { createPersonSchema } from "@/lib/people/schemas";
import { assertDepartmentInOrg, DUPLICATE_PERSON, personSnapshot } from "@/lib/people/person-fields";

/** Adds a person to the organisation's register, which every stage of every plan reuses. */
export async function createPerson({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const data = parseInput(createPersonSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await assertDepartmentInOrg(tx, actor.orgId, data.departmentId);
      const person = await tx.person.create({ data: { ...data, orgId: actor.orgId } });
      await recordAudit(tx, {
        actor,
        action: "person.created",
        entityType: "person",
        entityId: person.id,
        planId: null,
        after: personSnapshot(person),
      });
      return person;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", DUPLICATE_PERSON);
    throw error;
  }
}
