"use server";

import { redirectWithOutcome } from "@/lib/http/flash";
import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { refreshingOnConflict, runAction, type ActionState } from "@/lib/http/action-state";
import { createThreat } from "@/lib/risks/create-threat";
import { updateThreat } from "@/lib/risks/update-threat";
import { deleteThreat } from "@/lib/risks/delete-threat";
import { createScenario } from "@/lib/risks/create-scenario";
import { updateScenario } from "@/lib/risks/update-scenario";
import { deleteScenario } from "@/lib/risks/delete-scenario";
import { importThreats, previewThreatImport, type ThreatImportPreview } from "@/lib/risks/import-threats";

function refresh(planId: string) {
  revalidatePath(`/plans/${planId}/risks`, "layout");
  revalidatePath(`/plans/${planId}`);
}

export async function createThreatAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await createThreat({ actor: await actionActor(), input: values });
    refresh(values.planId);
    return `${values.title} was added to the register.`;
  });
}

export async function updateThreatAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await updateThreat({ actor: await actionActor(), input: values });
    if (!saved.changed) return "Nothing changed, so nothing was saved.";
    refresh(values.planId);
    return "Saved.";
  });
}

export async function deleteThreatAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(formData, async (values) => {
    const actor = await actionActor();
    await refreshingOnConflict(() => deleteThreat({ actor, input: values }), () => refresh(values.planId));
    refresh(values.planId);
  });
  if (state.status === "ok") await redirectWithOutcome(`/plans/${formData.get("planId")}/risks`, "Threat deleted.");
  return state;
}

/** Checkbox groups arrive as repeated fields; the form gets them back comma-joined on error. */
async function runScenarioAction(formData: FormData, save: (input: Record<string, unknown>) => Promise<string>) {
  const links = { threatIds: formData.getAll("threatIds").map(String), lostSiteIds: formData.getAll("lostSiteIds").map(String) };
  const lostHostKeys = formData.getAll("lostHostKeys").map(String).join(",");
  const state = await runAction(formData, async (values) => {
    const message = await save({ ...values, ...links, lostHostKeys });
    refresh(values.planId);
    return message;
  });
  if (state.values) state.values = { ...state.values, threatIds: links.threatIds.join(","), lostSiteIds: links.lostSiteIds.join(","), lostHostKeys };
  return state;
}

export async function createScenarioAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runScenarioAction(formData, async (input) => {
    await createScenario({ actor: await actionActor(), input });
    return "Scenario added.";
  });
}

export async function updateScenarioAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runScenarioAction(formData, async (input) => ((await updateScenario({ actor: await actionActor(), input })).changed ? "Saved." : "Nothing changed, so nothing was saved."));
}

export async function deleteScenarioAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(formData, async (values) => {
    const actor = await actionActor();
    await refreshingOnConflict(() => deleteScenario({ actor, input: values }), () => refresh(values.planId));
    refresh(values.planId);
  });
  if (state.status === "ok") await redirectWithOutcome(`/plans/${formData.get("planId")}/risks#scenarios`, "Scenario deleted.");
  return state;
}

/** A threat register file's preview: what importing it would do, with the fingerprint its import must match. Writes nothing. */
export async function previewThreatImportAction(_state: ActionState, formData: FormData): Promise<ActionState & { preview?: ThreatImportPreview }> {
  let preview: ThreatImportPreview | undefined;
  const state = await runAction(formData, async (values) => {
    preview = await previewThreatImport({ actor: await actionActor(), input: values, file: formData.get("file") });
    return `Preview of ${preview.fileName}: ${preview.added} to add, ${preview.updated} to update, ${preview.unchanged} unchanged.`;
  });
  return preview ? { ...state, preview } : state;
}

export async function importThreatsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const file = formData.get("file");
    const { added, updated, unchanged } = await importThreats({ actor: await actionActor(), input: values, file });
    if (added + updated === 0) return "No changes: the threat register already matches this file. Nothing was written.";
    refresh(values.planId);
    return `Imported ${file instanceof File ? file.name : "the file"}: ${added} added, ${updated} updated, ${unchanged} unchanged.`;
  });
}
