import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { heatMapGrid } from "@/lib/risks/scoring";

/**
 * Threat counts per (likelihood, impact) cell, inherent and residual, counted by the database, and
 * how many threats have no residual rating (so are not on the residual map).
 */
export async function getHeatMaps({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  const scope = { orgId: actor.orgId, planId };
  const [inherent, residual, unratedResidual] = await Promise.all([
    db.threat.groupBy({ by: ["likelihood", "impact"], where: scope, _count: { _all: true } }),
    db.threat.groupBy({
      by: ["residualLikelihood", "residualImpact"],
      where: { ...scope, residualLikelihood: { not: null }, residualImpact: { not: null } },
      _count: { _all: true },
    }),
    db.threat.count({ where: { ...scope, OR: [{ residualLikelihood: null }, { residualImpact: null }] } }),
  ]);
  return {
    inherent: heatMapGrid(inherent.map((g) => ({ likelihood: g.likelihood, impact: g.impact, count: g._count._all }))),
    residual: heatMapGrid(
      residual.map((g) => ({ likelihood: g.residualLikelihood ?? 0, impact: g.residualImpact ?? 0, count: g._count._all })),
    ),
    unratedResidual,
  };
}
