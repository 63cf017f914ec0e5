import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { archivePlanSchema } from "@/lib/plans/schemas";
import { planScope } from "@/lib/plans/scope";
import { notify } from "@/lib/notifications/notify";
import { withdrawSubmitted } from "@/lib/versions/withdraw-version";
import { archivedWithdrawalMessage } from "@/lib/notifications/messages";
import { formatInstant } from "@/lib/days";

type Status = "active" | "archived";

/** Why archiving withdrew a version, in its audit row. */
const ARCHIVED_WITHDRAWAL_REASON = "The plan was archived.";

/**
 * An archived plan is no longer in force, so nobody should go on being asked to approve it: the
 * version awaiting approval, if any, is withdrawn with the archive (its approvers' requests
 * settled, its submitter told, its audit row beside the plan's). Its `decidedAt` is the archive's
 * instant, which is how the restore dialog tells it was withdrawn by the archive.
 */
async function withdrawPending(tx: Tx, { actor, planId, now }: { actor: Actor; planId: string; now: Date }): Promise<number | null> {
  const pending = await tx.planVersion.findFirst({
    where: { orgId: actor.orgId, planId, status: "submitted" },
    select: { id: true, number: true, submittedById: true, plan: { select: { name: true } } },
  });
  if (!pending) return null;
  if (!(await withdrawSubmitted(tx, { actor, planId, versionId: pending.id, now, reason: ARCHIVED_WITHDRAWAL_REASON })))
    throw new AppError("CONFLICT", "The version awaiting approval changed while the plan was archived. Reload the page.");
  await notify(tx, {
    orgId: actor.orgId,
    kind: "approvals",
    userIds: pending.submittedById && pending.submittedById !== actor.userId ? [pending.submittedById] : [],
    planId,
    versionId: pending.id,
    message: archivedWithdrawalMessage({ number: pending.number, planName: pending.plan.name }),
    href: `/plans/${planId}/approval/versions/${pending.number}`,
  });
  return pending.number;
}

/**
 * An archived plan is read-only, so an incident still active under it could take no more entries
 * and never be stood down, and it would leave the plan list where executives see it: archiving
 * waits for the response to stand down. Checked after the plan's row is written, which a
 * declaration waits for (it shares the row), so neither slips past the other.
 */
async function refuseWhileIncidentsActive(tx: Tx, actor: Actor, planId: string) {
  const active = await tx.incident.findMany({
    where: { orgId: actor.orgId, planId, status: "active" },
    orderBy: { declaredAt: "asc" },
    select: { title: true, declaredAt: true },
  });
  if (active.length === 0) return;
  const named = active.map((incident) => `“${incident.title}”, declared ${formatInstant(incident.declaredAt)}`).join("; ");
  throw new AppError(
    "CONFLICT",
    active.length === 1
      ? `Stand down the incident active under this plan first: ${named}. Archived, its log would take no entries and it could not be stood down.`
      : `Stand down the ${active.length} incidents active under this plan first: ${named}. Archived, their logs would take no entries and they could not be stood down.`,
  );
}

/**
 * Moves a plan between active and archived as a conditional write, with its audit row. Archiving
 * is refused while an incident is active under the plan, and withdraws the version awaiting
 * approval in the same transaction; restoring revives nothing.
 * Returns the number of the version withdrawn, if any.
 */
async function setStatus(actor: Actor, input: unknown, from: Status, to: Status): Promise<{ withdrawn: number | null }> {
  authorize(actor, "plan:archive");
  const { planId } = parseInput(archivePlanSchema, input);
  return db.$transaction(async (tx) => {
    const now = new Date();
    // The plan's row is written first: a submission (which locks it) or a decision (which shares it) is then either done or refused.
    const { count } = await tx.plan.updateMany({
      where: { ...planScope(actor, planId), status: from },
      data: { status: to, archivedAt: to === "archived" ? now : null, version: { increment: 1 } },
    });
    if (count === 0) {
      const exists = await tx.plan.count({ where: planScope(actor, planId) });
      if (!exists) throw notFound("The plan");
      throw new AppError("CONFLICT", `The plan is already ${to}.`);
    }
    if (to === "archived") await refuseWhileIncidentsActive(tx, actor, planId);
    await recordAudit(tx, {
      actor,
      action: to === "archived" ? "plan.archived" : "plan.restored",
      entityType: "plan",
      entityId: planId,
      planId,
      before: { status: from },
      after: { status: to },
    });
    return { withdrawn: to === "archived" ? await withdrawPending(tx, { actor, planId, now }) : null };
  });
}

export const archivePlan = ({ actor, input }: { actor: Actor; input: unknown }) =>
  setStatus(actor, input, "active", "archived");

export const restorePlan = ({ actor, input }: { actor: Actor; input: unknown }) =>
  setStatus(actor, input, "archived", "active");
