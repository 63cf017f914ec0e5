import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { planRecords } from "@/lib/bia/scope";
import { saveSectionSchema } from "@/lib/sections/schemas";

/**
 * Saves one section of the written plan. Each section has its own version, so two people can
 * write different sections at once; the first save creates the row (version 0 → 1), and a
 * concurrent first save loses with CONFLICT like any stale edit.
 */
export async function saveSection({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, key, body, version } = parseInput(saveSectionSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      const where = { ...planRecords(actor, planId), key };
      const before = await tx.planSection.findFirst({ where });
      if (version === 0) {
        if (before) throw staleEdit("this section");
        const created = await tx.planSection.create({ data: { ...where, body } });
        await recordAudit(tx, { actor, action: "section.saved", entityType: "plan_section", entityId: created.id, before: { key, body: "" }, after: { key, body } });
        return created;
      }
      const { count } = await tx.planSection.updateMany({ where: { ...where, version }, data: { body, version: { increment: 1 } } });
      if (count === 0 || !before) throw staleEdit("this section");
      await recordAudit(tx, { actor, action: "section.saved", entityType: "plan_section", entityId: before.id, before: { key, body: before.body }, after: { key, body } });
      return { ...before, body, version: version + 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw staleEdit("this section");
    throw error;
  }
}
