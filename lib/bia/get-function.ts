import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { planRecords, planRecordScope } from "@/lib/bia/scope";
import { storedGrid } from "@/lib/bia/function-fields";
import { storedCategories } from "@/lib/bia/impact";
import { suggestTargets } from "@/lib/bia/suggest-targets";
import { checkTargets } from "@/lib/bia/target-checks";
import { fallingImpacts } from "@/lib/bia/impact-checks";
import { compareVendors } from "@/lib/bia/vendor-checks";
import { checkHandTier } from "@/lib/priorities/tier-check";

/**
 * A function with its dependencies, the organisation's grid settings, the suggestion from its
 * saved grid, the flags on its saved targets and grid, its vendors' recovery times against its RTO (and their
 * contracts that have ended by `now`) and how a tier set by hand squares with its RTO.
 */
export async function getFunction({ actor, planId, functionId, now = new Date() }: { actor: Actor; planId: string; functionId: string; now?: Date }) {
  authorize(actor, "plan:read");
  const [fn, org, tiers] = await Promise.all([
    db.businessFunction.findFirst({
      where: planRecordScope(actor, planId, functionId),
      include: {
        product: { select: { id: true, name: true } },
        department: { select: { id: true, name: true } },
        tier: { select: { id: true, name: true, maxRtoMinutes: true } },
        systems: { select: { id: true, name: true }, orderBy: { name: "asc" } },
        keyPeople: { select: { id: true, name: true, jobTitle: true }, orderBy: { name: "asc" } },
        vendors: { select: { id: true, label: true, data: true, expiresOn: true }, orderBy: [{ label: "asc" }, { id: "asc" }] },
        facilities: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      },
    }),
    db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { impactHorizonsMinutes: true, intolerableRating: true, impactCategories: true } }),
    db.recoveryTier.findMany({ where: planRecords(actor, planId), select: { id: true, name: true, maxRtoMinutes: true } }),
  ]);
  if (!fn) throw notFound("The function");
  const grid = storedGrid(fn.impactGrid);
  const horizons = [...org.impactHorizonsMinutes].sort((a, b) => a - b);
  const categories = storedCategories(org.impactCategories);
  return {
    fn: { ...fn, impactGrid: grid },
    settings: { horizons, categories, intolerable: org.intolerableRating },
    suggestion: suggestTargets({ grid, categories, horizons, intolerable: org.intolerableRating, wrtMinutes: fn.wrtMinutes }),
    flags: checkTargets(fn),
    impactFlags: fallingImpacts({ grid, categories, horizons }),
    vendorChecks: compareVendors({ rtoMinutes: fn.rtoMinutes, vendors: fn.vendors, now }),
    tierNote: checkHandTier(fn.rtoMinutes, fn.tier, tiers),
  };
}
