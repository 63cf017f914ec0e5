import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { writesNothing } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUniqueViolation } from "@/lib/plans/plan-fields";
import { lockPlans } from "@/lib/plans/lock-plans";
import { siteSchema } from "@/lib/recovery/setup/schemas";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { showLabelled } from "@/lib/concurrency/show-fields";

const siteSnapshot = (s: { name: string; address: string; kind: string }) => ({ name: s.name, address: s.address, kind: s.kind });

/**
 * Adds a site to the organisation's register, or edits one (with the version the editor started
 * from). Sites are organisation-wide: every plan's scenarios can lose them. An edit that changes
 * nothing writes nothing: no new version, no audit row.
 */
export async function saveSite({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { siteId, version, ...fields } = parseInput(siteSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      if (!siteId) {
        const created = await tx.site.create({ data: { orgId: actor.orgId, ...fields } });
        await recordAudit(tx, { actor, action: "site.created", entityType: "site", entityId: created.id, planId: null, after: fields });
        return created;
      }
      // The plans first, then the site (an edit only: adding one bumps no plan): the lock order of lock-plans.ts.
      await lockPlans(tx, { orgId: actor.orgId });
      const before = await tx.site.findFirst({ where: { id: siteId, orgId: actor.orgId } });
      if (!before) throw notFound("The site");
      if (before.version !== version) {
        throw staleEdit(
          "this site",
          await describeConflict(tx, {
            actor,
            entityType: "site",
            entityId: siteId,
            actions: ["site.updated"],
            startedFrom: version ?? 0,
            current: { version: before.version, snapshot: siteSnapshot(before) },
            show: showLabelled({ name: "Name", address: "Address", kind: "Kind" }),
          }),
        );
      }
      if (writesNothing(before, fields)) return { ...before, changed: false };
      const { count } = await tx.site.updateMany({
        where: { id: siteId, orgId: actor.orgId, version: version ?? 0 },
        data: { ...fields, version: { increment: 1 } },
      });
      // A write that committed between the read above and this one: refused without details.
      if (count === 0) throw staleEdit("this site");
      const after = await tx.site.findFirstOrThrow({ where: { id: siteId, orgId: actor.orgId } });
      await recordAudit(tx, {
        actor,
        action: "site.updated",
        entityType: "site",
        entityId: siteId,
        planId: null,
        before: siteSnapshot(before),
        after: siteSnapshot(after),
      });
      return { ...after, changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid("name", "Name: the organisation already has a site with this name.");
    throw error;
  }
}
