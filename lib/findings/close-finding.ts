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
import { staleEdit } from "@/lib/concurrency/stale-edit";

/** Closes a finding with a note saying how it was resolved; it then leaves the overview. */
export async function closeFinding({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  authorize(actor, "plan:edit");
  const { planId, findingId, closedNote, version } = parseInput(closeFindingSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const before = await tx.finding.findFirst({ where: findingScope(actor, planId, findingId) });
    if (!before) throw notFound("The finding");
    const { count } = await tx.finding.updateMany({
      where: { ...findingScope(actor, planId, findingId), version, status: { not: "closed" } },
      data: { status: "closed", closedNote, closedAt: now, version: { increment: 1 } },
    });
    if (count === 0) {
      throw before.status === "closed" ? new AppError("CONFLICT", "This finding is already closed.") : staleEdit("this finding");
    }
    await recordAudit(tx, {
      actor,
      action: "finding.closed",
      entityType: "finding",
      entityId: findingId,
      before: findingSnapshot(before),
      after: findingSnapshot({ ...before, status: "closed", closedNote }),
    });
    return { id: findingId, version: version + 1 };
  });
}
