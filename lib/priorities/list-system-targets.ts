import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { pageOf, pageWindow } from "@/lib/lists/list-query";
import { systemSearch, type SystemListQuery } from "@/lib/systems/list-systems";
import { inheritTargets } from "@/lib/priorities/inherit-targets";

/** A page of the plan's systems with the RTO and RPO each inherits from the functions that need it. */
export async function listSystemTargets({ actor, planId, query }: { actor: Actor; planId: string; query: SystemListQuery }) {
  authorize(actor, "plan:read");
  const where = systemSearch(actor, planId, query.q);
  const [rows, total] = await Promise.all([
    db.system.findMany({
      where,
      orderBy: [{ [query.sort]: query.dir }, { name: "asc" }, { id: "asc" }],
      ...pageWindow(query),
      select: {
        id: true,
        name: true,
        kind: true,
        owner: true,
        functions: { select: { id: true, name: true, rtoMinutes: true, rpoMinutes: true } },
        consistencyGroups: { select: { key: true } },
      },
    }),
    db.system.count({ where }),
  ]);
  return pageOf(
    rows.map(({ functions, ...row }) => ({ ...row, functionCount: functions.length, ...inheritTargets(functions) })),
    total,
    query,
  );
}
