import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { heldToSource, updateFindingSchema } from "@/lib/findings/schemas";
import { sameSnapshot } from "@/lib/audit/same-snapshot";
import { checkOwner, findingSnapshot } from "@/lib/findings/finding-fields";
import { findingScope } from "@/lib/findings/scope";
import { loadFindingSource } from "@/lib/findings/load-finding-source";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { findingConflict } from "@/lib/findings/finding-conflict";

/**
 * Edits an open finding (its fields, open or in progress); closing needs close-finding's note. An
 * edit needs an owner and a due date (not before its test's date or its incident's declaration),
 * also of a finding saved before they were required. A stale edit is refused with what changed
 * since (docs/decisions/0007); a save that changes nothing writes nothing: no new version, no
 * audit row.
 */
export async function updateFinding({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  // The finding and its source first: its date bounds the due date, checked in the same pass as the other fields.
  const { planId, findingId } = parseInput(updateFindingSchema.pick({ planId: true, findingId: true }), input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // The plan first, then its rows: the lock order of lock-plan.ts.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const before = await tx.finding.findFirst({ where: findingScope(actor, planId, findingId) });
    if (!before) throw notFound("The finding");
    if (before.status === "closed") throw new AppError("CONFLICT", "This finding is closed; its record is kept as it was closed.");
    const bound = await loadFindingSource(tx, actor, planId, before);
    const { version, description, severity, status, ownerId, dueOn } = parseInput(heldToSource(updateFindingSchema, bound), input);
    if (before.version !== version) throw await findingConflict(tx, actor, before, version);
    await checkOwner(tx, actor, ownerId);
    const data = { description, severity, status, ownerId, dueOn };
    if (sameSnapshot(findingSnapshot(before), findingSnapshot({ ...before, ...data }))) return { id: findingId, version, changed: false };
    const { count } = await tx.finding.updateMany({
      where: { ...findingScope(actor, planId, findingId), version, status: { not: "closed" } },
      data: { ...data, version: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("this finding");
    await recordAudit(tx, {
      actor,
      action: "finding.updated",
      entityType: "finding",
      entityId: findingId,
      planId,
      before: findingSnapshot(before),
      after: findingSnapshot({ ...before, ...data }),
    });
    return { id: findingId, version: version + 1, changed: true };
  });
}
