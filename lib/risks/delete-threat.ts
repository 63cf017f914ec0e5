import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { atVersionShown, deletedAtVersion } from "@/lib/concurrency/stale-delete";
import { parseInput } from "@/lib/validation";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { deleteThreatSchema } from "@/lib/risks/schemas";
import { showThreat, threatSnapshot } from "@/lib/risks/risk-fields";

/**
 * Deletes a threat; scenarios it was linked to keep their other threats. The delete names the
 * version the page showed: a threat someone saved since is not deleted, and the user is told who
 * changed what (docs/decisions/0073).
 */
export async function deleteThreat({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, threatId, version } = parseInput(deleteThreatSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const where = { id: threatId, planId, orgId: actor.orgId };
    const found = await tx.threat.findFirst({ where });
    const threat = await atVersionShown(tx, {
      actor,
      record: found,
      version,
      what: "The threat",
      entityType: "threat",
      actions: ["threat.updated"],
      snapshot: found ? threatSnapshot(found) : {},
      show: () => showThreat(tx, actor),
    });
    deletedAtVersion(await tx.threat.deleteMany({ where: { ...where, version } }), "The threat");
    await recordAudit(tx, { actor, action: "threat.deleted", entityType: "threat", entityId: threatId, planId, before: threatSnapshot(threat) });
  });
}
