import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, invalid } from "@/lib/errors";
import { FIELDS_NEED_ATTENTION } from "@/lib/forms/error-summary";
import { parseInput } from "@/lib/validation";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { declareIncidentSchema } from "@/lib/incidents/schemas";
import { declarationTimeProblems } from "@/lib/incidents/declaration-correction";
import { untouchedTimeIsNow } from "@/lib/incidents/incident-time";
import { tellMembers } from "@/lib/incidents/tell-members";
import { incidentDeclaredMessage } from "@/lib/notifications/messages";

/**
 * Records that the plan was invoked: when, by whom, for which of its scenarios, and tells every
 * other member of the organisation (decision 58). An archived plan records no incident (it is no
 * longer the plan anyone would run).
 */
export async function declareIncident({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  authorize(actor, "incident:record");
  const { planId, title, scenarioId, declaredAt: typed, startedAt, cleanBefore, declaredByPersonId, declaredByName } = parseInput(declareIncidentSchema, untouchedTimeIsNow(input, "declaredAt"));
  const declaredAt = typed ?? now;
  const problems = declarationTimeProblems({ declaredAt, startedAt, cleanBefore, now });
  if (Object.keys(problems).length) throw new AppError("VALIDATION", FIELDS_NEED_ATTENTION, problems);
  return db.$transaction(async (tx) => {
    // Shares the plan's row until the incident is written: an archive in flight (which writes the
    // row, then refuses while an incident is active) either ends first, and this sees the plan
    // archived, or waits and sees this incident.
    await tx.$queryRaw`SELECT id FROM "Plan" WHERE id = ${planId} AND "orgId" = ${actor.orgId} FOR SHARE`;
    const plan = await loadEditablePlan(tx, actor, planId);
    const scenario = scenarioId
      ? await tx.scenario.findFirst({ where: { id: scenarioId, orgId: actor.orgId, planId }, select: { id: true, name: true, kind: true } })
      : null;
    if (scenarioId && !scenario) throw invalid("scenarioId", "Choose one of this plan's scenarios, or none.");
    if (cleanBefore && scenario?.kind !== "ransomware") throw invalid("cleanBefore", "Only a ransomware scenario takes a last time known clean: choose one, or leave this blank.");
    const person = declaredByPersonId
      ? await tx.person.findFirst({ where: { id: declaredByPersonId, orgId: actor.orgId }, select: { id: true, name: true } })
      : null;
    if (declaredByPersonId && !person) throw invalid("declaredByPersonId", "Choose a person of the People register, or type a name.");
    const incident = await tx.incident.create({
      data: {
        orgId: actor.orgId,
        planId,
        title,
        scenarioId: scenario?.id ?? null,
        scenarioName: scenario?.name ?? "",
        declaredAt,
        startedAt,
        cleanBefore,
        declaredByPersonId: person?.id ?? null,
        declaredByName: person?.name ?? declaredByName,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "incident.declared",
      entityType: "incident",
      entityId: incident.id,
      planId,
      after: {
        title,
        scenario: incident.scenarioName,
        declaredAt: declaredAt.toISOString(),
        ...(startedAt ? { startedAt: startedAt.toISOString() } : {}),
        ...(cleanBefore ? { cleanBefore: cleanBefore.toISOString() } : {}),
        declaredBy: incident.declaredByName,
        status: incident.status,
      },
    });
    await tellMembers(tx, {
      actor,
      planId,
      incidentId: incident.id,
      message: incidentDeclaredMessage({ planName: plan.name, title, scenarioName: incident.scenarioName, declaredAt, declaredBy: incident.declaredByName }),
    });
    return incident;
  });
}
