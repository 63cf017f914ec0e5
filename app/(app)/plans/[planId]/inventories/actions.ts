"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { createItem } from "@/lib/inventories/create-item";
import { updateItem } from "@/lib/inventories/update-item";
import { deleteItem } from "@/lib/inventories/delete-item";
import { importItems } from "@/lib/inventories/import-items";
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
    const item = await deleteItem({ actor: await actionActor(), input: values });
    refresh(values);
    return `Deleted “${item.label}”.`;
  });
}

export async function importItemsAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const file = formData.get("file");
    const { added, updated, unchanged } = await importItems({ actor: await actionActor(), input: values, file });
    refresh(values);
    return `Imported ${file instanceof File ? file.name : "the file"}: ${added} added, ${updated} updated, ${unchanged} unchanged.`;
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
