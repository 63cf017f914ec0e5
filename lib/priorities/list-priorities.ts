import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { planRecords } from "@/lib/bia/scope";
import { rankFunctions, tierFor } from "@/lib/priorities/rank";
import { checkHandTier } from "@/lib/priorities/tier-check";
import { groupSizeNote } from "@/lib/priorities/group-size";

/**
 * The plan's functions in priority order with their tier (set by hand, else the tightest tier
 * their RTO fits) and how a tier set by hand squares with the RTO, and the tiers and consistency
 * groups (each with `sizeNote` when fewer than two systems are left in it). Ranking is a total
 * order over all of the plan's functions, so it reads every function, but only the few columns it
 * needs.
 */
export async function listPriorities({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  const [functions, tiers, groups] = await Promise.all([
    db.businessFunction.findMany({
      where: planRecords(actor, planId),
      select: {
        id: true,
        name: true,
        version: true,
        mtdMinutes: true,
        rtoMinutes: true,
        rpoMinutes: true,
        costPerHour: true,
        manualRank: true,
        manualRankReason: true,
        tierId: true,
        department: { select: { name: true } },
      },
    }),
    db.recoveryTier.findMany({ where: planRecords(actor, planId), orderBy: [{ maxRtoMinutes: "asc" }, { name: "asc" }] }),
    db.consistencyGroup.findMany({
      where: planRecords(actor, planId),
      orderBy: { key: "asc" },
      include: { systems: { select: { id: true, name: true }, orderBy: { name: "asc" } } },
    }),
  ]);
  const ranked = rankFunctions(functions).map((f) => {
    const manualTier = f.tierId ? tiers.find((t) => t.id === f.tierId) ?? null : null;
    return {
      ...f,
      tier: manualTier ?? tierFor(f.rtoMinutes, tiers),
      tierByHand: manualTier !== null,
      tierNote: checkHandTier(f.rtoMinutes, manualTier, tiers),
    };
  });
  // A system deleted since may have left a group with one system or none: it says so.
  return { ranked, tiers, groups: groups.map((g) => ({ ...g, sizeNote: groupSizeNote(g.systems) })) };
}
