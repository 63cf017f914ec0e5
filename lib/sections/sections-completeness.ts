import "server-only";
import { db } from "@/lib/db/client";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { SECTION_KEYS, SECTIONS } from "@/lib/sections/section-keys";

/**
 * The written-plan stage: the share of its seven sections that say something. Top management
 * approves a written plan; the registers and the analysis alone are not one. The scope set on the
 * plan is the Scope section's text until the section adds its own (the page and the PDF show it
 * there), so a plan with a scope has its Scope written.
 */
export const sectionsCompleteness: CompletenessSource = async ({ orgId, planId }) => {
  const [rows, plan] = await Promise.all([
    db.planSection.findMany({ where: { orgId, planId, NOT: { body: "" } }, select: { key: true, body: true } }),
    db.plan.findFirst({ where: { id: planId, orgId }, select: { description: true } }),
  ]);
  const written = new Set(rows.filter((r) => r.body.trim() !== "").map((r) => r.key));
  if (plan?.description.trim()) written.add("scope");
  const missing = SECTION_KEYS.filter((key) => !written.has(key));
  if (missing.length === SECTION_KEYS.length) return { sections: 0 };
  const todo = missing.length ? [`Write ${missing.length === 1 ? "the section" : "the sections"} ${missing.map((key) => SECTIONS[key].title).join(", ")}.`] : [];
  return { sections: (100 * (SECTION_KEYS.length - missing.length)) / SECTION_KEYS.length, todo: { sections: todo } };
};
