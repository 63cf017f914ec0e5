import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { deleteThreatSchema } from "@/lib/risks/schemas";
import { threatSnapshot } from "@/lib/risks/risk-fields";

/** Deletes a threat; scenarios it was linked to keep their other threats. */
export async function deleteThreat({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, threatId } = parseInput(deleteThreatSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const where = { id: threatId, planId, orgId: actor.orgId };
    const threat = await tx.threat.findFirst({ where });
    if (!threat) throw notFound("The threat");
    await tx.threat.deleteMany({ where });
    await recordAudit(tx, { actor, action: "threat.deleted", entityType: "threat", entityId: threatId, planId, before: threatSnapshot(threat) });
  });
}
