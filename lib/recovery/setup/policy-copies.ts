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

type CopyPath = { toId: string; mode: string; cron: string | null; timezone: string; everyMinutes: number | null; anchor: Date | null };

/** Whether two copies make the same path: same location, mode and schedule (their lags aside). */
function samePath(a: CopyPath, b: CopyPath): boolean {
  if (a.toId !== b.toId || a.mode !== b.mode) return false;
  if (a.mode === "immediate") return true;
  const cron = (c: string | null) => c?.trim().split(/\s+/).join(" ") ?? null;
  return a.cron !== null
    ? cron(a.cron) === cron(b.cron) && a.timezone === b.timezone
    : b.cron === null && a.everyMinutes === b.everyMinutes && a.anchor?.getTime() === b.anchor?.getTime();
}

const MODE_WORDS: Record<string, string> = { immediate: "an immediate copy", scheduled: "a scheduled copy", rotation: "a rotated-media copy" };

/**
 * A copy adds a path to its policy's points (recovery-model.md, "Copy paths"). One to the
 * policy's own target adds none: it lands there points that are already there, only later (and
 * in a ransomware scenario would seem to lock them there longer). One that repeats another copy's
 * location, mode and schedule adds nothing either. Copies to one location that differ in mode or
 * schedule do add landings (say weekday and weekend copy times, which one cron rule cannot
 * express): the location holds what lands by any of them, so they are allowed.
 */
function checkCopyPath(copy: CopyPath, target: { id: string; name: string }, existing: CopyPath[], toName: string): void {
  if (copy.toId === target.id) throw invalid("toId", `Copy to: a copy goes to another location than the policy's target (${target.name}).`);
  if (existing.some((other) => samePath(copy, other))) {
    throw invalid(
      "toId",
      `Copy to: this policy already has ${MODE_WORDS[copy.mode] ?? "a copy"} to ${toName}${copy.mode === "immediate" ? "" : " on the same schedule"}; a second one adds nothing (to change its lag, remove that copy and add it again).`,
    );
  }
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
    checkCopyPath({ toId, mode, ...schedule }, policy.target, policy.copies, to.name);
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
      before: { copies: before },
      after: { copies: await policyCopies(tx, actor, copy.policyId) },
    });
  });
}
