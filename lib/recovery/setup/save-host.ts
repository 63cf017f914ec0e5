import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { hostSchema } from "@/lib/recovery/setup/schemas";
import { checkSite, recoveryScope } from "@/lib/recovery/setup/scope";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { showHost } from "@/lib/recovery/setup/conflict-fields";
import { newKey, retryKeyClash } from "@/lib/recovery/new-key";
import { scenarioSnapshot } from "@/lib/risks/risk-fields";

/** What the audit log records of a host. */
export const hostSnapshot = (h: { key: string; name: string; siteId: string | null; ramMiB: number; reservedMiB: number; readyAfterMinutes: number }) => ({
  key: h.key, name: h.name, siteId: h.siteId, ramMiB: h.ramMiB, reservedMiB: h.reservedMiB, readyAfterMinutes: h.readyAfterMinutes,
});

/**
 * Scenarios name the hosts they lose by key: they follow a rename, each as a change of its own
 * (a new version, so an open edit of one is stale, and an audit row saying what changed). The
 * scenarios are locked before they are read, so the rows audited are the rows renamed, as they were.
 */
async function renameInScenarios(tx: Tx, { actor, planId }: { actor: Actor; planId: string }, { from, to }: { from: string; to: string }) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Scenario" WHERE "orgId" = ${actor.orgId} AND "planId" = ${planId} AND ${from} = ANY("lostHostKeys") ORDER BY id FOR UPDATE`;
  if (locked.length === 0) return;
  const ids = locked.map((row) => row.id);
  const scenarios = await tx.scenario.findMany({
    where: { orgId: actor.orgId, planId, id: { in: ids } },
    include: { lostSites: { select: { id: true } }, threats: { select: { id: true } } },
    orderBy: { key: "asc" },
  });
  await tx.$executeRaw`UPDATE "Scenario" SET "lostHostKeys" = array_replace("lostHostKeys", ${from}, ${to}), "version" = "version" + 1, "updatedAt" = now()
    WHERE "orgId" = ${actor.orgId} AND "planId" = ${planId} AND id = ANY(${ids}::text[])`;
  await recordAudits(
    tx,
    scenarios.map((scenario) => {
      const links = { lostSiteIds: scenario.lostSites.map((s) => s.id), threatIds: scenario.threats.map((t) => t.id) };
      const renamed = { ...scenario, lostHostKeys: scenario.lostHostKeys.map((key) => (key === from ? to : key)) };
      return { actor, action: "scenario.updated", entityType: "scenario", entityId: scenario.id, planId, before: scenarioSnapshot(scenario, links), after: scenarioSnapshot(renamed, links) };
    }),
  );
}

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
      // The plan first, then the host: the lock order of lock-plan.ts, which its deletion takes too.
      await lockPlan(tx, { orgId: actor.orgId, planId });
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
      if (after.key !== before.key) await renameInScenarios(tx, { actor, planId }, { from: before.key, to: after.key });
      await recordAudit(tx, { actor, action: "recovery.host.updated", entityType: "host", entityId: hostId, planId, before: hostSnapshot(before), after: hostSnapshot(after) });
      return { ...after, changed: true };
    }));
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("key", "Key: another host of this plan already uses it.");
    throw error;
  }
}
