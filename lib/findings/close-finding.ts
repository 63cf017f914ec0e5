import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { closeFindingSchema } from "@/lib/findings/schemas";
import { findingSnapshot } from "@/lib/findings/finding-fields";
import { findingScope } from "@/lib/findings/scope";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { findingConflict } from "@/lib/findings/finding-conflict";

/** Closes a finding with a note saying how it was resolved; it then leaves the overview. */
export async function closeFinding({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  authorize(actor, "plan:edit");
  const { planId, findingId, closedNote, version } = parseInput(closeFindingSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // The plan first, then its rows: the lock order of lock-plan.ts.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const before = await tx.finding.findFirst({ where: findingScope(actor, planId, findingId) });
    if (!before) throw notFound("The finding");
    // Closed already is its own answer: there is nothing left to close, whoever closed it.
    if (before.status === "closed") throw new AppError("CONFLICT", "This finding is already closed.");
    if (before.version !== version) throw await findingConflict(tx, actor, before, version);
    const { count } = await tx.finding.updateMany({
      where: { ...findingScope(actor, planId, findingId), version, status: { not: "closed" } },
      data: { status: "closed", closedNote, closedAt: now, version: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("this finding");
    await recordAudit(tx, {
      actor,
      action: "finding.closed",
      entityType: "finding",
      entityId: findingId,
      planId,
      before: findingSnapshot(before),
      after: findingSnapshot({ ...before, status: "closed", closedNote }),
    });
    return { id: findingId, version: version + 1 };
  });
}
