import "server-only";
import type { Tx } from "@/lib/db/client";

type Scope = { orgId: string; planId: string };

/**
 * The numbers of the plan's frozen versions (any status) whose snapshot lists each of these
 * attachments, read from the snapshots themselves (tests.exercises[].attachments[].id, the shape
 * lib/versions/build-snapshot.ts freezes and lib/versions/version-evidence.ts reads). An
 * attachment no version lists is absent from the map. Decision 18.
 */
export async function versionsCitingEvidence(tx: Pick<Tx, "$queryRaw">, { orgId, planId, attachmentIds }: Scope & { attachmentIds: string[] }): Promise<Map<string, number[]>> {
  if (attachmentIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ attachmentId: string; number: number }[]>`
    SELECT DISTINCT ref.id AS "attachmentId", v."number"
    FROM "PlanVersion" v
    CROSS JOIN LATERAL (
      SELECT value #>> '{}' AS id FROM jsonb_path_query(v."snapshot", '$.tests.exercises[*].attachments[*].id') AS found(value)
    ) ref
    WHERE v."orgId" = ${orgId} AND v."planId" = ${planId} AND ref.id = ANY(${attachmentIds}::text[])
    ORDER BY v."number"`;
  const cited = new Map<string, number[]>();
  for (const row of rows) cited.set(row.attachmentId, [...(cited.get(row.attachmentId) ?? []), row.number]);
  return cited;
}
