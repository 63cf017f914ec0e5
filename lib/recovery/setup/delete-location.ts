import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { atVersionShown, deletedAtVersion } from "@/lib/concurrency/stale-delete";
import { showLocation } from "@/lib/recovery/setup/conflict-fields";
import { parseInput } from "@/lib/validation";
import { deleteVersionedSchema } from "@/lib/recovery/setup/schemas";
import { recoveryScope } from "@/lib/recovery/setup/scope";
import { locationSnapshot } from "@/lib/recovery/setup/save-location";

/**
 * Deletes a backup location that nothing points at. A location that policies write to, copy to
 * or replicate to is refused with the names of what uses it (its restore points go with it). The
 * audit row keeps the whole location and how many observed restore points went with it. The
 * delete names the version the page showed: a location someone saved since is not deleted, and
 * the user is told who changed what (docs/decisions/0073).
 */
export async function deleteLocation({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, id, version } = parseInput(deleteVersionedSchema, input);
  const scope = recoveryScope(actor, planId);
  await db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const found = await tx.backupLocation.findFirst({ where: { ...scope, id } });
    const location = await atVersionShown(tx, {
      actor,
      record: found,
      version,
      what: "The backup location",
      entityType: "backupLocation",
      actions: ["recovery.location.updated"],
      snapshot: found ? locationSnapshot(found) : {},
      show: () => showLocation(tx, actor),
    });
    const policies = await tx.backupPolicy.findMany({
      where: { ...scope, OR: [{ targetId: id }, { copies: { some: { toId: id } } }] },
      select: { name: true },
      orderBy: { name: "asc" },
    });
    if (policies.length) {
      throw new AppError("CONFLICT", `${location.name} is used by ${policies.map((p) => p.name).join(", ")}. Change those policies first.`);
    }
    const replicas = await tx.replica.count({ where: { ...scope, locationId: id } });
    if (replicas) throw new AppError("CONFLICT", `${location.name} holds ${replicas} replica(s). Remove them first.`);
    const restorePoints = await tx.restorePoint.count({ where: { ...scope, locationId: id } });
    deletedAtVersion(await tx.backupLocation.deleteMany({ where: { ...scope, id, version } }), "The backup location");
    await recordAudit(tx, { actor, action: "recovery.location.deleted", entityType: "backupLocation", entityId: id, planId, before: { ...locationSnapshot(location), restorePoints } });
  });
}
