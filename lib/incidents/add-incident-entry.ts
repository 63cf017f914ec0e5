import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { formatInstant } from "@/lib/days";
import { parseInput } from "@/lib/validation";
import { addIncidentEntrySchema } from "@/lib/incidents/schemas";
import { loadActiveIncident } from "@/lib/incidents/load-active-incident";
import { timeProblem, untouchedTimeIsNow } from "@/lib/incidents/incident-time";

/** Appends one line to an active incident's log. Entries are never edited: a correction is a new one. */
export async function addIncidentEntry({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  authorize(actor, "incident:record");
  const { planId, incidentId, at: typed, kind, text, systemId } = parseInput(addIncidentEntrySchema, untouchedTimeIsNow(input, "at"));
  const at = typed ?? now;
  return db.$transaction(async (tx) => {
    const incident = await loadActiveIncident(tx, actor, planId, incidentId);
    const problem = timeProblem({ at, now, what: "time it happened", notBefore: { at: incident.declaredAt, what: `the declaration (${formatInstant(incident.declaredAt)})` } });
    if (problem) throw invalid("at", problem);
    const system = systemId ? await tx.system.findFirst({ where: { id: systemId, orgId: actor.orgId, planId }, select: { id: true, name: true } }) : null;
    if (systemId && !system) throw invalid("systemId", "Choose one of this plan's systems, or none.");
    const entry = await tx.incidentEntry.create({
      data: { orgId: actor.orgId, incidentId, at, kind, text, systemId: system?.id ?? null, systemName: system?.name ?? "", recordedById: actor.userId },
    });
    await recordAudit(tx, {
      actor,
      action: "incident.entry_added",
      entityType: "incident_entry",
      entityId: entry.id,
      planId,
      after: { incidentId, at: at.toISOString(), kind, text, ...(system ? { backInService: system.name } : {}) },
    });
    return entry;
  });
}
