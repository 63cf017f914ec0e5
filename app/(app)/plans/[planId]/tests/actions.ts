"use server";

import { redirectWithOutcome } from "@/lib/http/flash";
import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { refreshingOnConflict, runAction, type ActionState } from "@/lib/http/action-state";
import { createExercise } from "@/lib/exercises/create-exercise";
import { updateExercise } from "@/lib/exercises/update-exercise";
import { deleteExercise } from "@/lib/exercises/delete-exercise";
import { addMeasurement } from "@/lib/exercises/add-measurement";
import { removeMeasurement } from "@/lib/exercises/remove-measurement";
import { setTestCadence } from "@/lib/exercises/set-test-cadence";
import { deleteAttachment } from "@/lib/exercises/delete-attachment";
import { versionsText } from "@/lib/versions/version-evidence";
import { createFinding } from "@/lib/findings/create-finding";
import { updateFinding } from "@/lib/findings/update-finding";
import { closeFinding } from "@/lib/findings/close-finding";
import { missSentences, notJudgedSentence } from "@/lib/exercises/target-check";

const SCOPE_LISTS = ["functionIds", "systemIds", "scenarioIds", "participantIds"] as const;

/** The multi-select fields of a test form: every checked value, not just the last. */
function scopeLists(formData: FormData) {
  return Object.fromEntries(SCOPE_LISTS.map((name) => [name, formData.getAll(name).filter((v): v is string => typeof v === "string")]));
}

/** On error the form gets its checked boxes back (as comma-separated ids), like its other fields. */
function keepLists(state: ActionState, formData: FormData): ActionState {
  if (state.status !== "error") return state;
  const lists = scopeLists(formData);
  return { ...state, values: { ...state.values, ...Object.fromEntries(SCOPE_LISTS.map((name) => [name, lists[name].join(",")])) } };
}

function revalidatePlan(planId: string) {
  revalidatePath(`/plans/${planId}`, "layout");
}

export async function createExerciseAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  let target = "";
  const state = await runAction(formData, async (values) => {
    const exercise = await createExercise({ actor: await actionActor(), input: { ...values, ...scopeLists(formData) } });
    revalidatePlan(exercise.planId);
    target = `/plans/${exercise.planId}/tests/${exercise.id}`;
  });
  if (state.status === "ok") await redirectWithOutcome(target, "Test recorded.");
  return keepLists(state, formData);
}

export async function updateExerciseAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(formData, async (values) => {
    const saved = await updateExercise({ actor: await actionActor(), input: { ...values, ...scopeLists(formData) } });
    if (!saved.changed) return "Nothing changed, so nothing was saved.";
    revalidatePlan(values.planId);
    return "Test saved.";
  });
  return keepLists(state, formData);
}

export async function deleteExerciseAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  let planId = "";
  const state = await runAction(formData, async (values) => {
    const actor = await actionActor();
    await refreshingOnConflict(() => deleteExercise({ actor, input: values }), () => revalidatePlan(values.planId));
    planId = values.planId;
    revalidatePlan(planId);
  });
  if (state.status === "ok") await redirectWithOutcome(`/plans/${planId}/tests`, "Test deleted.");
  return state;
}

export async function setTestCadenceAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const { testCadenceDays, changed } = await setTestCadence({ actor: await actionActor(), input: values });
    if (!changed) return "Nothing changed, so nothing was saved.";
    revalidatePlan(values.planId);
    return `Test cadence set to every ${testCadenceDays} days.`;
  });
}

export async function addMeasurementAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const added = await addMeasurement({ actor: await actionActor(), input: values });
    revalidatePlan(values.planId);
    // Said when it is added, not only in the table: a missed target, or an RPO left unjudged, is news to whoever records it.
    const notJudged = notJudgedSentence(added.system.name, added.check);
    return ["Measurement added.", ...missSentences(added.system.name, added.check), ...(notJudged ? [notJudged] : [])].join(" ");
  });
}

export async function removeMeasurementAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await removeMeasurement({ actor: await actionActor(), input: values });
    revalidatePlan(values.planId);
    return "Measurement removed.";
  });
}

export async function createFindingAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await createFinding({ actor: await actionActor(), input: values });
    revalidatePlan(values.planId);
    return "Finding recorded.";
  });
}

export async function updateFindingAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await updateFinding({ actor: await actionActor(), input: values });
    if (!saved.changed) return "Nothing changed, so nothing was saved.";
    revalidatePlan(values.planId);
    return "Finding saved.";
  });
}

export async function closeFindingAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await closeFinding({ actor: await actionActor(), input: values });
    revalidatePlan(values.planId);
    return "Finding closed.";
  });
}

export async function deleteAttachmentAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const { keptForVersions } = await deleteAttachment({ actor: await actionActor(), input: values });
    revalidatePlan(values.planId);
    return keptForVersions.length ? `Removed from this test; kept for ${versionsText(keptForVersions)}.` : "Attachment deleted.";
  });
}
