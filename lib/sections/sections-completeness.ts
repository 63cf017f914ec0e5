import "server-only";
import { db } from "@/lib/db/client";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { SECTION_KEYS, SECTIONS } from "@/lib/sections/section-keys";

/**
 * The written-plan stage: the share of its seven sections that say something. Top management
 * approves a written plan; the registers and the analysis alone are not one.
 */
export const sectionsCompleteness: CompletenessSource = async ({ orgId, planId }) => {
  const rows = await db.planSection.findMany({ where: { orgId, planId, NOT: { body: "" } }, select: { key: true, body: true } });
  const written = new Set(rows.filter((r) => r.body.trim() !== "").map((r) => r.key));
  const missing = SECTION_KEYS.filter((key) => !written.has(key));
  if (missing.length === SECTION_KEYS.length) return { sections: 0 };
  const todo = missing.length ? [`Write ${missing.length === 1 ? "the section" : "the sections"} ${missing.map((key) => SECTIONS[key].title).join(", ")}.`] : [];
  return { sections: (100 * (SECTION_KEYS.length - missing.length)) / SECTION_KEYS.length, todo: { sections: todo } };
};
