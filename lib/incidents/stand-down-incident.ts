import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, invalid } from "@/lib/errors";
import { formatInstant } from "@/lib/days";
import { parseInput } from "@/lib/validation";
import { standDownIncidentSchema } from "@/lib/incidents/schemas";
import { loadActiveIncident } from "@/lib/incidents/load-active-incident";
import { timeProblem, untouchedTimeIsNow } from "@/lib/incidents/incident-time";
import { tellMembers } from "@/lib/incidents/tell-members";
import { incidentStoodDownMessage } from "@/lib/notifications/messages";

/**
 * Stands the response down with its post-incident review, closing the log. A conditional write on
 * the version the form started from (decision 7): a second stand-down, or one racing an edit, is
 * refused. Every other member of the organisation is told (decision 58). Allowed under an archived
 * plan, whose log takes no entries, so an incident left active there can still close (decision 75).
 */
export async function standDownIncident({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  authorize(actor, "incident:record");
  const { planId, incidentId, version, stoodDownAt: typed, reviewSummary } = parseInput(standDownIncidentSchema, untouchedTimeIsNow(input, "stoodDownAt"));
  const stoodDownAt = typed ?? now;
  return db.$transaction(async (tx) => {
    const incident = await loadActiveIncident(tx, actor, planId, incidentId, { standingDown: true });
    const problem = timeProblem({ at: stoodDownAt, now, what: "time of the stand-down", notBefore: { at: incident.declaredAt, what: `the declaration (${formatInstant(incident.declaredAt)})` } });
    if (problem) throw invalid("stoodDownAt", problem);
    const { count } = await tx.incident.updateMany({
      where: { id: incidentId, orgId: actor.orgId, planId, status: "active", version },
      data: { status: "stood_down", stoodDownAt, reviewSummary, stoodDownById: actor.userId, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("CONFLICT", "Someone changed this incident since you opened it. Reload the page to see it as it is now.");
    await recordAudit(tx, {
      actor,
      action: "incident.stood_down",
      entityType: "incident",
      entityId: incidentId,
      planId,
      before: { status: "active" },
      after: { status: "stood_down", stoodDownAt: stoodDownAt.toISOString(), reviewSummary },
    });
    await tellMembers(tx, {
      actor,
      planId,
      incidentId,
      message: incidentStoodDownMessage({ planName: incident.planName, title: incident.title, declaredAt: incident.declaredAt, stoodDownAt }),
    });
    return { version: version + 1 };
  });
}
