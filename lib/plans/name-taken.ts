import "server-only";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

/** The plan records whose name (or title) the committee tells apart only by more than letter case. */
const NAME_COLUMNS = { ErtRole: "title", RecoveryTier: "name", Scenario: "name" } as const;

/**
 * Whether another record of the plan already bears `name` in any letter case ("GOLD" beside "Gold"
 * is one tier to the committee, as a function's or a threat's name is); a unique index tells only
 * exact names apart. lower() as those indexes compare: Prisma's "insensitive" equals is an
 * unescaped ILIKE, which would read a "_" in the name as any character. The caller holds the
 * plan's lock, so two such records saved at once are serialised and the second is refused.
 */
export async function nameTakenInPlan(
  tx: Tx,
  { table, orgId, planId, name, exceptId }: { table: keyof typeof NAME_COLUMNS; orgId: string; planId: string; name: string; exceptId?: string },
): Promise<boolean> {
  const same = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM ${Prisma.raw(`"${table}"`)}
    WHERE "orgId" = ${orgId} AND "planId" = ${planId} AND lower(${Prisma.raw(`"${NAME_COLUMNS[table]}"`)}) = lower(${name}) AND id <> ${exceptId ?? ""}
    LIMIT 1`;
  return same.length > 0;
}
