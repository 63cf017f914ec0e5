import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import type { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { showLabelled } from "@/lib/concurrency/show-fields";
import { planRecords } from "@/lib/bia/scope";
import { saveSectionSchema } from "@/lib/sections/schemas";
import { SECTIONS, type SectionKey } from "@/lib/sections/section-keys";

/**
 * The refusal of a save started from `startedFrom` (0: the section did not exist yet) of a
 * section someone else has saved since: who, and the text they left, under the section's title
 * as the form labels it (docs/decisions/0007). Every save of a section is audited as
 * "section.saved" with the body it replaced (a first save replaced nothing), the section's title
 * and its plan, so the audit log names both.
 */
async function sectionConflict(tx: Tx, actor: Actor, section: { id: string; key: string; body: string; version: number }, startedFrom: number): Promise<AppError> {
  return staleEdit(
    "this section",
    await describeConflict(tx, {
      actor,
      entityType: "plan_section",
      entityId: section.id,
      actions: ["section.saved"],
      startedFrom,
      current: { version: section.version, snapshot: { body: section.body } },
      show: showLabelled({ body: SECTIONS[section.key as SectionKey].title }),
    }),
  );
}

/**
 * Saves one section of the written plan. Each section has its own version, so two people can
 * write different sections at once; the first save creates the row (version 0 → 1), and a
 * concurrent first save loses with CONFLICT like any stale edit, saying who wrote the section. A
 * save that changes nothing writes nothing: no new version, no audit row, no "changed since
 * approval".
 */
export async function saveSection({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, key, body, version } = parseInput(saveSectionSchema, input);
  const where = { ...planRecords(actor, planId), key };
  const audited = (text: string) => ({ planId, key, title: SECTIONS[key].title, body: text });
  try {
    return await db.$transaction(async (tx) => {
      await loadEditablePlan(tx, actor, planId);
      const before = await tx.planSection.findFirst({ where });
      if (before && before.version !== version) throw await sectionConflict(tx, actor, before, version);
      if ((before?.body ?? "") === body) return { key, body, version, changed: false };
      if (version === 0) {
        const created = await tx.planSection.create({ data: { ...where, body } });
        await recordAudit(tx, { actor, action: "section.saved", entityType: "plan_section", entityId: created.id, planId, before: audited(""), after: audited(body) });
        return { key, body, version: created.version, changed: true };
      }
      const { count } = await tx.planSection.updateMany({ where: { ...where, version }, data: { body, version: { increment: 1 } } });
      // No section to save over, or a write that committed after the read above: refused without details.
      if (count === 0 || !before) throw staleEdit("this section");
      await recordAudit(tx, { actor, action: "section.saved", entityType: "plan_section", entityId: before.id, planId, before: audited(before.body), after: audited(body) });
      return { key, body, version: version + 1, changed: true };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Someone else's first save committed while this one was creating the row: it has gone (the
    // transaction with it), so read what they wrote in a fresh one.
    throw await db.$transaction(async (tx) => {
      const section = await tx.planSection.findFirst({ where });
      return section ? sectionConflict(tx, actor, section, 0) : staleEdit("this section");
    });
  }
}
