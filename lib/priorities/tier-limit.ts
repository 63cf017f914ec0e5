import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { invalid } from "@/lib/errors";
import { formatDuration } from "@/lib/durations";
import { lockPlan } from "@/lib/plans/lock-plan";
import { nameTakenInPlan } from "@/lib/plans/name-taken";

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

/** Refuses a name another tier of the plan has whatever its letter case; under the plan's lock, as the limit's check is. */
export async function assertTierNameFree(tx: Tx, actor: Pick<Actor, "orgId">, { planId, name, tierId }: { planId: string; name: string; tierId?: string }) {
  await lockPlan(tx, { orgId: actor.orgId, planId });
  if (await nameTakenInPlan(tx, { table: "RecoveryTier", orgId: actor.orgId, planId, name, exceptId: tierId })) throw invalid("name", DUPLICATE_TIER);
}
