import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { siteSchema } from "@/lib/recovery/setup/schemas";
import { staleEdit } from "@/lib/concurrency/stale-edit";

/**
 * Adds a site to the organisation's register, or renames one. Sites are organisation-wide (every
 * plan's scenarios can lose them) and have no version column: an edit names the values it started
 * from, and is refused if someone else changed them since.
 */
export async function saveSite({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { siteId, previous, ...fields } = parseInput(siteSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      if (!siteId) {
        const created = await tx.site.create({ data: { orgId: actor.orgId, ...fields } });
        await recordAudit(tx, { actor, action: "site.created", entityType: "site", entityId: created.id, after: fields });
        return created;
      }
      const before = await tx.site.findFirst({ where: { id: siteId, orgId: actor.orgId } });
      if (!before) throw notFound("The site");
      const { count } = await tx.site.updateMany({ where: { id: siteId, orgId: actor.orgId, ...(previous ?? { name: "" }) }, data: fields });
      if (count === 0) throw staleEdit("this site");
      const after = await tx.site.findFirstOrThrow({ where: { id: siteId, orgId: actor.orgId } });
      await recordAudit(tx, {
        actor,
        action: "site.updated",
        entityType: "site",
        entityId: siteId,
        before: { name: before.name, address: before.address, kind: before.kind },
        after: fields,
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", "Name: the organisation already has a site with this name.");
    throw error;
  }
}
