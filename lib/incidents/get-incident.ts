import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { incidentScope, entryScope } from "@/lib/incidents/scope";

/**
 * One incident of the plan with its log in the order things happened (the time typed, then the
 * order recorded), each entry with the name of the member who recorded it, and the key of its
 * scenario (for the link to that scenario's recovery readiness) and its kind while the scenario
 * still exists. The one read of the incident a page or a download makes: what else it shows of
 * the incident (its expected recovery, its report) is worked out from this.
 */
export type IncidentRead = Awaited<ReturnType<typeof getIncident>>;

export async function getIncident({ actor, planId, incidentId }: { actor: Actor; planId: string; incidentId: string }) {
  authorize(actor, "plan:read");
  const incident = await db.incident.findFirst({
    where: incidentScope(actor, planId, incidentId),
    include: { scenario: { select: { key: true, kind: true } } },
  });
  if (!incident) throw notFound("The incident");
  const entries = await db.incidentEntry.findMany({ where: entryScope(actor, incident.id), orderBy: [{ at: "asc" }, { createdAt: "asc" }, { id: "asc" }] });
  const userIds = [...new Set([...entries.map((e) => e.recordedById), incident.createdById, incident.stoodDownById].filter((id): id is string => Boolean(id)))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? "A former member") : null);
  return {
    incident: { ...incident, scenarioKey: incident.scenario?.key ?? null, recordedBy: nameOf(incident.createdById), stoodDownBy: nameOf(incident.stoodDownById) },
    entries: entries.map((entry) => ({ ...entry, recordedBy: nameOf(entry.recordedById)! })),
  };
}
