"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { refreshingOnConflict, runAction, type ActionState } from "@/lib/http/action-state";
import { createItem } from "@/lib/inventories/create-item";
import { updateItem } from "@/lib/inventories/update-item";
import { deleteItem } from "@/lib/inventories/delete-item";
import { importItems } from "@/lib/inventories/import-items";
import { previewItemImport } from "@/lib/inventories/preview-item-import";
import { importedSummary, type ImportFormState, type ItemImportPreview } from "@/lib/inventories/import-preview";
import { setRegisterOwner } from "@/lib/inventories/set-register-owner";
import { markRegisterReviewed } from "@/lib/inventories/mark-register-reviewed";

function refresh(values: Record<string, string>) {
  revalidatePath(`/plans/${values.planId}/inventories`, "layout");
  revalidatePath(`/plans/${values.planId}`);
}

export async function createItemAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const item = await createItem({ actor: await actionActor(), input: values });
    refresh(values);
    return `Added “${item.label}”.`;
  });
}

export async function updateItemAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await updateItem({ actor: await actionActor(), input: values });
    if (!saved.changed) return "Nothing changed, so nothing was saved.";
    refresh(values);
    return "Saved.";
  });
}

export async function deleteItemAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const actor = await actionActor();
    const item = await refreshingOnConflict(() => deleteItem({ actor, input: values }), () => refresh(values));
    refresh(values);
    return `Deleted “${item.label}”.`;
  });
}

/** Checks a CSV file against the register and answers with what importing it would do; writes nothing. */
export async function previewImportAction(_state: ImportFormState, formData: FormData): Promise<ImportFormState> {
  let preview: ItemImportPreview | undefined;
  const state = await runAction(formData, async (values) => {
    preview = await previewItemImport({ actor: await actionActor(), input: values, file: formData.get("file") });
    return `Preview of ${preview.fileName}: ${preview.summary}`;
  });
  return preview && state.status === "ok" ? { ...state, preview } : state;
}

/** Imports the file the user previewed, as the preview said (its fingerprint), or nothing. */
export async function importItemsAction(_state: ImportFormState, formData: FormData): Promise<ImportFormState> {
  return runAction(formData, async (values) => {
    const result = await importItems({ actor: await actionActor(), input: values, file: formData.get("file") });
    refresh(values);
    return importedSummary(result);
  });
}

export async function setOwnerAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await setRegisterOwner({ actor: await actionActor(), input: values });
    refresh(values);
    return "Owner saved.";
  });
}

export async function markReviewedAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await markRegisterReviewed({ actor: await actionActor(), input: values });
    refresh(values);
    return "Marked as reviewed today.";
  });
}
