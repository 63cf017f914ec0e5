import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { idSet, sameSnapshot, writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { policySchema } from "@/lib/recovery/setup/schemas";
import { scheduleColumns } from "@/lib/recovery/setup/fields";
import { checkInPlan, recoveryScope } from "@/lib/recovery/setup/scope";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { describePolicyConflict, policySnapshot } from "@/lib/recovery/setup/policy-conflict";
import { newKey, retryKeyClash } from "@/lib/recovery/new-key";

/**
 * Creates a backup policy, or updates one: schedule, window, target and the systems it covers. A
 * new policy's key left blank is made from its name; an edit's key is always given (the schema). An
 * edit that changes neither its fields nor its systems writes nothing: no new version, no audit row.
 */
export async function savePolicy({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const parsed = parseInput(policySchema, input);
  const { planId, policyId, version, key: typedKey, name, windowMinutes, targetId, systemIds } = parsed;
  const scope = recoveryScope(actor, planId);
  try {
    return await retryKeyClash(!typedKey, () => db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      await checkInPlan(tx, "backupLocation", scope, [targetId], "targetId", "Target location: choose one of this plan's locations.");
      await checkInPlan(tx, "system", scope, systemIds, "systemIds", "Systems: choose systems of this plan.");
      const key = typedKey ?? (await newKey(tx, "policy", scope, name));
      const data = { key, name, windowMinutes, targetId, ...scheduleColumns(parsed) };
      const systems = { set: systemIds.map((id) => ({ id })) };
      if (!policyId) {
        const created = await tx.backupPolicy.create({ data: { ...scope, ...data, systems: { connect: systemIds.map((id) => ({ id })) } } });
        await recordAudit(tx, { actor, action: "recovery.policy.created", entityType: "backupPolicy", entityId: created.id, planId, after: policySnapshot(created, systemIds) });
        return created;
      }
      const before = await tx.backupPolicy.findFirst({ where: { ...scope, id: policyId }, include: { systems: { select: { id: true } } } });
      if (!before) throw notFound("The backup policy");
      if (before.version !== version) throw staleEdit("this backup policy", await describePolicyConflict(tx, actor, scope, policyId, version ?? 0));
      // A copy to the policy's own target adds no path (lib/recovery/setup/policy-copies.ts): moving the target onto one is refused too.
      if (targetId !== before.targetId) {
        const clash = await tx.policyCopy.findFirst({ where: { orgId: actor.orgId, policyId, toId: targetId }, select: { to: { select: { name: true } } } });
        if (clash) throw invalid("targetId", `Target location: a copy of this policy goes to ${clash.to.name}; remove that copy first, or choose another target.`);
      }
      if (writesNothing(before, data) && sameSnapshot(idSet(before.systems.map((s) => s.id)), idSet(systemIds))) return { ...before, changed: false };
      const { count } = await tx.backupPolicy.updateMany({ where: { ...scope, id: policyId, version: version ?? 0 }, data: { ...data, version: { increment: 1 } } });
      // A write that committed between the read above and this one: refused without details.
      if (count === 0) throw staleEdit("this backup policy");
      const after = await tx.backupPolicy.update({ where: { id: policyId }, data: { systems } });
      await recordAudit(tx, {
        actor,
        action: "recovery.policy.updated",
        entityType: "backupPolicy",
        entityId: policyId,
        planId,
        before: policySnapshot(before, before.systems.map((s) => s.id)),
        after: policySnapshot(after, systemIds),
      });
      return { ...after, changed: true };
    }));
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("key", "Key: another policy of this plan already uses it.");
    throw error;
  }
}
