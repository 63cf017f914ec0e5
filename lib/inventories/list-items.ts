import "server-only";
import { orgNames } from "@/lib/concurrency/show-fields";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { Prisma } from "@/lib/generated/prisma/client";
import { listQuerySchema, readPage, type ListQuery } from "@/lib/lists/list-query";
import { parseInput } from "@/lib/validation";
import type { ItemData } from "@/lib/inventories/fields";
import { registerOf, type RegisterDef } from "@/lib/inventories/registers";
import { registerRefSchema } from "@/lib/inventories/schemas";
import { sortKeys } from "@/lib/inventories/item-schema";
import { itemSearch } from "@/lib/inventories/item-search";
import { findPlan, planVersions } from "@/lib/inventories/scope";
import { isItemStale, isRegisterStale } from "@/lib/inventories/staleness";

export type ItemRow = { id: string; data: ItemData; label: string; expiresOn: Date | null; version: number; updatedAt: Date };

/** The ORDER BY expression of a sort column; field values are read out of the JSON by key. */
function orderExpression(register: RegisterDef, sort: string): Prisma.Sql {
  if (sort === "label") return Prisma.sql`lower(i.label)`;
  if (sort === "updated") return Prisma.sql`i."updatedAt"`;
  if (sort === "expiry") return Prisma.sql`i."expiresOn"`;
  const field = register.fields.find((f) => f.key === sort);
  switch (field?.type) {
    case "number":
    case "integer":
      return Prisma.sql`(i.data->>${sort})::numeric`;
    case "boolean":
      return Prisma.sql`(i.data->>${sort})::boolean`;
    // Text kept from before the field held a version's number sorts after the numbers.
    case "version":
      return Prisma.sql`(CASE WHEN jsonb_typeof(i.data->${sort}) = 'number' THEN (i.data->>${sort})::numeric END)`;
    case "person":
      return Prisma.sql`(SELECT lower(p.name) FROM "Person" p WHERE p.id = i.data->>${sort} AND p."orgId" = i."orgId")`;
    default:
      return Prisma.sql`lower(i.data->>${sort})`;
  }
}

/**
 * One page of a register's items, searched (label, any field's value as the list shows it, or the
 * name of a person the item names: itemSearch) and sorted (label, last update, expiry or any
 * field) in the database, with the register's owner, review and staleness, and each item's own
 * staleness.
 */
export async function listItems({
  actor,
  input,
  query,
  now = new Date(),
}: {
  actor: Actor;
  input: unknown;
  query: Record<string, string | undefined>;
  now?: Date;
}) {
  authorize(actor, "plan:read");
  const { planId, kind } = parseInput(registerRefSchema, input);
  const register = registerOf(kind);
  const list: ListQuery = listQuerySchema(sortKeys(register), "label").parse(query);
  const plan = await findPlan(db, actor, planId, { editable: false });
  const period = plan.org.reviewPeriodDays;

  const where = Prisma.sql`i."orgId" = ${actor.orgId} AND i."planId" = ${planId} AND i.kind = ${kind}`;
  const search = itemSearch(register, list.q);
  const direction = list.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;

  const [page, registerRow, people, versions] = await Promise.all([
    readPage({
      query: list,
      read: async ({ skip, take }) => {
        const [rows, [{ total }]] = await Promise.all([
          db.$queryRaw<ItemRow[]>`
            SELECT i.id, i.data, i.label, i."expiresOn", i.version, i."updatedAt"
            FROM "InventoryItem" i
            WHERE ${where} ${search}
            ORDER BY ${orderExpression(register, list.sort)} ${direction} NULLS LAST, lower(i.label) ASC, i.id ASC
            LIMIT ${take} OFFSET ${skip}`,
          db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "InventoryItem" i WHERE ${where} ${search}`,
        ]);
        return { rows, total };
      },
    }),
    db.inventoryRegister.findFirst({ where: { orgId: actor.orgId, planId, kind }, include: { owner: { select: { id: true, name: true } } } }),
    orgNames(db, actor, "person"),
    planVersions(db, actor, planId),
  ]);
  const lastReviewedAt = registerRow?.lastReviewedAt ?? null;
  return {
    plan,
    register,
    reviewPeriodDays: period,
    owner: registerRow?.owner ?? null,
    lastReviewedAt,
    stale: isRegisterStale(lastReviewedAt, period, now),
    people: [...people].map(([id, name]) => ({ id, name })),
    versions,
    query: { ...list, page: page.page },
    items: { ...page, rows: page.rows.map((row) => ({ ...row, stale: isItemStale(row, period, now) })) },
  };
}
