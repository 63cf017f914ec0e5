import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * How many of the organisation's functions (in every plan) rate each impact category at one of
 * the given outage lengths: what removing a category would hide. Counted in the database, since
 * an organisation can have thousands of functions; grids not shaped like one count nothing.
 */
export async function ratedFunctionsByCategory(tx: Pick<Tx, "$queryRaw">, { orgId, horizons }: { orgId: string; horizons: number[] }): Promise<Record<string, number>> {
  const rows = await tx.$queryRaw<{ key: string; functions: number }[]>`
    SELECT e.key, count(*)::int AS functions
    FROM "BusinessFunction" f
    CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(f."impactGrid") = 'object' THEN f."impactGrid" ELSE '{}'::jsonb END) AS e(key, row)
    WHERE f."orgId" = ${orgId}
      AND jsonb_typeof(e.row) = 'object'
      AND EXISTS (SELECT 1 FROM jsonb_object_keys(e.row) AS m(minutes) WHERE m.minutes = ANY(${horizons.map(String)}::text[]))
    GROUP BY e.key`;
  return Object.fromEntries(rows.map((row) => [row.key, row.functions]));
}
