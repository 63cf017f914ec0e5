import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { deleteSchema, REPLICA_REFUSALS, replicaSchema } from "@/lib/recovery/setup/schemas";
import { checkInPlan, recoveryScope } from "@/lib/recovery/setup/scope";
import { sameSiteReplicaWarning } from "@/lib/recovery/setup/replica-site";

const site = { select: { id: true, name: true } };

/**
 * Records that a system is replicated to a location (a standby copy `lagMinutes` behind), with a
 * warning when the location is on the site of the system's host (null otherwise): such a replica is
 * lost with that site, yet still covers losing the host or the VM, so it is kept, not refused.
 */
export async function addReplica({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, systemId, locationId, lagMinutes } = parseInput(replicaSchema, input);
  const scope = recoveryScope(actor, planId);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      await checkInPlan(tx, "system", scope, [systemId], "systemId", REPLICA_REFUSALS.system);
      await checkInPlan(tx, "backupLocation", scope, [locationId], "locationId", REPLICA_REFUSALS.location);
      const replica = await tx.replica.create({
        data: { ...scope, systemId, locationId, lagMinutes },
        include: { system: { select: { host: { select: { name: true, site } } } }, location: { select: { name: true, site } } },
      });
      await recordAudit(tx, { actor, action: "recovery.replica.created", entityType: "replica", entityId: replica.id, planId, after: { systemId, locationId, lagMinutes } });
      const { system, location, ...saved } = replica;
      return { ...saved, warning: sameSiteReplicaWarning({ location, host: system.host }) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("locationId", REPLICA_REFUSALS.duplicate);
    throw error;
  }
}

export async function deleteReplica({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, id } = parseInput(deleteSchema, input);
  const scope = recoveryScope(actor, planId);
  await db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const replica = await tx.replica.findFirst({ where: { ...scope, id } });
    if (!replica) throw notFound("The replica");
    await tx.replica.delete({ where: { id } });
    await recordAudit(tx, { actor, action: "recovery.replica.deleted", entityType: "replica", entityId: id, planId, before: { systemId: replica.systemId, locationId: replica.locationId, lagMinutes: replica.lagMinutes } });
  });
}
