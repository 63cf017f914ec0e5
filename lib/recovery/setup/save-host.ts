import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { hostSchema } from "@/lib/recovery/setup/schemas";
import { checkSite, recoveryScope } from "@/lib/recovery/setup/scope";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { showHost } from "@/lib/recovery/setup/conflict-fields";
import { newKey, retryKeyClash } from "@/lib/recovery/new-key";

/** What the audit log records of a host. */
export const hostSnapshot = (h: { key: string; name: string; siteId: string | null; ramMiB: number; reservedMiB: number; readyAfterMinutes: number }) => ({
  key: h.key, name: h.name, siteId: h.siteId, ramMiB: h.ramMiB, reservedMiB: h.reservedMiB, readyAfterMinutes: h.readyAfterMinutes,
});

/**
 * Creates a host, or updates one (with the version the editor started from). A new host's key
 * left blank is made from its name; an edit's key is always given (the schema). An edit that
 * changes nothing writes nothing: no new version, no audit row.
 */
export async function saveHost({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, hostId, version, key: typedKey, ...rest } = parseInput(hostSchema, input);
  const scope = recoveryScope(actor, planId);
  try {
    return await retryKeyClash(!typedKey, () => db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      await checkSite(tx, actor, rest.siteId);
      const fields = { ...rest, key: typedKey ?? (await newKey(tx, "host", scope, rest.name)) };
      if (!hostId) {
        const created = await tx.host.create({ data: { ...scope, ...fields } });
        await recordAudit(tx, { actor, action: "recovery.host.created", entityType: "host", entityId: created.id, planId, after: hostSnapshot(created) });
        return created;
      }
      const before = await tx.host.findFirst({ where: { ...scope, id: hostId } });
      if (!before) throw notFound("The host");
      if (before.version !== version) {
        throw staleEdit(
          "this host",
          await describeConflict(tx, {
            actor,
            entityType: "host",
            entityId: hostId,
            actions: ["recovery.host.updated"],
            startedFrom: version ?? 0,
            current: { version: before.version, snapshot: hostSnapshot(before) },
            show: await showHost(tx, actor),
          }),
        );
      }
      if (writesNothing(before, fields)) return { ...before, changed: false };
      const { count } = await tx.host.updateMany({ where: { ...scope, id: hostId, version: version ?? 0 }, data: { ...fields, version: { increment: 1 } } });
      // A write that committed between the read above and this one: refused without details.
      if (count === 0) throw staleEdit("this host");
      const after = await tx.host.findFirstOrThrow({ where: { ...scope, id: hostId } });
      if (after.key !== before.key) {
        // Scenarios name the hosts they lose by key: they follow the rename (and an open edit of one is stale).
        await tx.$executeRaw`UPDATE "Scenario" SET "lostHostKeys" = array_replace("lostHostKeys", ${before.key}, ${after.key}), "version" = "version" + 1, "updatedAt" = now()
          WHERE "orgId" = ${scope.orgId} AND "planId" = ${scope.planId} AND ${before.key} = ANY("lostHostKeys")`;
      }
      await recordAudit(tx, { actor, action: "recovery.host.updated", entityType: "host", entityId: hostId, planId, before: hostSnapshot(before), after: hostSnapshot(after) });
      return { ...after, changed: true };
    }));
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("key", "Key: another host of this plan already uses it.");
    throw error;
  }
}
