"use server";

import { redirectWithOutcome } from "@/lib/http/flash";
import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { refreshingOnConflict, runAction, type ActionState } from "@/lib/http/action-state";
import { gridFromValues } from "@/lib/bia/impact";
import { createProduct } from "@/lib/bia/create-product";
import { updateProduct } from "@/lib/bia/update-product";
import { deleteProduct } from "@/lib/bia/delete-product";
import { createFunction } from "@/lib/bia/create-function";
import { updateFunction } from "@/lib/bia/update-function";
import { updateFunctionDependencies } from "@/lib/bia/update-function-dependencies";
import { deleteFunction } from "@/lib/bia/delete-function";
import { importFunctions, previewFunctionImport, type FunctionImportPreview } from "@/lib/bia/import-functions";

const biaPath = (planId: string) => `/plans/${planId}/bia`;

export async function createProductAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await createProduct({ actor: await actionActor(), input: values });
    revalidatePath(biaPath(values.planId));
    return `${values.name.trim()} was added.`;
  });
}

export async function updateProductAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await updateProduct({ actor: await actionActor(), input: values });
    if (!saved.changed) return { message: "Nothing changed, so nothing was saved.", version: saved.version };
    revalidatePath(biaPath(values.planId), "layout");
    return { message: "Saved.", version: saved.version };
  });
}

export async function deleteProductAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(formData, async (values) => {
    const actor = await actionActor();
    await refreshingOnConflict(() => deleteProduct({ actor, input: values }), () => revalidatePath(biaPath(values.planId), "layout"));
    revalidatePath(biaPath(values.planId));
  });
  if (state.status === "ok") await redirectWithOutcome(biaPath(String(formData.get("planId"))), "Product deleted.");
  return state;
}

export async function createFunctionAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  let path = "";
  const state = await runAction(formData, async (values) => {
    const fn = await createFunction({ actor: await actionActor(), input: values });
    path = `${biaPath(values.planId)}/functions/${fn.id}`;
  });
  if (state.status === "ok") await redirectWithOutcome(path, "Business function added.");
  return state;
}

export async function updateFunctionAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const saved = await updateFunction({ actor: await actionActor(), input: { ...values, impactGrid: gridFromValues(values) } });
    if (!saved.changed) return { message: "Nothing changed, so nothing was saved.", version: saved.function.version };
    revalidatePath(biaPath(values.planId), "layout");
    return { message: "Saved.", version: saved.function.version };
  });
}

export async function updateDependenciesAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const input = {
      ...values,
      systemIds: formData.getAll("systemIds"),
      keyPersonIds: formData.getAll("keyPersonIds"),
      vendorIds: formData.getAll("vendorIds"),
      facilityIds: formData.getAll("facilityIds"),
    };
    const saved = await updateFunctionDependencies({ actor: await actionActor(), input });
    if (!saved.changed) return { message: "Nothing changed, so nothing was saved.", version: saved.dependenciesVersion };
    revalidatePath(biaPath(values.planId), "layout");
    return { message: "Dependencies saved.", version: saved.dependenciesVersion };
  });
}

export async function deleteFunctionAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runAction(formData, async (values) => {
    const actor = await actionActor();
    await refreshingOnConflict(() => deleteFunction({ actor, input: values }), () => revalidatePath(biaPath(values.planId), "layout"));
    revalidatePath(biaPath(values.planId));
  });
  if (state.status === "ok") await redirectWithOutcome(biaPath(String(formData.get("planId"))), "Business function deleted.");
  return state;
}

/** A BIA file's preview: what importing it would do, with the fingerprint its import must match. Writes nothing. */
export async function previewFunctionImportAction(_state: ActionState, formData: FormData): Promise<ActionState & { preview?: FunctionImportPreview }> {
  let preview: FunctionImportPreview | undefined;
  const state = await runAction(formData, async (values) => {
    preview = await previewFunctionImport({ actor: await actionActor(), input: values, file: formData.get("file") });
    return `Preview of ${preview.fileName}: ${preview.added} to add, ${preview.updated} to update, ${preview.unchanged} unchanged.`;
  });
  return preview ? { ...state, preview } : state;
}

export async function importFunctionsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const file = formData.get("file");
    const { added, updated, unchanged } = await importFunctions({ actor: await actionActor(), input: values, file });
    if (added + updated === 0) return "No changes: the BIA already matches this file. Nothing was written.";
    revalidatePath(biaPath(values.planId), "layout");
    return `Imported ${file instanceof File ? file.name : "the file"}: ${added} added, ${updated} updated, ${unchanged} unchanged.`;
  });
}
