import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { invalid } from "@/lib/errors";
import { formatDuration } from "@/lib/durations";
import { lockPlan } from "@/lib/plans/lock-plan";

/**
 * A function falls into the tightest tier its RTO fits, so of two tiers with one limit only one
 * would ever be given a function by its RTO, and which one would turn on their names: a second
 * tier at a limit another has is refused at the limit, naming that tier. The plan row is locked
 * first, as for the committee's chair, so two such tiers saved at once are serialised too.
 */
export async function assertTierLimitFree(tx: Tx, actor: Pick<Actor, "orgId">, { planId, maxRtoMinutes, tierId }: { planId: string; maxRtoMinutes: number; tierId?: string }) {
  await lockPlan(tx, { orgId: actor.orgId, planId });
  const same = await tx.recoveryTier.findFirst({
    where: { orgId: actor.orgId, planId, maxRtoMinutes, ...(tierId ? { id: { not: tierId } } : {}) },
    select: { name: true },
  });
  if (same) {
    throw invalid(
      "maxRtoMinutes",
      `${same.name} already allows up to ${formatDuration(maxRtoMinutes)}: functions would fall into only one of two tiers with one limit. Give this tier another limit, or change ${same.name}.`,
    );
  }
}

export const DUPLICATE_TIER = "This plan already has a tier with this name.";

/**
 * Refuses a name another tier of the plan has whatever its letter case ("GOLD" beside "Gold" is
 * one tier to the committee, as a function's name is); the database's unique index tells only
 * exact names apart. Under the plan's lock, as the limit's check is.
 */
export async function assertTierNameFree(tx: Tx, actor: Pick<Actor, "orgId">, { planId, name, tierId }: { planId: string; name: string; tierId?: string }) {
  await lockPlan(tx, { orgId: actor.orgId, planId });
  // lower() as the functions' unique index compares; Prisma's "insensitive" equals is an ILIKE,
  // which would read a "_" in the name as any character.
  const same = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM "RecoveryTier" WHERE "orgId" = ${actor.orgId} AND "planId" = ${planId} AND lower(name) = lower(${name}) AND id <> ${tierId ?? ""} LIMIT 1`;
  if (same.length) throw invalid("name", DUPLICATE_TIER);
}
