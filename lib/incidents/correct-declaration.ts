import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { FIELDS_NEED_ATTENTION } from "@/lib/forms/error-summary";
import { parseInput } from "@/lib/validation";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { correctDeclarationSchema, KEPT_SCENARIO } from "@/lib/incidents/schemas";
import { entryScope, incidentScope } from "@/lib/incidents/scope";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { declarationConflict } from "@/lib/incidents/declaration-conflict";
import { incidentBound } from "@/lib/findings/schemas";
import {
  actionsDueEarlyProblem,
  asStored,
  changedSnapshots,
  correctionEntryText,
  declarationChanges,
  declarationTimeProblems,
  type Declaration,
} from "@/lib/incidents/declaration-correction";

type Locked = Awaited<ReturnType<typeof lockIncident>>;
type Problems = Record<string, string>;

/**
 * Corrects what the declaration says (docs/decisions/0062): its title, scenario, times and who
 * declared it, while the incident is active or after it stood down, with why. The log is
 * append-only, so the correction is not silent: the audit log keeps the fields before and after,
 * and the log gains an entry of kind `correction` saying what changed, by whom and why. A
 * conditional write on the declaration's version (decision 7): a stale form is refused with what
 * the other person corrected. A correction that changes nothing writes nothing. A declaration
 * moved to a later day than open corrective actions are due is refused until their due dates move.
 */
export async function correctDeclaration({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  authorize(actor, "incident:record");
  const { planId, incidentId, version, reason, ...typed } = parseInput(correctDeclarationSchema, input);
  return db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const incident = await lockIncident(tx, actor, planId, incidentId);
    if (incident.declarationVersion !== version) throw await declarationConflict(tx, actor, incident, version);

    // The log's first typed entry bounds the declaration: the notes of earlier corrections do not.
    const firstEntry = await tx.incidentEntry.findFirst({ where: { ...entryScope(actor, incidentId), kind: { not: "correction" } }, orderBy: { at: "asc" }, select: { at: true } });
    const declaredAt = asStored(typed.declaredAt, incident.declaredAt)!;
    const startedAt = asStored(typed.startedAt, incident.startedAt);
    const cleanBefore = asStored(typed.cleanBefore, incident.cleanBefore);
    const problems: Problems = declarationTimeProblems({ declaredAt, startedAt, cleanBefore, now, stoodDownAt: incident.stoodDownAt, firstEntryAt: firstEntry?.at ?? null });
    if (!problems.declaredAt) {
      const early = await actionsDueEarly(tx, { actor, planId, incident, declaredAt });
      if (early) problems.declaredAt = early;
    }
    const scenario = await chosenScenario(tx, { actor, planId, incident, scenarioId: typed.scenarioId, problems });
    if (cleanBefore && scenario && scenario.kind !== "ransomware" && !problems.cleanBefore) {
      problems.cleanBefore = "Only a ransomware scenario takes a last time known clean: choose one, or leave this blank.";
    }
    const person = await chosenPerson(tx, { actor, incident, personId: typed.declaredByPersonId, typedName: typed.declaredByName, problems });
    if (Object.keys(problems).length || !scenario || !person) throw new AppError("VALIDATION", FIELDS_NEED_ATTENTION, problems);

    const corrected: Declaration = { title: typed.title, scenarioName: scenario.name, declaredAt, startedAt, cleanBefore, declaredByName: person.name };
    // The record keeps names, not ids (decision 49): what it says is what a correction changes.
    const changes = declarationChanges(incident, corrected);
    if (changes.length === 0) return { changed: false, version };

    const { count } = await tx.incident.updateMany({
      where: { ...incidentScope(actor, planId, incidentId), declarationVersion: version },
      data: { ...corrected, scenarioId: scenario.id, declaredByPersonId: person.id, declarationVersion: { increment: 1 } },
    });
    // A write that committed between the lock and this one cannot happen; the check keeps the write conditional all the same.
    if (count !== 1) throw staleEdit("this incident's declaration");
    const { before, after } = changedSnapshots(incident, corrected);
    await recordAudit(tx, { actor, action: "incident.declaration_corrected", entityType: "incident", entityId: incidentId, planId, before, after: { ...after, reason } });
    await tx.incidentEntry.create({
      data: { orgId: actor.orgId, incidentId, at: now, kind: "correction", text: correctionEntryText({ by: actor.name, changes, reason }), recordedById: actor.userId },
    });
    return { changed: true, version: version + 1 };
  });
}

/**
 * The refusal of a declaration moved to a later day than some of the incident's open corrective
 * actions are due (their bound, docs/decisions/0058); null when the day does not move later, or
 * none are due before it. Closed ones are kept as they were closed, so they do not hold the
 * declaration back. Read under the incident's lock, which a finding's save shares while it checks
 * its due date against the declaration (loadFindingSource), so neither can slip past the other.
 */
async function actionsDueEarly(tx: Tx, { actor, planId, incident, declaredAt }: { actor: Actor; planId: string; incident: Locked; declaredAt: Date }) {
  const { earliest } = incidentBound({ declaredAt });
  if (earliest <= incidentBound(incident).earliest) return null;
  const actions = await tx.finding.findMany({
    where: { orgId: actor.orgId, planId, incidentId: incident.id, status: { not: "closed" }, dueOn: { lt: earliest } },
    select: { description: true, dueOn: true },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  // Each has a due day: one before `earliest`.
  return actionsDueEarlyProblem(earliest, actions.map((a) => ({ description: a.description, dueOn: a.dueOn! })));
}

/**
 * The scenario the corrected declaration names: the one it named (with the name it kept), one of
 * the plan's, none, or, once deleted from the plan, the name the incident kept (KEPT_SCENARIO).
 * Its kind says whether a last time known clean may be given: a deleted one took one if the
 * incident recorded one. Null, with the field's problem, for any other choice.
 */
async function chosenScenario(
  tx: Tx,
  { actor, planId, incident, scenarioId, problems }: { actor: Actor; planId: string; incident: Locked; scenarioId?: string; problems: Problems },
): Promise<{ id: string | null; name: string; kind: string | null } | null> {
  if (!scenarioId) return { id: null, name: "", kind: null };
  if (scenarioId === KEPT_SCENARIO && !incident.scenarioId && incident.scenarioName) {
    return { id: null, name: incident.scenarioName, kind: incident.cleanBefore ? "ransomware" : null };
  }
  if (scenarioId === incident.scenarioId) return { id: scenarioId, name: incident.scenarioName, kind: incident.scenario?.kind ?? null };
  const scenario = await tx.scenario.findFirst({ where: { id: scenarioId, orgId: actor.orgId, planId }, select: { id: true, name: true, kind: true } });
  if (!scenario) problems.scenarioId = "Choose one of this plan's scenarios, or none.";
  return scenario;
}

/** Who declared it: the person it named (with the name it kept), another of the People register, or a name typed. */
async function chosenPerson(
  tx: Tx,
  { actor, incident, personId, typedName, problems }: { actor: Actor; incident: Locked; personId?: string; typedName: string; problems: Problems },
): Promise<{ id: string | null; name: string } | null> {
  if (!personId) return { id: null, name: typedName };
  if (personId === incident.declaredByPersonId) return { id: personId, name: incident.declaredByName };
  const person = await tx.person.findFirst({ where: { id: personId, orgId: actor.orgId }, select: { id: true, name: true } });
  if (!person) problems.declaredByPersonId = "Choose a person of the People register, or type a name.";
  return person;
}
