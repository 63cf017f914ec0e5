import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { nameTakenInPlan } from "@/lib/plans/name-taken";
import type { Actor } from "@/lib/auth/context";
import { choice, instant, namedId, namedList, orgNames, showFields } from "@/lib/concurrency/show-fields";
import { SCENARIO_KIND_LABELS, THREAT_CATEGORY_LABELS, THREAT_LABELS } from "@/lib/risks/schemas";

type ThreatFields = {
  category: string;
  title: string;
  description: string;
  existingControls: string;
  likelihood: number;
  impact: number;
  mitigation: string;
  ownerId: string | null;
  residualLikelihood: number | null;
  residualImpact: number | null;
};

/** The fields of a threat that the audit log records before and after a change. */
export function threatSnapshot(threat: ThreatFields) {
  return {
    category: threat.category,
    title: threat.title,
    description: threat.description,
    existingControls: threat.existingControls,
    likelihood: threat.likelihood,
    impact: threat.impact,
    mitigation: threat.mitigation,
    ownerId: threat.ownerId,
    residualLikelihood: threat.residualLikelihood,
    residualImpact: threat.residualImpact,
  };
}

/**
 * A threat's audited fields as its form shows them (for a refused stale save and an import's
 * preview): the category by its label, the owner by name.
 */
export async function showThreat(tx: Tx, actor: Pick<Actor, "orgId">) {
  const people = await orgNames(tx, actor, "person");
  return showFields({
    ...Object.fromEntries(Object.entries(THREAT_LABELS).map(([field, label]) => [field, { label }])),
    category: { label: THREAT_LABELS.category, text: choice(THREAT_CATEGORY_LABELS) },
    ownerId: { label: THREAT_LABELS.ownerId, text: namedId(people) },
  });
}

type ScenarioFields = {
  key: string;
  name: string;
  kind: string;
  description: string;
  at: Date | null;
  declareMinutes: number;
  containmentMinutes: number;
  cleanBefore: Date | null;
  lostHostKeys: string[];
};

export function scenarioSnapshot(scenario: ScenarioFields, links: { lostSiteIds: string[]; threatIds: string[] }) {
  return {
    key: scenario.key,
    name: scenario.name,
    kind: scenario.kind,
    description: scenario.description,
    at: scenario.at?.toISOString() ?? null,
    declareMinutes: scenario.declareMinutes,
    containmentMinutes: scenario.containmentMinutes,
    cleanBefore: scenario.cleanBefore?.toISOString() ?? null,
    lostHostKeys: scenario.lostHostKeys,
    lostSiteIds: links.lostSiteIds,
    threatIds: links.threatIds,
  };
}

/**
 * A scenario's audited fields as its form shows them: the kind by its label, instants as typed
 * (ISO 8601 without milliseconds), lost sites and threats by name.
 */
export async function showScenario(tx: Tx, actor: Pick<Actor, "orgId">, planId: string) {
  // One after another: a transaction's queries share one connection.
  const threats = await tx.threat.findMany({ where: { orgId: actor.orgId, planId }, select: { id: true, title: true } });
  const sites = await orgNames(tx, actor, "site");
  return showFields({
    name: { label: "Scenario name" },
    key: { label: "Scenario id" },
    kind: { label: "Kind", text: choice(SCENARIO_KIND_LABELS) },
    description: { label: "Description" },
    at: { label: "Disaster instant", text: instant },
    cleanBefore: { label: "Last instant known clean", text: instant },
    declareMinutes: { label: "Minutes to declare" },
    containmentMinutes: { label: "Containment minutes" },
    lostHostKeys: { label: "Lost hosts" },
    lostSiteIds: { label: "Lost sites", text: namedList(sites) },
    threatIds: { label: "Caused by threats", text: namedList(new Map(threats.map((t) => [t.id, t.title]))) },
  });
}

/**
 * Threats, sites and lost hosts named by the client must be this plan's threats, this
 * organisation's sites and this plan's hosts (by key): a scenario that loses an unknown host
 * would leave the whole recovery assessment unassessable.
 */
export async function assertScenarioLinks(
  tx: Tx,
  scope: { orgId: string; planId: string },
  links: { lostSiteIds: string[]; threatIds: string[]; lostHostKeys: string[] },
): Promise<void> {
  const threats = await tx.threat.count({ where: { ...scope, id: { in: links.threatIds } } });
  if (threats !== links.threatIds.length) throw invalid("threatIds", "Choose threats from this plan's register.");
  const sites = await tx.site.count({ where: { orgId: scope.orgId, id: { in: links.lostSiteIds } } });
  if (sites !== links.lostSiteIds.length) throw invalid("lostSiteIds", "Choose sites of the organisation.");
  if (links.lostHostKeys.length === 0) return;
  const hosts = await tx.host.findMany({ where: { ...scope, key: { in: links.lostHostKeys } }, select: { key: true } });
  const known = new Set(hosts.map((h) => h.key));
  const unknown = links.lostHostKeys.filter((key) => !known.has(key));
  if (unknown.length) {
    const named = unknown.map((key) => `“${key}”`).join(", ");
    throw invalid("lostHostKeys", `Lost hosts: ${named} ${unknown.length === 1 ? "is not a host" : "are not hosts"} of this plan; choose from its hosts.`);
  }
}

export const DUPLICATE_THREAT = "The register already has a threat with this title.";

export const DUPLICATE_SCENARIO = "The plan already has a scenario with this name.";

/**
 * Refuses a name another scenario of the plan has whatever its letter case ("Site loss" beside
 * "site loss" is one scenario to the committee, as a threat's title is); the database's unique
 * index tells only exact names apart. The caller holds the plan's lock, so two such scenarios
 * saved at once are serialised and the second is refused.
 */
export async function assertScenarioNameFree(tx: Tx, scope: { orgId: string; planId: string }, { name, scenarioId }: { name: string; scenarioId?: string }) {
  if (await nameTakenInPlan(tx, { table: "Scenario", ...scope, name, exceptId: scenarioId })) throw invalid("name", DUPLICATE_SCENARIO);
}

/**
 * A scenario's id and name are each unique in the plan. The driver adapter does not say reliably
 * which constraint a unique violation hit, so ask which one clashes.
 */
export async function duplicateScenario(scope: { orgId: string; planId: string }, scenario: { key: string; id?: string }) {
  const sameKey = await db.scenario.count({ where: { ...scope, key: scenario.key, ...(scenario.id ? { id: { not: scenario.id } } : {}) } });
  return sameKey
    ? invalid("key", "The plan already has a scenario with this id.")
    : invalid("name", DUPLICATE_SCENARIO);
}
