import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { assertPeopleInOrg } from "@/lib/committee/people-in-org";
import { createThreatSchema } from "@/lib/risks/schemas";
import { DUPLICATE_THREAT, threatSnapshot } from "@/lib/risks/risk-fields";

export async function createThreat({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, ...data } = parseInput(createThreatSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      await assertPeopleInOrg(tx, actor.orgId, { ownerId: data.ownerId });
      const threat = await tx.threat.create({ data: { ...data, orgId: actor.orgId, planId } });
      await recordAudit(tx, { actor, action: "threat.created", entityType: "threat", entityId: threat.id, planId, after: threatSnapshot(threat) });
      return threat;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("title", DUPLICATE_THREAT);
    throw error;
  }
}
