import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { locationSchema } from "@/lib/recovery/setup/schemas";
import { checkSite, recoveryScope } from "@/lib/recovery/setup/scope";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { showLocation } from "@/lib/recovery/setup/conflict-fields";
import { newKey, retryKeyClash } from "@/lib/recovery/new-key";

/** What the audit log records of a location. */
export const locationSnapshot = (l: { key: string; name: string; siteId: string | null; online: boolean; immutableDays: number; throughputMBps: number; streamMBps: number | null; maxStreams: number; retrievalMinutes: number; description: string }) => ({
  key: l.key, name: l.name, siteId: l.siteId, online: l.online, immutableDays: l.immutableDays, throughputMBps: l.throughputMBps,
  streamMBps: l.streamMBps, maxStreams: l.maxStreams, retrievalMinutes: l.retrievalMinutes, description: l.description,
});

/**
 * Creates a backup location, or updates one (with the version the editor started from). A new
 * location's key left blank is made from its name; an edit's key is always given (the schema). An
 * edit that changes nothing writes nothing: no new version, no audit row.
 */
export async function saveLocation({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, locationId, version, key: typedKey, ...rest } = parseInput(locationSchema, input);
  const scope = recoveryScope(actor, planId);
  try {
    return await retryKeyClash(!typedKey, () => db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      await checkSite(tx, actor, rest.siteId);
      const fields = { ...rest, key: typedKey ?? (await newKey(tx, "location", scope, rest.name)) };
      if (!locationId) {
        const created = await tx.backupLocation.create({ data: { ...scope, ...fields } });
        await recordAudit(tx, { actor, action: "recovery.location.created", entityType: "backupLocation", entityId: created.id, planId, after: locationSnapshot(created) });
        return created;
      }
      const before = await tx.backupLocation.findFirst({ where: { ...scope, id: locationId } });
      if (!before) throw notFound("The backup location");
      if (before.version !== version) {
        throw staleEdit(
          "this backup location",
          await describeConflict(tx, {
            actor,
            entityType: "backupLocation",
            entityId: locationId,
            actions: ["recovery.location.updated"],
            startedFrom: version ?? 0,
            current: { version: before.version, snapshot: locationSnapshot(before) },
            show: await showLocation(tx, actor),
          }),
        );
      }
      if (writesNothing(before, fields)) return { ...before, changed: false };
      const { count } = await tx.backupLocation.updateMany({
        where: { ...scope, id: locationId, version: version ?? 0 },
        data: { ...fields, version: { increment: 1 } },
      });
      // A write that committed between the read above and this one: refused without details.
      if (count === 0) throw staleEdit("this backup location");
      // Measured restores name their location by key: a renamed key takes its evidence with it,
      // and each test record's history says so.
      if (fields.key !== before.key) {
        const where = { orgId: actor.orgId, locationKey: before.key, exercise: { planId } };
        const renamed = await tx.exerciseMeasurement.findMany({ where, select: { id: true, exerciseId: true } });
        await tx.exerciseMeasurement.updateMany({ where: { ...where, id: { in: renamed.map((m) => m.id) } }, data: { locationKey: fields.key } });
        await recordAudits(
          tx,
          renamed.map((m) => ({
            actor,
            action: "exercise.measurement_updated",
            entityType: "exercise",
            entityId: m.exerciseId,
            planId,
            before: { measurementId: m.id, locationKey: before.key },
            after: { measurementId: m.id, locationKey: fields.key },
          })),
        );
      }
      const after = await tx.backupLocation.findFirstOrThrow({ where: { ...scope, id: locationId } });
      await recordAudit(tx, { actor, action: "recovery.location.updated", entityType: "backupLocation", entityId: locationId, planId, before: locationSnapshot(before), after: locationSnapshot(after) });
      return { ...after, changed: true };
    }));
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("key", "Key: another location of this plan already uses it.");
    throw error;
  }
}
