import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { readPage } from "@/lib/lists/list-query";
import { likeContaining } from "@/lib/lists/like";
import { threatQuerySchema, type ThreatSort } from "@/lib/risks/schemas";

const SCORE = Prisma.sql`t.likelihood * t.impact`;
const RESIDUAL_SCORE = Prisma.sql`t."residualLikelihood" * t."residualImpact"`;

/**
 * The ORDER BY of each sort, in the reader's direction. Scores are likelihood × impact, computed
 * here so that 2×5 = 10 ranks above 3×2 = 6; ties go to the other score, then to the ratings. A
 * threat with no residual rating sorts last either way.
 */
function orderBy(sort: ThreatSort, dir: Prisma.Sql): Prisma.Sql {
  switch (sort) {
    case "score":
      return Prisma.sql`${SCORE} ${dir}, ${RESIDUAL_SCORE} ${dir} NULLS LAST, t.likelihood ${dir}`;
    case "residualScore":
      return Prisma.sql`${RESIDUAL_SCORE} ${dir} NULLS LAST, ${SCORE} ${dir}, t.likelihood ${dir}`;
    case "likelihood":
      return Prisma.sql`t.likelihood ${dir}, t.impact ${dir}`;
    case "impact":
      return Prisma.sql`t.impact ${dir}, t.likelihood ${dir}`;
    case "category":
      return Prisma.sql`t.category ${dir}`;
    case "title":
      return Prisma.sql`t.title ${dir}`;
  }
}

/**
 * One page of a plan's threat register: searched, sorted (by score unless the reader asks
 * otherwise) and paged in the database, and narrowed to one heat-map cell (inherent or residual)
 * when the page names one.
 */
export async function listThreats({ actor, planId, query }: { actor: Actor; planId: string; query: unknown }) {
  authorize(actor, "plan:read");
  const list = threatQuerySchema.parse(query);
  const cell =
    list.l && list.i
      ? list.view === "residual"
        ? Prisma.sql`AND t."residualLikelihood" = ${list.l} AND t."residualImpact" = ${list.i}`
        : Prisma.sql`AND t.likelihood = ${list.l} AND t.impact = ${list.i}`
      : Prisma.empty;
  const pattern = likeContaining(list.q);
  const search = list.q ? Prisma.sql`AND (t.title ILIKE ${pattern} OR t.description ILIKE ${pattern} OR t.mitigation ILIKE ${pattern})` : Prisma.empty;
  const where = Prisma.sql`t."orgId" = ${actor.orgId} AND t."planId" = ${planId} ${cell} ${search}`;
  const dir = list.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const page = await readPage({
    query: list,
    read: async ({ skip, take }) => {
      const [ids, [{ total }]] = await db.$transaction([
        db.$queryRaw<{ id: string }[]>`
          SELECT t.id FROM "Threat" t WHERE ${where}
          ORDER BY ${orderBy(list.sort, dir)}, t.title ASC, t.id ASC
          LIMIT ${take} OFFSET ${skip}`,
        db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Threat" t WHERE ${where}`,
      ]);
      return { rows: ids, total };
    },
  });
  const found = await db.threat.findMany({
    where: { orgId: actor.orgId, id: { in: page.rows.map((row) => row.id) } },
    include: { owner: { select: { id: true, name: true } } },
  });
  const byId = new Map(found.map((threat) => [threat.id, threat]));
  // A threat deleted between the two reads is simply not on the page.
  const rows = page.rows.flatMap(({ id }) => byId.get(id) ?? []);
  return { query: { ...list, page: page.page }, filtered: Boolean(list.l && list.i), ...page, rows };
}
