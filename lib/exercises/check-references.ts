import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { invalid } from "@/lib/errors";

export type ScopeIds = { functionIds: string[]; systemIds: string[]; scenarioIds: string[]; participantIds: string[] };

/**
 * Ids chosen in the form must name rows of this plan (functions, systems, scenarios) or of this
 * organisation (people): anything else is refused on its field, never linked.
 */
export async function checkScopeReferences(tx: Tx, actor: Actor, planId: string, ids: ScopeIds): Promise<void> {
  const inPlan = { orgId: actor.orgId, planId };
  const checks = [
    { field: "functionIds", ids: ids.functionIds, count: (id: string[]) => tx.businessFunction.count({ where: { ...inPlan, id: { in: id } } }), what: "business functions" },
    { field: "systemIds", ids: ids.systemIds, count: (id: string[]) => tx.system.count({ where: { ...inPlan, id: { in: id } } }), what: "systems" },
    { field: "scenarioIds", ids: ids.scenarioIds, count: (id: string[]) => tx.scenario.count({ where: { ...inPlan, id: { in: id } } }), what: "scenarios" },
    { field: "participantIds", ids: ids.participantIds, count: (id: string[]) => tx.person.count({ where: { orgId: actor.orgId, id: { in: id } } }), what: "people" },
  ];
  for (const check of checks) {
    const unique = [...new Set(check.ids)];
    if (unique.length && (await check.count(unique)) !== unique.length) {
      throw invalid(check.field, `Choose ${check.what} from this plan's lists.`);
    }
  }
}

export const connectIds = (ids: string[]) => [...new Set(ids)].map((id) => ({ id }));
