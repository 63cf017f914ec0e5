"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { redirectWithOutcome } from "@/lib/http/flash";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { addIncidentEntry } from "@/lib/incidents/add-incident-entry";
import { standDownIncident } from "@/lib/incidents/stand-down-incident";
import { correctDeclaration } from "@/lib/incidents/correct-declaration";
import { createFinding } from "@/lib/findings/create-finding";

function revalidatePlan(planId: string) {
  revalidatePath(`/plans/${planId}`, "layout");
}

export async function declareIncidentAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  let target = "";
  const state = await runAction(formData, async (values) => {
    const incident = await declareIncident({ actor: await actionActor(), input: values });
    revalidatePlan(incident.planId);
    target = `/plans/${incident.planId}/incidents/${incident.id}`;
  });
  if (state.status === "ok") await redirectWithOutcome(target, "Incident declared. Keep its log below.");
  return state;
}

export async function addIncidentEntryAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await addIncidentEntry({ actor: await actionActor(), input: values });
    revalidatePlan(values.planId);
    return "Added to the log.";
  });
}

export async function standDownIncidentAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const { version } = await standDownIncident({ actor: await actionActor(), input: values });
    revalidatePlan(values.planId);
    return { message: "Stood down. The log is closed; the review is kept with it.", version };
  });
}

/** A correction of the declaration, which the log then shows (decision 62). */
export async function correctDeclarationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await correctDeclaration({ actor: await actionActor(), input: values });
    if (!saved.changed) return { message: "Nothing changed, so nothing was saved.", version: saved.version };
    revalidatePlan(values.planId);
    return { message: "Declaration corrected. The log says what changed and why.", version: saved.version };
  });
}

/** A corrective action of the incident: a finding of the plan that came from it (decision 58). */
export async function addCorrectiveActionAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await createFinding({ actor: await actionActor(), input: values });
    revalidatePlan(values.planId);
    return "Corrective action recorded.";
  });
}
