import "server-only";
import { orgNames } from "@/lib/concurrency/show-fields";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { Prisma } from "@/lib/generated/prisma/client";
import { listQuerySchema, readPage, type ListQuery } from "@/lib/lists/list-query";
import { parseInput } from "@/lib/validation";
import { SHOWN_NUMBER, type FieldDef, type ItemData } from "@/lib/inventories/fields";
import { registerOf, type RegisterDef } from "@/lib/inventories/registers";
import { registerRefSchema } from "@/lib/inventories/schemas";
import { sortKeys } from "@/lib/inventories/item-schema";
import { itemSearch } from "@/lib/inventories/item-search";
import { findPlan, planVersions } from "@/lib/inventories/scope";
import { isItemStale, registerReviewState } from "@/lib/inventories/staleness";

export type ItemRow = { id: string; data: ItemData; label: string; expiresOn: Date | null; version: number; updatedAt: Date };

/** The ORDER BY expression of a field's column; values are read out of the JSON by key. */
function fieldOrder(field: FieldDef): Prisma.Sql {
  const key = field.key;
  switch (field.type) {
    // Guarded as the search is (SHOWN_NUMBER): text kept in a number field sorts after the numbers
    // rather than failing the list, which sorts by such a field by default when it starts the label.
    case "number":
    case "integer":
      return Prisma.sql`(CASE WHEN i.data->>${key} ~ ${SHOWN_NUMBER.source} THEN (i.data->>${key})::numeric END)`;
    case "boolean":
      return Prisma.sql`(i.data->>${key})::boolean`;
    // Text kept from before the field held a version's number sorts after the numbers.
    case "version":
      return Prisma.sql`(CASE WHEN jsonb_typeof(i.data->${key}) = 'number' THEN (i.data->>${key})::numeric END)`;
    case "person":
      return Prisma.sql`(SELECT lower(p.name) FROM "Person" p WHERE p.id = i.data->>${key} AND p."orgId" = i."orgId")`;
    // A value read out of the JSON has the database's collation, not the label's: it takes the
    // names' own (decision 91), so a field's column sorts as the label does.
    default:
      return Prisma.sql`lower(i.data->>${key}) COLLATE "by_name"`;
  }
}

/** The ORDER BY expressions of a sort column, each taking the list's direction. */
function orderExpressions(register: RegisterDef, sort: string): Prisma.Sql[] {
  if (sort === "label") {
    // A label that starts with a number (a call tree's order, a checklist's step, a copy's
    // number) sorts by that number first: as text, 10 would come between 1 and 2.
    const first = register.fields.find((f) => f.key === register.labelFields[0]);
    const numbered = first && (first.type === "integer" || first.type === "number");
    return numbered ? [fieldOrder(first), Prisma.sql`lower(i.label)`] : [Prisma.sql`lower(i.label)`];
  }
  if (sort === "updated") return [Prisma.sql`i."updatedAt"`];
  if (sort === "expiry") return [Prisma.sql`i."expiresOn"`];
  const field = register.fields.find((f) => f.key === sort);
  return field ? [fieldOrder(field)] : [Prisma.sql`lower(i.label)`];
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

  const [page, registerRow, itemCount, people, versions] = await Promise.all([
    readPage({
      query: list,
      read: async ({ skip, take }) => {
        const [rows, [{ total }]] = await Promise.all([
          db.$queryRaw<ItemRow[]>`
            SELECT i.id, i.data, i.label, i."expiresOn", i.version, i."updatedAt"
            FROM "InventoryItem" i
            WHERE ${where} ${search}
            ORDER BY ${Prisma.join(orderExpressions(register, list.sort).map((order) => Prisma.sql`${order} ${direction} NULLS LAST`))}, lower(i.label) ASC, i.id ASC
            LIMIT ${take} OFFSET ${skip}`,
          db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "InventoryItem" i WHERE ${where} ${search}`,
        ]);
        return { rows, total };
      },
    }),
    db.inventoryRegister.findFirst({ where: { orgId: actor.orgId, planId, kind }, include: { owner: { select: { id: true, name: true } } } }),
    // The whole register's, not the search's: a search that finds nothing does not make it "not started".
    db.inventoryItem.count({ where: { orgId: actor.orgId, planId, kind } }),
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
    stale: registerReviewState({ itemCount, lastReviewedAt }, period, now).stale,
    people: [...people].map(([id, name]) => ({ id, name })),
    versions,
    query: { ...list, page: page.page },
    items: { ...page, rows: page.rows.map((row) => ({ ...row, stale: isItemStale(row, period, now) })) },
  };
}
