import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { archivePlanSchema } from "@/lib/plans/schemas";
import { planScope } from "@/lib/plans/scope";

type Status = "active" | "archived";

/** Moves a plan between active and archived as a conditional write, with its audit row. */
async function setStatus(actor: Actor, input: unknown, from: Status, to: Status) {
  authorize(actor, "plan:archive");
  const { planId } = parseInput(archivePlanSchema, input);
  return db.$transaction(async (tx) => {
    const { count } = await tx.plan.updateMany({
      where: { ...planScope(actor, planId), status: from },
      data: { status: to, archivedAt: to === "archived" ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) {
      const exists = await tx.plan.count({ where: planScope(actor, planId) });
      if (!exists) throw notFound("The plan");
      throw new AppError("CONFLICT", `The plan is already ${to}.`);
    }
    await recordAudit(tx, {
      actor,
      action: to === "archived" ? "plan.archived" : "plan.restored",
      entityType: "plan",
      entityId: planId,
      planId,
      before: { status: from },
      after: { status: to },
    });
  });
}

export const archivePlan = ({ actor, input }: { actor: Actor; input: unknown }) =>
  setStatus(actor, input, "active", "archived");

export const restorePlan = ({ actor, input }: { actor: Actor; input: unknown }) =>
  setStatus(actor, input, "archived", "active");
