import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { pageOf, pageWindow } from "@/lib/lists/list-query";
import { threatQuerySchema } from "@/lib/risks/schemas";

/**
 * One page of a plan's threat register: searched, sorted and paged in the database, and narrowed
 * to one heat-map cell (inherent or residual) when the page names one.
 */
export async function listThreats({ actor, planId, query }: { actor: Actor; planId: string; query: unknown }) {
  authorize(actor, "plan:read");
  const list = threatQuerySchema.parse(query);
  const contains = { contains: list.q, mode: "insensitive" as const };
  const cell =
    list.l && list.i
      ? list.view === "residual"
        ? { residualLikelihood: list.l, residualImpact: list.i }
        : { likelihood: list.l, impact: list.i }
      : {};
  const where = {
    orgId: actor.orgId,
    planId,
    ...cell,
    ...(list.q ? { OR: [{ title: contains }, { description: contains }, { mitigation: contains }] } : {}),
  };
  // Sorting by likelihood breaks ties by impact, so the riskiest threats come first when descending.
  const order =
    list.sort === "likelihood"
      ? [{ likelihood: list.dir }, { impact: list.dir }]
      : list.sort === "impact"
        ? [{ impact: list.dir }, { likelihood: list.dir }]
        : [{ [list.sort]: list.dir }];
  const [rows, total] = await db.$transaction([
    db.threat.findMany({
      where,
      orderBy: [...order, { title: "asc" }],
      ...pageWindow(list),
      include: { owner: { select: { id: true, name: true } } },
    }),
    db.threat.count({ where }),
  ]);
  return { query: list, filtered: Boolean(list.l && list.i), ...pageOf(rows, total, list) };
}
