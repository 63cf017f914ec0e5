import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { listQuerySchema, readPage, type ListQuery } from "@/lib/lists/list-query";
import { containing } from "@/lib/lists/like";
import type { Prisma } from "@/lib/generated/prisma/client";
import { planRecords } from "@/lib/bia/scope";
import { loadSystemTargets } from "@/lib/priorities/load-system-targets";

export const SYSTEM_SORTS = ["name", "kind", "owner"] as const;
export const systemListQuery = listQuerySchema(SYSTEM_SORTS, "name");
export type SystemListQuery = ListQuery<(typeof SYSTEM_SORTS)[number]>;

/** The order of a sort column: the owner by the person's name, then by the text typed while owners were free text. */
function orderOf(query: SystemListQuery): Prisma.SystemOrderByWithRelationInput[] {
  if (query.sort === "owner") return [{ ownerPerson: { name: query.dir } }, { ownerText: query.dir }];
  return [{ [query.sort]: query.dir }];
}

export function systemSearch(actor: Pick<Actor, "orgId">, planId: string, q: string): Prisma.SystemWhereInput {
  return {
    ...planRecords(actor, planId),
    ...(q
      ? {
          OR: [
            { name: containing(q) },
            { ownerPerson: { name: containing(q) } },
            { ownerText: containing(q) },
            { description: containing(q) },
          ],
        }
      : {}),
  };
}

/**
 * A page of the plan's systems register, searched, sorted and paginated in the query, each with
 * the RTO and RPO it inherits from the functions that need it, the RTO also from the systems that
 * depend on it (which takes the plan's dependency graph: read whole, in a fixed number of queries).
 */
export async function listSystems({ actor, planId, query }: { actor: Actor; planId: string; query: SystemListQuery }) {
  authorize(actor, "plan:read");
  const where = systemSearch(actor, planId, query.q);
  const [page, targets] = await Promise.all([
    readPage({
      query,
      read: async (window) => {
        const [rows, total] = await Promise.all([
          db.system.findMany({
            where,
            orderBy: [...orderOf(query), { name: "asc" }, { id: "asc" }],
            ...window,
            select: {
              id: true,
              name: true,
              kind: true,
              ownerPerson: { select: { name: true } },
              ownerText: true,
              _count: { select: { functions: true } },
              consistencyGroups: { select: { key: true } },
            },
          }),
          db.system.count({ where }),
        ]);
        return { rows, total };
      },
    }),
    loadSystemTargets({ actor, planId }),
  ]);
  return { ...page, rows: page.rows.map(({ _count, ...row }) => ({ ...row, functionCount: _count.functions, ...targets.get(row.id)! })) };
}
