import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { assess } from "@/lib/engine";
import { savedRecovery, type SavedRecovery } from "@/lib/recovery/assess-recovery";
import { loadRecoveryRows } from "@/lib/recovery/load-recovery-rows";
import {
  incidentModel,
  readIncidentRecovery,
  withLoggedRecovery,
  type IncidentProgress,
  type IncidentRecovery,
  type IncidentTimes,
} from "@/lib/incidents/incident-recovery";

export type IncidentRecoveryView =
  | { state: "no-scenario" }
  | { state: "scenario-gone"; scenarioName: string }
  | { state: "invalid"; scenarioKey: string }
  | { state: "assessed"; scenarioKey: string; scenarioKind: string; recovery: IncidentProgress };

// The plan's cached assessment (reused for a minute while nothing changed) carries the incidents'
// assessments made from it, so a team refreshing the page does not rerun the engine each time.
const byAssessment = new WeakMap<SavedRecovery, Map<string, IncidentRecovery>>();

/** The incident and its log as getIncident read them: the expected recovery reads neither again. */
type Read = {
  incident: IncidentTimes & {
    id: string;
    orgId: string;
    planId: string;
    scenarioId: string | null;
    scenarioName: string;
    scenario: { key: string; kind: string } | null;
  };
  entries: { at: Date; systemId: string | null; systemName: string }[];
};

/**
 * What the plan's recovery model says of the incident: for its scenario, struck when the
 * disruption began, each affected system's data loss and expected return against its RTO, each
 * business function's against its MTD, beside what the log reports back in service. See
 * lib/incidents/incident-recovery.ts and docs/decisions/0053. From the incident and log of
 * getIncident (one read per page), which must be of the actor's organisation.
 */
export async function getIncidentRecovery({ actor, incident, entries, now = new Date() }: { actor: Actor; now?: Date } & Read): Promise<IncidentRecoveryView> {
  authorize(actor, "plan:read");
  // Read by getIncident inside the actor's organisation; checked again, as the rows below are read by its plan.
  if (incident.orgId !== actor.orgId) throw notFound("The incident");
  const { planId } = incident;
  if (!incident.scenarioId && !incident.scenarioName) return { state: "no-scenario" };
  if (!incident.scenario) return { state: "scenario-gone", scenarioName: incident.scenarioName };
  const { key: scenarioKey, kind: scenarioKind } = incident.scenario;

  const saved = await savedRecovery({ orgId: actor.orgId, planId, now, load: () => loadRecoveryRows(db, { orgId: actor.orgId, planId }) });
  if (!saved.result.ok) return { state: "invalid", scenarioKey };
  const { valid, names, hostless, incomplete } = saved.result;

  const backInService = await loggedBackInService({ actor, planId, entries });
  const memo = byAssessment.get(saved) ?? new Map<string, IncidentRecovery>();
  byAssessment.set(saved, memo);
  // Everything the assessment depends on: a corrected declaration (decision 62) is assessed afresh.
  const memoKey = JSON.stringify([incident.id, scenarioKey, incident.declaredAt, incident.startedAt, incident.cleanBefore]);
  let assessed = memo.get(memoKey);
  if (!assessed) {
    const model = incidentModel({ model: valid, scenarioKey, incident });
    if (!model) return { state: "scenario-gone", scenarioName: incident.scenarioName };
    assessed = readIncidentRecovery({ model, assessment: assess(model, { names }), names, leftOut: { hostless, incomplete } });
    memo.set(memoKey, assessed);
  }
  // The log changes more often than the plan: what it reports back is joined on each request.
  return { state: "assessed", scenarioKey, scenarioKind, recovery: withLoggedRecovery(assessed, backInService) };
}

/**
 * When the log first reported each system back in service, by the system's current name (the
 * model's id for it), or the name the entry kept when the system is no longer in the plan. The
 * entries come in the order things happened.
 */
async function loggedBackInService({ actor, planId, entries: log }: { actor: Actor; planId: string; entries: Read["entries"] }): Promise<Map<string, Date>> {
  const entries = log.filter((e) => e.systemName !== "");
  const ids = [...new Set(entries.map((e) => e.systemId).filter((id): id is string => id !== null))];
  const current = new Map(
    (await db.system.findMany({ where: { orgId: actor.orgId, planId, id: { in: ids } }, select: { id: true, name: true } })).map((s) => [s.id, s.name]),
  );
  const back = new Map<string, Date>();
  for (const entry of entries) {
    const name = (entry.systemId && current.get(entry.systemId)) || entry.systemName;
    if (!back.has(name)) back.set(name, entry.at);
  }
  return back;
}
