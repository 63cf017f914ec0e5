import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { listQuerySchema, readPage, type ListQuery } from "@/lib/lists/list-query";
import { containing } from "@/lib/lists/like";
import type { Prisma } from "@/lib/generated/prisma/client";
import { planRecords } from "@/lib/bia/scope";
import { checkTargets, targetGaps } from "@/lib/bia/target-checks";
import { fallingImpacts } from "@/lib/bia/impact-checks";
import { storedGrid } from "@/lib/bia/function-fields";
import { storedCategories } from "@/lib/bia/impact";
import { compareVendors, vendorCheckLabels } from "@/lib/bia/vendor-checks";

export const FUNCTION_SORTS = ["name", "department", "mtd", "rto", "cost"] as const;
export const functionListQuery = listQuerySchema(FUNCTION_SORTS, "name");
export type FunctionListQuery = ListQuery<(typeof FUNCTION_SORTS)[number]>;

function orderBy(query: FunctionListQuery): Prisma.BusinessFunctionOrderByWithRelationInput[] {
  const dir = query.dir;
  const nullsLast = (sort: "asc" | "desc") => ({ sort, nulls: "last" as const });
  const primary: Record<FunctionListQuery["sort"], Prisma.BusinessFunctionOrderByWithRelationInput> = {
    name: { name: dir },
    department: { department: { name: dir } },
    mtd: { mtdMinutes: nullsLast(dir) },
    rto: { rtoMinutes: nullsLast(dir) },
    cost: { costPerHour: nullsLast(dir) },
  };
  // The id breaks ties so that pages never overlap.
  return [primary[query.sort], { name: "asc" }, { id: "asc" }];
}

/**
 * A page of a plan's functions, searched, sorted and paginated in the query, with their flags
 * (on targets, and on impact ratings that fall as the outage gets longer), unset targets and their vendors' recovery times against the RTO and contracts ended by `now`. The
 * vendors of the whole page come in the same findMany (one relation query for the page, not one
 * per row).
 */
export async function listFunctions({ actor, planId, query, now = new Date() }: { actor: Actor; planId: string; query: FunctionListQuery; now?: Date }) {
  authorize(actor, "plan:read");
  const where: Prisma.BusinessFunctionWhereInput = {
    ...planRecords(actor, planId),
    ...(query.q
      ? {
          OR: [
            { name: containing(query.q) },
            { description: containing(query.q) },
            { department: { name: containing(query.q) } },
            { product: { name: containing(query.q) } },
          ],
        }
      : {}),
  };
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { impactHorizonsMinutes: true, impactCategories: true } });
  const settings = { categories: storedCategories(org.impactCategories), horizons: org.impactHorizonsMinutes };
  const page = await readPage({
    query,
    read: async (window) => {
      const [rows, total] = await Promise.all([
        db.businessFunction.findMany({
          where,
          orderBy: orderBy(query),
          ...window,
          select: {
            id: true,
            name: true,
            costPerHour: true,
            mtdMinutes: true,
            rtoMinutes: true,
            rpoMinutes: true,
            wrtMinutes: true,
            impactGrid: true,
            department: { select: { name: true } },
            product: { select: { name: true } },
            vendors: { select: { id: true, label: true, data: true, expiresOn: true }, orderBy: [{ label: "asc" }, { id: "asc" }] },
          },
        }),
        db.businessFunction.count({ where }),
      ]);
      return { rows, total };
    },
  });
  return {
    ...page,
    rows: page.rows.map(({ vendors, impactGrid, ...row }) => {
      const comparisons = compareVendors({ rtoMinutes: row.rtoMinutes, vendors, now });
      return {
        ...row,
        flags: checkTargets(row),
        impactFlags: fallingImpacts({ grid: storedGrid(impactGrid), ...settings }),
        gaps: targetGaps(row),
        vendorChecks: { ...vendorCheckLabels(comparisons), messages: comparisons.flatMap((c) => [c.message, c.contractWarning].filter((m) => m !== null)) },
      };
    }),
  };
}
