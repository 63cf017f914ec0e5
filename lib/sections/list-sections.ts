import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { planRecords } from "@/lib/bia/scope";
import { SECTION_KEYS, SECTIONS } from "@/lib/sections/section-keys";

/** All seven sections in reading order; one never written reads as empty with version 0. */
export async function listSections({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  const rows = await db.planSection.findMany({ where: planRecords(actor, planId) });
  return SECTION_KEYS.map((key) => {
    const row = rows.find((r) => r.key === key);
    return { key, ...SECTIONS[key], body: row?.body ?? "", version: row?.version ?? 0, updatedAt: row?.updatedAt ?? null };
  });
}
