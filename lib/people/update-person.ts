import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { PERSON_LABELS, updatePersonSchema } from "@/lib/people/schemas";
import { personScope } from "@/lib/people/scope";
import { lockPlans } from "@/lib/plans/lock-plans";
import { assertDepartmentInOrg, DUPLICATE_PERSON, personSnapshot } from "@/lib/people/person-fields";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { orgNames, showLabelled } from "@/lib/concurrency/show-fields";
import { relabelPersonItems } from "@/lib/inventories/relabel-person-items";

const unchanged = (a: ReturnType<typeof personSnapshot>, b: ReturnType<typeof personSnapshot>) =>
  (Object.keys(a) as (keyof typeof a)[]).every((key) => a[key] === b[key]);

/**
 * Edits a person's details, refusing to overwrite a change someone else saved meanwhile. A save
 * that changes nothing writes nothing: no new version, no audit row, and no plan that names them
 * marked "changed since approval" (docs/decisions/0005).
 */
export async function updatePerson({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { personId, version, ...data } = parseInput(updatePersonSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      // The plans first, then the person: the lock order of lock-plans.ts.
      await lockPlans(tx, { orgId: actor.orgId });
      const before = await tx.person.findFirst({ where: personScope(actor, personId) });
      if (!before) throw notFound("The person");
      if (before.version !== version) {
        throw staleEdit(
          "this person",
          await describeConflict(tx, {
            actor,
            entityType: "person",
            entityId: personId,
            actions: ["person.updated"],
            startedFrom: version,
            current: { version: before.version, snapshot: personSnapshot(before) },
            show: showLabelled(PERSON_LABELS, await orgNames(tx, actor, "department")),
          }),
        );
      }
      await assertDepartmentInOrg(tx, actor.orgId, data.departmentId);
      if (unchanged(personSnapshot(before), personSnapshot({ ...before, ...data }))) return { ...before, changed: false };
      const { count } = await tx.person.updateMany({
        where: { ...personScope(actor, personId), version },
        data: { ...data, version: { increment: 1 } },
      });
      // A write that committed between the read above and this one: refused without details.
      if (count === 0) throw staleEdit("this person");
      // Labels name a person by their name alone: any other edit leaves them as they are.
      if (data.name !== before.name) await relabelPersonItems(tx, { orgId: actor.orgId, personIds: [personId] });
      const after = { ...before, ...data, version: version + 1 };
      await recordAudit(tx, {
        actor,
        action: "person.updated",
        entityType: "person",
        entityId: personId,
        planId: null,
        before: personSnapshot(before),
        after: personSnapshot(after),
      });
      return { ...after, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", DUPLICATE_PERSON);
    throw error;
  }
}
