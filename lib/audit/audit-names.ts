import "server-only";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";

/** Records the audit log names its ids by: table and the column a person knows it by. */
const NAMED: readonly [table: string, label: string][] = [
  ["Plan", `t."name"`],
  ["PlanVersion", `'version ' || t."number"`],
  ["BusinessFunction", `t."name"`],
  ["Product", `t."name"`],
  ["RecoveryTier", `t."name"`],
  ["ConsistencyGroup", `t."name"`],
  ["Threat", `t."title"`],
  ["Scenario", `t."name"`],
  ["ErtRole", `t."title"`],
  ["Person", `t."name"`],
  ["Department", `t."name"`],
  ["Site", `t."name"`],
  ["System", `t."name"`],
  ["Host", `t."name"`],
  ["BackupLocation", `t."name"`],
  ["BackupPolicy", `t."name"`],
  ["InventoryItem", `t."label"`],
  ["Exercise", `t."title"`],
  ["Finding", `left(t."description", 80)`],
];

/**
 * The names of the organisation's records among `ids` (whatever their kind), in one statement:
 * each arm is scoped to the organisation, so an id of another organisation is never named. Members
 * are named by their user's name, by membership id or user id.
 */
export async function auditNames(orgId: string, ids: string[], tx: Tx = db): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const arms = NAMED.map(([table, label]) => `SELECT t."id", ${label} AS "name" FROM "${table}" t WHERE t."orgId" = $1 AND t."id" = ANY($2)`);
  arms.push(
    `SELECT m."id", u."name" FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE m."orgId" = $1 AND m."id" = ANY($2)`,
    `SELECT u."id", u."name" FROM "User" u JOIN "Membership" m ON m."userId" = u."id" WHERE m."orgId" = $1 AND u."id" = ANY($2)`,
    `SELECT c."id", p."name" FROM "CommitteeMember" c JOIN "Person" p ON p."id" = c."personId" WHERE c."orgId" = $1 AND c."id" = ANY($2)`,
  );
  const rows = await tx.$queryRawUnsafe<{ id: string; name: string }[]>(arms.join(" UNION ALL "), orgId, ids);
  return new Map(rows.map((row) => [row.id, row.name]));
}
