import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { assertPeopleInOrg } from "@/lib/committee/people-in-org";
import { updateThreatSchema } from "@/lib/risks/schemas";
import { DUPLICATE_THREAT, showThreat, threatSnapshot } from "@/lib/risks/risk-fields";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";

/**
 * Edits a threat, refusing to overwrite a change someone else saved meanwhile (with what it was).
 * A save that changes nothing writes nothing: no new version, no audit row.
 */
export async function updateThreat({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, threatId, version, ...data } = parseInput(updateThreatSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      const where = { id: threatId, planId, orgId: actor.orgId };
      const before = await tx.threat.findFirst({ where });
      if (!before) throw notFound("The threat");
      if (before.version !== version) {
        throw staleEdit(
          "this threat",
          await describeConflict(tx, {
            actor,
            entityType: "threat",
            entityId: threatId,
            actions: ["threat.updated"],
            startedFrom: version,
            current: { version: before.version, snapshot: threatSnapshot(before) },
            show: await showThreat(tx, actor),
          }),
        );
      }
      await assertPeopleInOrg(tx, actor.orgId, { ownerId: data.ownerId });
      if (writesNothing(before, data)) return { ...before, changed: false };
      const { count } = await tx.threat.updateMany({ where: { ...where, version }, data: { ...data, version: { increment: 1 } } });
      // A write that committed between the read above and this one: refused without details.
      if (count === 0) throw staleEdit("this threat");
      const after = { ...before, ...data, version: version + 1 };
      await recordAudit(tx, {
        actor,
        action: "threat.updated",
        entityType: "threat",
        entityId: threatId,
        planId,
        before: threatSnapshot(before),
        after: threatSnapshot(after),
      });
      return { ...after, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("title", DUPLICATE_THREAT);
    throw error;
  }
}
