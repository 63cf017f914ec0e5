import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { copySchema, deleteCopySchema } from "@/lib/recovery/setup/schemas";
import { scheduleColumns } from "@/lib/recovery/setup/fields";
import { recoveryScope } from "@/lib/recovery/setup/scope";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { describePolicyConflict, policyCopies } from "@/lib/recovery/setup/policy-conflict";
import { copyPathProblem, type CopyPath } from "@/lib/recovery/setup/copy-path";

/** Refuses a copy that adds no path (lib/recovery/setup/copy-path.ts says which). */
function checkCopyPath(copy: CopyPath, target: { id: string; name: string }, existing: CopyPath[], toName: string): void {
  const problem = copyPathProblem(copy, target, existing, toName);
  if (problem === null) return;
  // A copy's lag cannot be edited in place: say how to change it.
  const advice = problem.kind === "repeat" ? " (to change its lag, remove that copy and add it again)" : "";
  throw invalid("toId", `Copy to: ${problem.message}${advice}.`);
}

/**
 * Adds a copy to a policy. Copies belong to their policy: adding one is an edit of the policy, so
 * it names the policy version the editor saw, bumps it, and is audited as the policy's (its copies
 * before and after), so a refused save of the policy can say what changed.
 */
export async function addPolicyCopy({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const parsed = parseInput(copySchema, input);
  const { planId, policyId, version, toId, mode, lagMinutes } = parsed;
  const scope = recoveryScope(actor, planId);
  const schedule = mode === "immediate" ? { cron: null, timezone: "UTC", everyMinutes: null, anchor: null } : scheduleColumns(parsed);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const policy = await tx.backupPolicy.findFirst({
      where: { ...scope, id: policyId },
      include: { target: { select: { id: true, name: true } }, copies: true },
    });
    if (!policy) throw notFound("The backup policy");
    const to = await tx.backupLocation.findFirst({ where: { ...scope, id: toId }, select: { name: true } });
    if (!to) throw invalid("toId", "Copy to: choose one of this plan's locations.");
    if (policy.version !== version) throw staleEdit("this backup policy", await describePolicyConflict(tx, actor, scope, policyId, version));
    checkCopyPath({ to: toId, mode, ...schedule }, policy.target, policy.copies.map((c) => ({ ...c, to: c.toId })), to.name);
    const { count } = await tx.backupPolicy.updateMany({ where: { ...scope, id: policyId, version }, data: { version: { increment: 1 } } });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("this backup policy");
    const before = await policyCopies(tx, actor, policyId);
    const copy = await tx.policyCopy.create({
      data: { orgId: actor.orgId, policyId, toId, mode, lagMinutes, ...schedule, sortOrder: policy.copies.length + 1 },
    });
    await recordAudit(tx, {
      actor,
      action: "recovery.copy.created",
      entityType: "backupPolicy",
      entityId: policyId,
      planId,
      before: { copies: before },
      after: { copies: await policyCopies(tx, actor, policyId) },
    });
    return copy;
  });
}

/** Removes a copy from a policy of this plan: an edit of the policy, bumped and audited as such. */
export async function deletePolicyCopy({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, copyId } = parseInput(deleteCopySchema, input);
  await db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const copy = await tx.policyCopy.findFirst({ where: { id: copyId, orgId: actor.orgId, policy: { planId } } });
    if (!copy) throw notFound("The copy");
    const before = await policyCopies(tx, actor, copy.policyId);
    await tx.policyCopy.delete({ where: { id: copyId } });
    await tx.backupPolicy.update({ where: { id: copy.policyId }, data: { version: { increment: 1 } } });
    await recordAudit(tx, {
      actor,
      action: "recovery.copy.deleted",
      entityType: "backupPolicy",
      entityId: copy.policyId,
      planId,
      before: { copies: before },
      after: { copies: await policyCopies(tx, actor, copy.policyId) },
    });
  });
}
